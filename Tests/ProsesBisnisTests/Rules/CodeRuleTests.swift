import Testing
@testable import ProsesBisnis

/// A small clean Kota Metro submission that the tests below spoil one row at a time.
func metro() -> SubmissionBuilder {
    var b = SubmissionBuilder()
    b.proses(2, "Perencanaan", "Utama", "MTR.01")
    b.proses(3, "Kepegawaian", "Pendukung", "MTR.02")
    b.group(2, "Perencanaan", "MTR.01")
    b.sub(3, "Penyusunan Renstra", "MTR.01.01", lintas: "Penyusunan dokumen", "MTR.01.01.01")
    b.sub(4, "Penyusunan Renja", "MTR.01.02")
    b.group(5, "Kepegawaian", "MTR.02")
    b.sub(6, "Administrasi ASN", "MTR.02.01")
    return b
}

struct CodeMissingRuleTests {
    @Test func nameWithoutCodePointsAtTheCodeColumnOfItsSheet() {
        var b = metro()
        b.proses(4, "Keuangan", "Pendukung", nil)
        b.sub(7, "Gaji", nil)
        b.lintas(8, "Pembayaran gaji", nil)
        #expect(hits(run(CodeMissingRule(), b)) == [
            "Proses!D4 code.missing", "Sub Proses!C7 code.missing", "Sub Proses!E8 code.missing",
        ])
        #expect(run(CodeMissingRule(), b).map(\.table) == [.proses, .subproses, .subproses])
    }

    @Test func withoutAnyCodeCellInTheSheetTheWholeRowIsReported() {
        var b = SubmissionBuilder()
        b.proses(5, "Perencanaan", "Utama", nil)
        #expect(hits(run(CodeMissingRule(), b)) == ["Proses!5 code.missing"])
    }

    @Test func rowsWithCodesOrWithoutNamesAreFine() {
        var b = metro()
        b.proses(4, nil, "Utama", nil)
        b.proses(5, "dst...", nil, nil)
        #expect(hits(run(CodeMissingRule(), b)) == [])
    }
}

struct CodeMalformedRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var code: String
        var expected: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "another prefix", code: "XYZ.01.03", expected: ["Sub Proses!C7 code.malformed"]),
        Case(label: "letters after the last number", code: "MTR.01.03a", expected: ["Sub Proses!C7 code.malformed"]),
        Case(label: "not a code at all", code: "Renstra", expected: ["Sub Proses!C7 code.malformed"]),
        Case(label: "a process code in the sub process column", code: "MTR.03", expected: ["Sub Proses!C7 code.malformed"]),
        Case(label: "a separator deviation is not malformed", code: "MTR-01-03", expected: []),
        Case(label: "a number cell is left to code.numeric", code: "#1.3", expected: []),
        Case(label: "template text is left to placeholder.left", code: "dst...", expected: []),
        Case(label: "a fitting code", code: "MTR.01.03", expected: []),
    ]

    @Test(arguments: cases)
    func subProsesCode(_ c: Case) {
        var b = metro()
        b.sub(7, "Baru", c.code)
        #expect(hits(run(CodeMalformedRule(), b)) == c.expected)
    }

    @Test func aLintasFungsiCodeNeedsThreeNumbersOrMore() {
        var b = metro()
        b.lintas(7, "Singkat", "MTR.01.02")
        b.lintas(8, "Rinci", "MTR.01.01.01.01")
        #expect(hits(run(CodeMalformedRule(), b)) == ["Sub Proses!E7 code.malformed"])
    }
}

struct CodeSeparatorRuleTests {
    @Test(arguments: [
        (["BO-01", "BO-02", "BO-03", "BO-01.1"], "BO.04", "BO-04"),
        (["P1", "P2", "P1.1", "P1.2"], "P.3", "P3"),
        (["MTR.01", "MTR.02", "MTR.03"], "MTR.4", "MTR.04"),
        (["MTR.01", "MTR.02", "MTR.03"], "mtr.04", "MTR.04"),
    ])
    func deviationIsNormalisedIntoTheDominantStyle(codes: [String], deviant: String, fix: String) {
        var b = SubmissionBuilder()
        for (n, code) in codes.enumerated() { b.proses(2 + n, "Proses \(n)", "Utama", code) }
        b.proses(9, "Menyimpang", "Utama", deviant)
        #expect(hits(run(CodeSeparatorRule(), b)) == ["Proses!D9 code.separator → \(fix)"])
    }

    @Test func strayDotInADeepPasuruanCodeIsNormalised() {
        var b = SubmissionBuilder()
        b.proses(2, "Perizinan", "Utama", "P1")
        b.group(2, "Perizinan", "P1")
        b.sub(3, "Pelayanan", "P1.2", lintas: "Izin", "P1.2.1")
        b.lintas(4, "Izin usaha", "P1.2.1.1")
        b.lintas(5, "Izin bangunan", "P.1.2.1.2")
        #expect(hits(run(CodeSeparatorRule(), b)) == ["Sub Proses!E5 code.separator → P1.2.1.2"])
    }

    @Test func aLaterDuplicateIsLeftToCodeDuplicateWhoseFixIsInStyle() {
        var b = metro()
        b.proses(4, "Keuangan", "Pendukung", "MTR.1")
        #expect(hits(run(CodeSeparatorRule(), b)) == [])
        #expect(hits(run(CodeDuplicateRule(), b)) == ["Proses!D4 code.duplicate → MTR.03"])
    }

    @Test func referencesInGroupRowsAreCheckedToo() {
        var b = SubmissionBuilder()
        for (n, code) in ["BO-01", "BO-02", "BO-03"].enumerated() { b.proses(2 + n, "Proses \(n)", "Utama", code) }
        b.group(2, "Penataan", "BO-01")
        b.sub(3, "Kelembagaan", "BO-01.1")
        b.group(4, "Budaya Kerja", "BO.02")
        b.sub(5, "Perencanaan", "BO-02.1")
        #expect(hits(run(CodeSeparatorRule(), b)) == ["Sub Proses!C4 code.separator → BO-02"])
    }

    @Test func codesInTheStyleAreFine() {
        #expect(hits(run(CodeSeparatorRule(), metro())) == [])
    }
}

struct CodeNumericRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var style: [String]
        var numeric: String
        var expected: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "padded style: 1.1 can only have been 01.10", style: ["MTR.01", "MTR.01.01", "MTR.01.02"],
             numeric: "#1.1", expected: "Sub Proses!C9 code.numeric → MTR.01.10"),
        Case(label: "padded style keeps 1.02 as 01.02", style: ["MTR.01", "MTR.01.01", "MTR.01.03"],
             numeric: "#1.02", expected: "Sub Proses!C9 code.numeric → MTR.01.02"),
        Case(label: "unpadded style with a prefix", style: ["P1", "P1.2", "P1.3"],
             numeric: "#1.1", expected: "Sub Proses!C9 code.numeric → P1.1"),
        Case(label: "a reading another code already has: no fix", style: ["P1", "P1.1", "P1.2"],
             numeric: "#1.1", expected: "Sub Proses!C9 code.numeric"),
        Case(label: "a whole number is no sub process code: no fix", style: ["MTR.01", "MTR.01.01"],
             numeric: "#2", expected: "Sub Proses!C9 code.numeric"),
    ]

    @Test(arguments: cases)
    func numberCellInTheSubProsesTable(_ c: Case) {
        var b = SubmissionBuilder()
        b.proses(2, "Induk", "Utama", c.style[0])
        b.group(2, "Induk", c.style[0])
        for (n, code) in c.style.dropFirst().enumerated() { b.sub(3 + n, "Sub", code) }
        b.sub(9, "Angka", c.numeric)
        #expect(hits(run(CodeNumericRule(), b)) == [c.expected])
    }

    @Test func processCodeOneBecomesThePaddedProcessCode() {
        var b = metro()
        b.proses(4, "Keuangan", "Pendukung", "#3")
        #expect(hits(run(CodeNumericRule(), b)) == ["Proses!D4 code.numeric → MTR.03"])
    }

    @Test func textCellsAreFine() {
        #expect(hits(run(CodeNumericRule(), metro())) == [])
    }
}

struct CodeDuplicateRuleTests {
    @Test func laterOccurrenceIsReportedWithTheFirstCellAndTheNextFreeCode() throws {
        var b = metro()
        b.sub(7, "Penyusunan LKjIP", "MTR.01.02")
        let findings = run(CodeDuplicateRule(), b)
        #expect(hits(findings) == ["Sub Proses!C7 code.duplicate → MTR.01.03"])
        let message = try #require(findings.first?.message)
        #expect(message.id.contains("MTR.01.02") && message.id.contains("juga di C4"))
        #expect(message.en.contains("also at C4"))
    }

    @Test func keysIgnoreSeparatorsAndPaddingAndEachDuplicateGetsItsOwnFix() {
        var b = metro()
        b.proses(4, "Keuangan", "Pendukung", "MTR.1")
        b.proses(5, "Aset", "Pendukung", "MTR-01")
        #expect(hits(run(CodeDuplicateRule(), b)) == [
            "Proses!D4 code.duplicate → MTR.03", "Proses!D5 code.duplicate → MTR.04",
        ])
    }

    @Test func lintasFungsiAreComparedAmongLintasFungsi() {
        var b = metro()
        b.lintas(4, "Lagi", "MTR.01.01.01")
        #expect(hits(run(CodeDuplicateRule(), b)) == ["Sub Proses!E4 code.duplicate → MTR.01.01.02"])
    }

    @Test func aDuplicateOffThePatternGetsNoFix() {
        var b = metro()
        b.proses(4, "Lain", "Utama", "X1")
        b.proses(5, "Lain lagi", "Utama", "X1")
        #expect(hits(run(CodeDuplicateRule(), b)) == ["Proses!D5 code.duplicate"])
    }

    @Test func uniqueCodesAreFine() {
        #expect(hits(run(CodeDuplicateRule(), metro())) == [])
    }
}
