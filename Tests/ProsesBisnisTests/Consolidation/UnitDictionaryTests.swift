import Testing
@testable import ProsesBisnis

/// A submission of `opd` in `region` with one lintas fungsi table whose unit columns are
/// `units` and whose activities name `responsible` as PENANGGUNG JAWAB, one each.
func unitSubmission(_ opd: String = "Dinas A", region: String = "Kota Uji", units: [String], responsible: [String] = []) -> Submission {
    var b = SubmissionBuilder()
    b.submission.opd = opd
    b.submission.region = region
    b.submission.path = "\(region)/\(opd).xlsx"
    let activities = responsible.map { SubmissionBuilder.Activity(uraian: "Kegiatan", units: [0], pj: $0) }
    b.table(1, proses: "MTR.01", sub: nil, lintas: nil, units: units, activities)
    return b.submission
}

/// Entries flattened for comparison: `Dinas A: Canonical [alias; alias] ×3`.
func flattened(_ dictionary: UnitDictionary) -> [String] {
    dictionary.entries.map { "\($0.opd): \($0.canonical) [\($0.aliases.joined(separator: "; "))] ×\($0.occurrences)" }
}

struct UnitDictionaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var units: [String]
        var responsible: [String] = []
        var expected: [String]
        var testDescription: String { label }
    }

    static let merging: [Case] = [
        Case(label: "four spellings of one subbagian",
             units: ["Subbag Umum dan Kepegawaian", "Sub Bagian Umum & Kepegawaian"], responsible: ["SUBBAG. UMUM", "Kasubbag Umum"],
             expected: ["Dinas A: Sub Bagian Umum & Kepegawaian [Kasubbag Umum; SUBBAG. UMUM; Subbag Umum dan Kepegawaian] ×4"]),
        Case(label: "a position title reads as the unit it heads", units: ["Sekretariat"], responsible: ["Sekretaris", "Sekretariat"],
             expected: ["Dinas A: Sekretariat [Sekretaris] ×3"]),
        Case(label: "a head of bidang and a longer bidang name", units: ["Bidang Pendidikan Dasar"], responsible: ["Kabid Pendidikan"],
             expected: ["Dinas A: Bidang Pendidikan Dasar [Kabid Pendidikan] ×2"]),
        Case(label: "case, spaces and line breaks are one spelling", units: ["Seksi  Pelayanan\n"], responsible: ["Seksi Pelayanan", "seksi pelayanan"],
             expected: ["Dinas A: Seksi Pelayanan [seksi pelayanan] ×3"]),
        Case(label: "several units in one PENANGGUNG JAWAB", units: ["Sekretariat", "Bidang Tata Ruang"],
             responsible: ["Sekretaris / Kabid Tata Ruang"],
             expected: ["Dinas A: Bidang Tata Ruang [Kabid Tata Ruang] ×2", "Dinas A: Sekretariat [Sekretaris] ×2"]),
    ]

    @Test(arguments: merging)
    func spellingsOfOneUnitMerge(_ c: Case) {
        #expect(flattened(UnitDictionary([unitSubmission(units: c.units, responsible: c.responsible)])) == c.expected)
    }

    static let apart: [Case] = [
        Case(label: "a single generic word stays apart from a specific unit", units: ["Bidang", "Bidang Pendidikan"],
             expected: ["Dinas A: Bidang [] ×1", "Dinas A: Bidang Pendidikan [] ×1"]),
        Case(label: "a short name starting two units joins neither",
             units: ["Seksi Pelayanan Perizinan", "Seksi Pelayanan Non Perizinan"], responsible: ["Seksi Pelayanan"],
             expected: ["Dinas A: Seksi Pelayanan [] ×1", "Dinas A: Seksi Pelayanan Non Perizinan [] ×1",
                        "Dinas A: Seksi Pelayanan Perizinan [] ×1"]),
        Case(label: "two subbagian of the same kind", units: ["Subbag Keuangan", "Subbag Umum"],
             expected: ["Dinas A: Subbag Keuangan [] ×1", "Dinas A: Subbag Umum [] ×1"]),
        Case(label: "template text and dashes name no unit", units: ["*****", "Sekretariat"], responsible: ["-"],
             expected: ["Dinas A: Sekretariat [] ×1"]),
    ]

    @Test(arguments: apart)
    func differentUnitsStayApart(_ c: Case) {
        #expect(flattened(UnitDictionary([unitSubmission(units: c.units, responsible: c.responsible)])) == c.expected)
    }

    @Test func theSameNameInTwoOPDsIsTwoUnits() {
        let dictionary = UnitDictionary([
            unitSubmission("Dinas A", units: ["Sekretariat"], responsible: ["Sekretaris"]),
            unitSubmission("Dinas B", units: ["Sekretariat"], responsible: ["Sekretariat"]),
        ])
        #expect(flattened(dictionary) == ["Dinas A: Sekretariat [Sekretaris] ×2", "Dinas B: Sekretariat [] ×2"])
        #expect(dictionary.canonical(opd: "Dinas B", name: "Sekretaris") == "Sekretariat")
    }

    @Test func sameNamedOPDsOfTwoRegionsStayApart() {
        let dictionary = UnitDictionary([
            unitSubmission("Dinas A", region: "Kota Satu", units: ["Subbag Umum"]),
            unitSubmission("Dinas A", region: "Kota Dua", units: ["Sub Bagian Umum"]),
        ])
        #expect(dictionary.entries.map { "\($0.region) \($0.canonical)" } == ["Kota Dua Sub Bagian Umum", "Kota Satu Subbag Umum"])
        #expect(dictionary.canonical(region: "Kota Satu", opd: "Dinas A", name: "Kasubbag Umum") == "Subbag Umum")
        #expect(dictionary.canonical(region: "Kota Dua", opd: "Dinas A", name: "Kasubbag Umum") == "Sub Bagian Umum")
    }

    static let canonicalChoice: [Case] = [
        Case(label: "the most frequent spelling wins", units: ["Subbagian Umum dan Kepegawaian"],
             responsible: ["Subbag Umum", "Subbag Umum", "Subbag Umum"],
             expected: ["Dinas A: Subbag Umum [Subbagian Umum dan Kepegawaian] ×4"]),
        Case(label: "a tie goes to the longest", units: ["Subbag Umum", "Subbagian Umum"],
             expected: ["Dinas A: Subbagian Umum [Subbag Umum] ×2"]),
        Case(label: "a tie of equal length goes to the first alphabetically", units: ["Subbag Umum", "SUBBAG UMUM"],
             expected: ["Dinas A: SUBBAG UMUM [Subbag Umum] ×2"]),
    ]

    @Test(arguments: canonicalChoice)
    func canonicalName(_ c: Case) {
        #expect(flattened(UnitDictionary([unitSubmission(units: c.units, responsible: c.responsible)])) == c.expected)
    }

    @Test(arguments: [
        ("a known alias", "Kasubbag Umum", "Subbag Umum dan Kepegawaian"),
        ("an unseen spelling with the same words", "Kasubag Umum & Kepegawaian", "Subbag Umum dan Kepegawaian"),
        ("the canonical name itself", "Subbag Umum dan Kepegawaian", "Subbag Umum dan Kepegawaian"),
        ("an unknown name comes back tidied", "  Seksi   Baru ", "Seksi Baru"),
    ])
    func canonicalLookup(label: String, name: String, expected: String) {
        let dictionary = UnitDictionary([unitSubmission(units: ["Subbag Umum dan Kepegawaian", "Subbag Umum dan Kepegawaian"],
                                                        responsible: ["Kasubbag Umum"])])
        #expect(dictionary.canonical(opd: "Dinas A", name: name) == expected, "\(label)")
        #expect(dictionary.canonical(opd: "Dinas Lain", name: "Kasubbag Umum") == "Kasubbag Umum")
    }

    @Test func theOrderOfInputDoesNotChangeTheResult() {
        let units = ["Sekretariat", "Subbag Umum", "Sub Bagian Umum", "Bidang Pendidikan Dasar", "Seksi Kurikulum", "Bidang"]
        let responsible = ["Kabid Pendidikan", "Sekretaris", "Kasubbag Umum", "SUBBAG. UMUM"]
        let forward = UnitDictionary([unitSubmission("Dinas B", units: units, responsible: responsible),
                                      unitSubmission("Dinas A", units: units.reversed(), responsible: responsible)])
        let backward = UnitDictionary([unitSubmission("Dinas A", units: units, responsible: responsible.reversed()),
                                       unitSubmission("Dinas B", units: units.reversed(), responsible: responsible.reversed())])
        #expect(forward.entries == backward.entries)
        #expect(flattened(forward).prefix(5) == [
            "Dinas A: Bidang [] ×1", "Dinas A: Bidang Pendidikan Dasar [Kabid Pendidikan] ×2",
            "Dinas A: Sekretariat [Sekretaris] ×2", "Dinas A: Seksi Kurikulum [] ×1",
            "Dinas A: Sub Bagian Umum [Kasubbag Umum; SUBBAG. UMUM; Subbag Umum] ×4",
        ])
    }
}
