import Testing
@testable import ProsesBisnis

struct LintasFungsiRuleTests {
    static let units = ["Sekretariat", "Sub Bagian Umum", "Bidang Pendidikan Dasar"]

    /// A table with its block on rows 1-3, header on 4, unit names on 5 (C, D, E), activities
    /// from row 6, PENANGGUNG JAWAB in column G.
    func table(units: [String] = units, _ activities: [A]) -> SubmissionBuilder {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: units, activities)
        return b
    }

    @Test func activityWithoutUnitPointsAtTheFirstUnitColumn() {
        let b = table([A(uraian: "Menyusun", units: [0], pj: "Sekretariat"), A(uraian: "Memeriksa", units: [], pj: "Sekretariat")])
        let findings = run(LintasFungsiNoUnitRule(), b)
        #expect(hits(findings) == ["Lintas Fungsi!C7 lf.no_unit"])
        #expect(findings.first?.code == "MTR.01.01.01")
        #expect(findings.first?.table == .lintasfungsi)
    }

    @Test func tableWithoutUnitColumnsIsReportedOnce() {
        let b = table(units: [], [A(uraian: "Menyusun", units: [], pj: "Sekretariat"), A(uraian: "Memeriksa", units: [], pj: "Sekretariat")])
        #expect(hits(run(LintasFungsiNoUnitRule(), b)) == ["Lintas Fungsi!B4 lf.no_unit"])
    }

    @Test func markedActivitiesAreFine() {
        #expect(hits(run(LintasFungsiNoUnitRule(), table([A(uraian: "Menyusun", units: [1, 2], pj: "Sekretariat")]))) == [])
    }

    @Test func activityWithoutPJPointsAtThePJColumn() {
        let b = table([A(uraian: "Menyusun", units: [0], pj: "Sekretariat"), A(uraian: "Memeriksa", units: [0], pj: nil)])
        #expect(hits(run(LintasFungsiPJMissingRule(), b)) == ["Lintas Fungsi!G7 lf.pj_missing"])
    }

    @Test func tableWithoutAnyPJIsReportedOnce() {
        let b = table([A(uraian: "Menyusun", units: [0], pj: nil), A(uraian: "Memeriksa", units: [0], pj: nil)])
        #expect(hits(run(LintasFungsiPJMissingRule(), b)) == ["Lintas Fungsi!B4 lf.pj_missing"])
    }

    @Test func activitiesWithPJAreFine() {
        #expect(hits(run(LintasFungsiPJMissingRule(), table([A(uraian: "Menyusun", units: [0], pj: "Sekretariat")]))) == [])
    }

    struct PJCase: CustomTestStringConvertible, Sendable {
        var pj: String
        var fires: Bool
        var testDescription: String { "\"\(pj)\"" + (fires ? " is not a unit" : " names a unit") }
    }

    static let pjCases: [PJCase] = [
        PJCase(pj: "Sekretariat", fires: false),
        PJCase(pj: "SEKRETARIAT ", fires: false),
        PJCase(pj: "Sekretaris", fires: false),
        PJCase(pj: "Subbag Umum", fires: false),
        PJCase(pj: "Kasubbag. Umum", fires: false),
        PJCase(pj: "Kepala Sub Bagian Umum", fires: false),
        PJCase(pj: "Kabid Pendidikan Dasar", fires: false),
        PJCase(pj: "Bidang Pendidikan", fires: false),
        PJCase(pj: "Sekretariat / Subbag Umum", fires: false),
        PJCase(pj: "Bidang", fires: true),
        PJCase(pj: "Kepala Dinas", fires: true),
        PJCase(pj: "Seksi Kurikulum", fires: true),
        PJCase(pj: "Sekretariat / Camat", fires: true),
    ]

    @Test(arguments: pjCases)
    func penanggungJawabAgainstTheUnitColumns(_ c: PJCase) {
        let b = table([A(uraian: "Menyusun", units: [0], pj: c.pj)])
        #expect(hits(run(LintasFungsiPJNotUnitRule(), b)) == (c.fires ? ["Lintas Fungsi!G6 lf.pj_not_unit"] : []))
    }

    /// A unit whose header holds a separator (`UPT / Laboratorium`) is one unit: a PENANGGUNG
    /// JAWAB repeating that header names it, though its parts alone name no unit.
    @Test func penanggungJawabRepeatingAHeaderWithASlashNamesThatUnit() {
        let units = ["Sekretariat", "UPT / Laboratorium Lingkungan"]
        let exact = table(units: units, [A(uraian: "Menguji", units: [1], pj: "UPT / Laboratorium Lingkungan")])
        #expect(hits(run(LintasFungsiPJNotUnitRule(), exact)) == [])
        let other = table(units: units, [A(uraian: "Menguji", units: [1], pj: "UPT / Laboratorium Kesehatan")])
        #expect(hits(run(LintasFungsiPJNotUnitRule(), other)) == ["Lintas Fungsi!F6 lf.pj_not_unit"])
    }
}
