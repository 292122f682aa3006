import Testing
@testable import ProsesBisnis

typealias A = SubmissionBuilder.Activity

/// One activity marked for the first unit, with the first unit responsible.
let oneActivity = [A(uraian: "Menyusun konsep", units: [0], pj: "Sekretariat")]

struct ParentMismatchRuleTests {
    @Test func subProsesUnderAnotherProcessIsReparentedWhenTheCodeIsFree() {
        var b = metro()
        b.group(7, "Perencanaan (lanjutan)", "MTR.01")
        b.sub(8, "Salah kelompok", "MTR.02.03")
        #expect(hits(run(ParentMismatchRule(), b)) == ["Sub Proses!C8 code.parent_mismatch → MTR.01.03"])
    }

    @Test func noFixWhenTheReparentedCodeIsTaken() {
        var b = metro()
        b.group(7, "Perencanaan (lanjutan)", "MTR.01")
        b.sub(8, "Salah kelompok", "MTR.02.02")
        #expect(hits(run(ParentMismatchRule(), b)) == ["Sub Proses!C8 code.parent_mismatch"])
    }

    @Test func lintasFungsiOnTheRowOfAnotherSubProses() {
        var b = metro()
        b.sub(7, "Pengembangan ASN", "MTR.02.02", lintas: "Diklat", "MTR.02.02.01")
        b.lintas(8, "Salah baris", "MTR.01.02.05")
        #expect(hits(run(ParentMismatchRule(), b)) == ["Sub Proses!E8 code.parent_mismatch → MTR.02.02.05"])
        #expect(run(ParentMismatchRule(), b).first?.table == .subproses)
    }

    @Test func deeperLintasFungsiUnderTheirSubProsesAreFine() {
        var b = SubmissionBuilder()
        b.proses(2, "Perizinan", "Utama", "P1")
        b.group(2, "Perizinan", "P1")
        b.sub(3, "Pelayanan", "P1.2", lintas: "Izin", "P1.2.1")
        b.lintas(4, "Izin usaha", "P1.2.1.1")
        b.lintas(5, "Izin bangunan", "P.1.2.1.2")
        #expect(hits(run(ParentMismatchRule(), b)) == [])
    }

    @Test func blockNamingTheWrongSubProsesOfADefinedLintasFungsiReportsTheSubProsesLine() throws {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.02", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        let findings = run(ParentMismatchRule(), b)
        #expect(hits(findings) == ["Lintas Fungsi!A2 code.parent_mismatch → SUB PROSES : Nama sub proses (MTR.01.01)"])
        #expect(findings.first?.table == .lintasfungsi)
        #expect(findings.first?.code == "MTR.01.02")
    }

    @Test func blockWithAnUnknownLintasFungsiReportsTheLintasFungsiLine() {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.02.05", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(ParentMismatchRule(), b)) == [
            "Lintas Fungsi!A3 code.parent_mismatch → LINTAS FUNGSI : Nama lintas fungsi (MTR.01.01.05)",
        ])
    }

    @Test func blockWhoseSubProsesIsNotUnderItsProses() {
        var b = metro()
        b.table(1, proses: "MTR.02", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(ParentMismatchRule(), b)) == ["Lintas Fungsi!A1 code.parent_mismatch → PROSES : Nama proses (MTR.01)"])
    }

    @Test func codesOffThePatternAreLeftToCodeMalformed() {
        var b = metro()
        b.group(7, "Perencanaan", "MTR.01")
        b.sub(8, "Pola lain", "XYZ.01.01")
        #expect(hits(run(ParentMismatchRule(), b)) == [])
        #expect(hits(run(UnknownParentRule(), b)) == [])
        #expect(hits(run(CodeMalformedRule(), b)) == ["Sub Proses!C8 code.malformed"])
    }

    @Test func nestedCodesAreFine() {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(ParentMismatchRule(), b)) == [])
    }
}

struct UnknownParentRuleTests {
    @Test func subProsesAndLintasFungsiWhoseParentIsNotDefined() throws {
        var b = metro()
        b.sub(7, "Tanpa induk", "MTR.05.01")
        b.lintas(8, "Tanpa induk", "MTR.01.09.01")
        let findings = run(UnknownParentRule(), b)
        #expect(hits(findings) == ["Sub Proses!C7 ref.unknown_parent", "Sub Proses!E8 ref.unknown_parent"])
        let message = try #require(findings.first?.message)
        #expect(message.id.contains("MTR.05") && message.en.contains("MTR.05"))
    }

    @Test func groupRowNamingAnUndefinedProcessIsReportedOnce() {
        var b = metro()
        b.group(7, "Keuangan", "MTR.04")
        b.sub(8, "Gaji", "MTR.04.01")
        b.sub(9, "Belanja", "MTR.04.02")
        #expect(hits(run(UnknownParentRule(), b)).sorted() == [
            "Sub Proses!C7 ref.unknown_parent", "Sub Proses!C8 ref.unknown_parent", "Sub Proses!C9 ref.unknown_parent",
        ])
    }

    @Test func blockNamingUndefinedCodes() {
        var b = metro()
        b.table(1, proses: "MTR.09", sub: "MTR.01.07", lintas: "MTR.01.01.04", units: ["Sekretariat"], oneActivity)
        let findings = run(UnknownParentRule(), b)
        #expect(hits(findings) == [
            "Lintas Fungsi!A1 ref.unknown_parent", "Lintas Fungsi!A2 ref.unknown_parent", "Lintas Fungsi!A3 ref.unknown_parent",
        ])
        #expect(findings.map(\.table) == [.lintasfungsi, .lintasfungsi, .lintasfungsi])
    }

    @Test func withoutTheDefiningTableNothingIsReported() {
        var b = SubmissionBuilder()
        b.group(2, "Perencanaan", "MTR.01")
        b.sub(3, "Renstra", "MTR.01.01")
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(UnknownParentRule(), b)) == ["Lintas Fungsi!A3 ref.unknown_parent"])

        var onlyTables = SubmissionBuilder()
        onlyTables.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(UnknownParentRule(), onlyTables)) == [])
    }

    @Test func definedParentsAreFine() {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"], oneActivity)
        #expect(hits(run(UnknownParentRule(), b)) == [])
    }
}
