import Testing
@testable import ProsesBisnis

struct JenisRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var written: String
        var expected: [String]
        var testDescription: String { "\"\(written)\"" }
    }

    static let cases: [Case] = [
        Case(written: "Utama", expected: []),
        Case(written: "UTAMA", expected: []),
        Case(written: "utama ", expected: []),
        Case(written: "  manajemen", expected: []),
        Case(written: "PENDUKUNG", expected: []),
        Case(written: "Inti", expected: ["Proses!C4 jenis.synonym → Utama"]),
        Case(written: "Operasional", expected: ["Proses!C4 jenis.synonym → Utama"]),
        Case(written: "core", expected: ["Proses!C4 jenis.synonym → Utama"]),
        Case(written: "Penunjang", expected: ["Proses!C4 jenis.synonym → Pendukung"]),
        Case(written: "Support", expected: ["Proses!C4 jenis.synonym → Pendukung"]),
        Case(written: "Management", expected: ["Proses!C4 jenis.synonym → Manajemen"]),
        Case(written: "Manajerial", expected: ["Proses!C4 jenis.synonym → Manajemen"]),
        Case(written: "Pendukun", expected: ["Proses!C4 jenis.invalid → Pendukung"]),
        Case(written: "Utma", expected: ["Proses!C4 jenis.invalid → Utama"]),
        Case(written: "Manajemn", expected: ["Proses!C4 jenis.invalid → Manajemen"]),
        Case(written: "Penunjan", expected: ["Proses!C4 jenis.invalid → Pendukung"]),
        Case(written: "Lain-lain", expected: ["Proses!C4 jenis.invalid"]),
        Case(written: "Utama/Manajemen/Pendukung", expected: ["Proses!C4 jenis.invalid"]),
    ]

    @Test("JENIS PROSES as written", arguments: cases)
    func jenisAsWritten(_ c: Case) {
        var b = metro()
        b.proses(4, "Keuangan", c.written, "MTR.03")
        let findings = run(JenisInvalidRule(), b) + run(JenisSynonymRule(), b)
        #expect(hits(findings) == c.expected)
        #expect(findings.allSatisfy { $0.code == "MTR.03" && $0.table == .proses })
    }

    @Test func emptyJenisPointsAtTheJenisColumn() throws {
        var b = metro()
        b.proses(4, "Keuangan", nil, "MTR.03")
        let findings = run(JenisInvalidRule(), b)
        #expect(hits(findings) == ["Proses!C4 jenis.invalid"])
        #expect(try #require(findings.first).message.id.contains("JENIS PROSES kosong"))
    }

    @Test func aTableWithoutAnyJenisIsReportedOnce() {
        var b = SubmissionBuilder()
        b.proses(2, "Perencanaan", nil, "MTR.01")
        b.proses(3, "Kepegawaian", nil, "MTR.02")
        #expect(hits(run(JenisInvalidRule(), b)) == ["Proses!2 jenis.invalid"])
    }
}
