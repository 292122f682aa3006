import Testing
@testable import ProsesBisnis

/// Three processes and four lintas fungsi tables, checked by hand:
///
/// | table | key/value block | belongs to | units (canonical) | marks |
/// | --- | --- | --- | --- | --- |
/// | 1 | PROSES MTR.01 | MTR.01 | Sekretariat, Sub Bagian Umum, Bidang Pendidikan | [0], [1, 2] |
/// | 2 | LINTAS FUNGSI MTR.02.01.01 only | MTR.02 by structure | Sekretariat (`Sekretaris`), Sub Bagian Umum | [1] |
/// | 3 | SUB PROSES MTR.03.01 only | MTR.03 by structure | Sekretariat | [0] |
/// | 4 | LINTAS FUNGSI MTR.09.01.01 | none | Seksi Lain | [0] |
func relasiSubmission() -> Submission {
    var b = SubmissionBuilder()
    b.proses(2, "Perencanaan", "Utama", "MTR.01")
    b.proses(3, "Kepegawaian", "Pendukung", "MTR.02")
    b.proses(4, "Keuangan", "Pendukung", "MTR.03")
    typealias A = SubmissionBuilder.Activity
    b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01",
            units: ["Sekretariat", "Subbag Umum", "Bidang Pendidikan"],
            [A(uraian: "Menyusun", units: [0], pj: "Sekretariat"), A(uraian: "Membahas", units: [1, 2], pj: "Subbag Umum")])
    b.table(20, proses: nil, sub: nil, lintas: "MTR.02.01.01", units: ["Sekretaris", "Sub Bagian Umum"],
            [A(uraian: "Mutasi", units: [1], pj: "Sub Bagian Umum")])
    b.table(40, proses: nil, sub: "MTR.03.01", lintas: nil, units: ["Sekretariat"], [A(uraian: "Bayar", units: [0], pj: nil)])
    b.table(60, proses: nil, sub: nil, lintas: "MTR.09.01.01", units: ["Seksi Lain"], [A(uraian: "Lain", units: [0], pj: nil)])
    return b.submission
}

/// The map as text rows: `unit: √ . √`.
func matrix(_ relasi: PetaRelasi) -> [String] {
    relasi.units.enumerated().map { unit, name in
        "\(name): " + relasi.processes.indices.map { relasi.takesPart(unit: unit, process: $0) ? "√" : "." }.joined(separator: " ")
    }
}

struct RegionalPetaRelasiTests {
    @Test func handCheckedSubmission() {
        let submission = relasiSubmission()
        let relasi = PetaRelasi(submission, dictionary: UnitDictionary([submission]))
        #expect(relasi.processes.map { "\($0.kode) \($0.nama)" } == ["MTR.01 Perencanaan", "MTR.02 Kepegawaian", "MTR.03 Keuangan"])
        #expect(relasi.tableProcesses == [0, 1, 2, nil])
        #expect(matrix(relasi) == [
            "Sekretariat: √ . √",
            "Sub Bagian Umum: √ √ .",
            "Bidang Pendidikan: √ . .",
            "Seksi Lain: . . .",
        ])
    }

    @Test func outOfRangeIndicesTakeNoPart() {
        let submission = relasiSubmission()
        let relasi = PetaRelasi(submission, dictionary: UnitDictionary([submission]))
        #expect(!relasi.takesPart(unit: 9, process: 0))
        #expect(!relasi.takesPart(unit: 0, process: 3))
        #expect(!relasi.takesPart(unit: -1, process: 0))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var processes: [String]
        var proses: String?
        var sub: String?
        var lintas: String?
        var expected: Int?
        var testDescription: String { label }
    }

    static let assignments: [Case] = [
        Case(label: "PROSES code in another separator style", processes: ["BO-01", "BO-02"], proses: "BO.02", expected: 1),
        Case(label: "PROSES code wins over a disagreeing lintas fungsi code", processes: ["MTR.01", "MTR.02"],
             proses: "MTR.01", lintas: "MTR.02.01.01", expected: 0),
        Case(label: "an unknown PROSES code falls back to the structure", processes: ["MTR.01", "MTR.02"],
             proses: "MTR.07", lintas: "MTR.02.01.01", expected: 1),
        Case(label: "a literal CFM segment (Klambu)", processes: ["KECKLB.01", "KECKLB.02"], lintas: "KECKLB.02.01.CFM.01", expected: 1),
        Case(label: "unpadded codes without separators (Pasuruan)", processes: ["P1", "P2"], lintas: "P.2.1.1.2", expected: 1),
        Case(label: "the sub proses code when there is no lintas fungsi code", processes: ["MTR.01", "MTR.02"], sub: "MTR.02.03", expected: 1),
        Case(label: "no code at all", processes: ["MTR.01"], expected: nil),
        Case(label: "a code of no process", processes: ["MTR.01"], lintas: "XYZ.01.01.01", expected: nil),
    ]

    @Test(arguments: assignments)
    func tableBelongsToProcess(_ c: Case) {
        var b = SubmissionBuilder()
        for (n, code) in c.processes.enumerated() { b.proses(2 + n, "Proses \(n)", "Utama", code) }
        b.table(10, proses: c.proses, sub: c.sub, lintas: c.lintas, units: ["Sekretariat"],
                [SubmissionBuilder.Activity(uraian: "Kegiatan", units: [0], pj: nil)])
        let relasi = PetaRelasi(b.submission, dictionary: UnitDictionary([b.submission]))
        #expect(relasi.tableProcesses == [c.expected])
        #expect(relasi.processes.indices.filter { relasi.takesPart(unit: 0, process: $0) } == (c.expected.map { [$0] } ?? []))
    }
}
