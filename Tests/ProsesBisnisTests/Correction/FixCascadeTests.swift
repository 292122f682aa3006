import Spreadsheet
import Testing
@testable import ProsesBisnis

/// `FixPlanner` on crafted submissions: each safe fix, its cascade to every code under a
/// renamed one and to references, and what is left alone.
struct FixCascadeTests {
    /// `Sheet!C9 "old" → "new" rule` for each changed cell, as the change log lists them.
    static func log(_ builder: SubmissionBuilder, rules: Set<RuleID> = Set(CorrectionRule.fixable)) -> [String] {
        let (_, edits) = FixPlanner(rules: rules).fix(builder.submission)
        return ChangeLog.changes(edits, in: builder.submission).map { "\($0.sheet)!\($0.cell) \"\($0.old)\" → \"\($0.new)\" \($0.rule)" }
    }

    /// MTR.01 with MTR.01.01 and MTR.01.02; MTR.02 with MTR.02.01; a sub process MTR.02.03
    /// listed by mistake under MTR.01, with its lintas fungsi and a lintas fungsi table.
    static func misplacedSubProses() -> SubmissionBuilder {
        var builder = SubmissionBuilder()
        builder.proses(8, "Perencanaan", "Utama", "MTR.01")
        builder.proses(9, "Evaluasi", "Utama", "MTR.02")
        builder.group(8, "Perencanaan", "MTR.01")
        builder.sub(9, "Penyusunan", "MTR.01.01", lintas: "Renstra", "MTR.01.01.01")
        builder.sub(10, "Pengendalian", "MTR.01.02", lintas: "Monev", "MTR.01.02.01")
        builder.sub(11, "Pelaporan", "MTR.02.03", lintas: "LKjIP", "MTR.02.03.01")
        builder.lintas(12, "LPPD", "MTR.02.03.02")
        builder.group(13, "Evaluasi", "MTR.02")
        builder.sub(14, "Evaluasi Kinerja", "MTR.02.01", lintas: "SAKIP", "MTR.02.01.01")
        builder.table(6, proses: "MTR.02", sub: "MTR.02.03", lintas: "MTR.02.03.01", units: ["Sekretariat"],
                      [.init(uraian: "Menyusun", units: [0], pj: "Sekretariat")])
        return builder
    }

    @Test func parentMismatchCascadesToLintasFungsiAndKeyValueBlock() {
        #expect(Self.log(Self.misplacedSubProses()) == [
            "Lintas Fungsi!A6 \"PROSES : Nama proses (MTR.02)\" → \"PROSES : Nama proses (MTR.01)\" code.parent_mismatch",
            "Lintas Fungsi!A7 \"SUB PROSES : Nama sub proses (MTR.02.03)\" → \"SUB PROSES : Nama sub proses (MTR.01.03)\" code.parent_mismatch",
            "Lintas Fungsi!A8 \"LINTAS FUNGSI : Nama lintas fungsi (MTR.02.03.01)\" → \"LINTAS FUNGSI : Nama lintas fungsi (MTR.01.03.01)\" code.parent_mismatch",
            "Sub Proses!C11 \"MTR.02.03\" → \"MTR.01.03\" code.parent_mismatch",
            "Sub Proses!E11 \"MTR.02.03.01\" → \"MTR.01.03.01\" code.parent_mismatch",
            "Sub Proses!E12 \"MTR.02.03.02\" → \"MTR.01.03.02\" code.parent_mismatch",
        ])
    }

    @Test func fixedSubmissionHasNoFixableFindingLeftAndFixingAgainChangesNothing() {
        let (fixed, _) = FixPlanner().fix(Self.misplacedSubProses().submission)
        let findings = RuleCatalogue.checkWithStyle(fixed).submission.findings
        #expect(hits(findings).isEmpty)
        #expect(FixPlanner().fix(fixed).edits.isEmpty)
        // The lintas fungsi still hang under their (renamed) sub process: the copies changed together.
        #expect(fixed.lintasFungsi[2].subProses == ParentReference(nama: fixed.subProses[2].nama, kode: fixed.subProses[2].kode))
    }

    @Test func ambiguousParentMismatchIsLeftAlone() {
        var builder = SubmissionBuilder()
        builder.proses(8, "Perencanaan", "Utama", "MTR.01")
        builder.proses(9, "Evaluasi", "Utama", "MTR.02")
        builder.group(8, "Perencanaan", "MTR.01")
        builder.sub(9, "Penyusunan", "MTR.01.01")
        builder.sub(10, "Pelaporan", "MTR.02.01")  // MTR.01.01 is taken: no certain fix
        builder.group(11, "Evaluasi", "MTR.02")
        builder.sub(12, "Evaluasi Kinerja", "MTR.02.02")
        #expect(Self.log(builder).isEmpty)
        let left = RuleCatalogue.checkWithStyle(FixPlanner().fix(builder.submission).submission).submission.findings
        #expect(hits(left) == ["Sub Proses!C10 code.parent_mismatch"])
    }

    @Test func separatorNumericJenisAndSpacesInOneSubmission() {
        var builder = SubmissionBuilder()
        builder.proses(8, "Perencanaan", " UTAMA ", "MTR.01")
        builder.proses(9, "Evaluasi", "Penunjang", " MTR-02 ")
        builder.proses(10, "Pelayanan", "Pendukun", "#3")
        builder.group(8, "Evaluasi", "MTR-02")
        builder.sub(9, "Evaluasi Kinerja", "MTR.02.01")
        builder.sub(10, "Pelaporan", "MTR.02.02")
        #expect(Self.log(builder) == [
            "Proses!C8 \" UTAMA \" → \"Utama\" jenis.case",
            "Proses!C9 \"Penunjang\" → \"Pendukung\" jenis.synonym",
            "Proses!D9 \" MTR-02 \" → \"MTR.02\" code.separator",
            "Proses!C10 \"Pendukun\" → \"Pendukung\" jenis.invalid",
            "Proses!D10 \"3\" → \"MTR.03\" code.numeric",
            "Sub Proses!C8 \"MTR-02\" → \"MTR.02\" code.separator",
        ])
    }

    @Test func onlyAppliesTheRulesNamed() {
        var builder = SubmissionBuilder()
        builder.proses(8, "Perencanaan", "Inti", "MTR.01")
        builder.proses(9, "Evaluasi", "Utama", "MTR-02")
        #expect(Self.log(builder, rules: [RuleID.jenisSynonym]) == ["Proses!C8 \"Inti\" → \"Utama\" jenis.synonym"])
    }

    @Test(arguments: [
        (["1", "2", "1", "2"], [String]()),  // restarts under each process, as the official example
        (["1", "2", "3", "4"], [String]()),  // runs through the table
        (["1", "1", "3", "4"], ["Sub Proses!A10 \"1\" → \"2\" no.renumber"]),
        (["1", "2", "", "2"], ["Sub Proses!A12 \"\" → \"1\" no.renumber"]),
    ])
    func subProsesNumberingFollowsTheTablesOwnConvention(numbers: [String], expected: [String]) {
        var builder = SubmissionBuilder()
        builder.proses(8, "Perencanaan", "Utama", "MTR.01")
        builder.proses(9, "Evaluasi", "Utama", "MTR.02")
        builder.group(8, "Perencanaan", "MTR.01")
        builder.sub(9, "A", "MTR.01.01")
        builder.sub(10, "B", "MTR.01.02")
        builder.group(11, "Evaluasi", "MTR.02")
        builder.sub(12, "C", "MTR.02.01")
        builder.sub(13, "D", "MTR.02.02")
        for (index, row) in [9, 10, 12, 13].enumerated() where !numbers[index].isEmpty {
            builder.submission.subProses[index].no = SubmissionBuilder.field("Sub Proses", "A\(row)", numbers[index])
        }
        #expect(Self.log(builder) == expected)
    }
}
