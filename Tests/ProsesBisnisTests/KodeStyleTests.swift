import Testing
@testable import ProsesBisnis

/// Inferring a submission's dominant code style, and checking codes against it.
struct KodeStyleTests {
    struct Inferred: CustomTestStringConvertible, Sendable {
        var label: String
        var codes: [String]
        var pattern: String
        var prefix: String?
        var prefixSeparator: String
        var separators: [String]
        var padding: [Int]
        var literals: [String] = []
        var testDescription: String { label }
    }

    static let inferred: [Inferred] = [
        Inferred(label: "000 Kota Metro", codes: SeedCodes.metro.map(\.0), pattern: "MTR.NN.NN.NN",
                 prefix: "MTR", prefixSeparator: ".", separators: [".", "."], padding: [2, 2, 2]),
        Inferred(label: "002 Klambu", codes: SeedCodes.klambu.map(\.0), pattern: "KECKLB.NN.NN.CFM.NN",
                 prefix: "KECKLB", prefixSeparator: ".", separators: [".", "."], padding: [2, 2, 2],
                 literals: ["CFM@2"]),
        Inferred(label: "003 NTT", codes: SeedCodes.ntt.map(\.0), pattern: "BO-NN.N",
                 prefix: "BO", prefixSeparator: "-", separators: ["."], padding: [2, 1]),
        Inferred(label: "004 Pasuruan", codes: SeedCodes.pasuruan.map(\.0), pattern: "PN.N.N.N",
                 prefix: "P", prefixSeparator: "", separators: [".", ".", "."], padding: [1, 1, 1, 1]),
        Inferred(label: "numbers only", codes: ["1", "2", "1.1", "1.2", "2.1"], pattern: "N.N",
                 prefix: nil, prefixSeparator: "", separators: ["."], padding: [1, 1]),
        Inferred(label: "one deviant code does not set the style",
                 codes: ["MTR-1", "MTR.01", "MTR.02", "MTR.02.01"], pattern: "MTR.NN.NN",
                 prefix: "MTR", prefixSeparator: ".", separators: ["."], padding: [2, 2]),
        Inferred(label: "stray spaces never win a separator vote",
                 codes: ["KECKLB.02. 01", "KECKLB.02 .02", "KECKLB.03.01"], pattern: "KECKLB.NN.NN",
                 prefix: "KECKLB", prefixSeparator: ".", separators: ["."], padding: [2, 2]),
        Inferred(label: "two-digit numbers alone do not force padding",
                 codes: ["P10", "P11", "P10.12"], pattern: "PN.N",
                 prefix: "P", prefixSeparator: "", separators: ["."], padding: [1, 1]),
        Inferred(label: "a tie goes to the value seen first",
                 codes: ["A-1", "A.2"], pattern: "A-N",
                 prefix: "A", prefixSeparator: "-", separators: [], padding: [1]),
    ]

    @Test("infers the dominant style", arguments: inferred)
    func infersStyle(_ c: Inferred) throws {
        let style = try #require(CodeStyle.infer(from: c.codes.map { try parsed($0) }))
        #expect(style.pattern == c.pattern)
        #expect(style.prefix == c.prefix)
        #expect(style.prefixSeparator == c.prefixSeparator)
        #expect(style.separators == c.separators)
        #expect(style.padding == c.padding)
        #expect(style.literals.map { "\($0.text)@\($0.position)" } == c.literals)
        #expect(style.depth == c.padding.count - 1)
    }

    @Test("no codes, no style")
    func noCodes() {
        #expect(CodeStyle.infer(from: []) == nil)
    }

    /// The seeds' deviant codes and the fix each gets; every other seed code fits.
    static let seedDeviants: [String: String] = [
        "BO.04": "BO-04", "BO.06": "BO-06", "P.1.2.1.2": "P1.2.1.2",
    ]

    @Test("seed codes fit their seed's style, except the known deviants",
          arguments: [("000", SeedCodes.metro), ("002", SeedCodes.klambu), ("003", SeedCodes.ntt),
                      ("004", SeedCodes.pasuruan)].map { KodeSeedTests.SeedList(label: $0.0, codes: $0.1) })
    func seedConformance(_ seed: KodeSeedTests.SeedList) throws {
        let kodes = try SeedCodes.kodes(seed.codes)
        let style = try #require(CodeStyle.infer(from: kodes))
        for kode in kodes {
            let expected: CodeStyle.Conformance = Self.seedDeviants[kode.raw].map { .normalisable($0) } ?? .fits
            #expect(style.check(kode) == expected, "\(kode.raw)")
        }
    }

    struct Check: CustomTestStringConvertible, Sendable {
        var seed: String
        var codes: [(String, Int)]
        var text: String
        /// The fix, `"="` for fits, nil for malformed.
        var fix: String?
        var testDescription: String { "\(text) in \(seed) → \(fix ?? "malformed")" }

        var expected: CodeStyle.Conformance {
            guard let fix else { return .malformed }
            return fix == "=" ? .fits : .normalisable(fix)
        }
    }

    static let checks: [Check] = [
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.1.2", fix: "MTR.01.02"),
        Check(seed: "000", codes: SeedCodes.metro, text: "mtr.01", fix: "MTR.01"),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR-01", fix: "MTR.01"),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.01.001", fix: "MTR.01.01"),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.01. 02", fix: "MTR.01.02"),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR01.02", fix: "MTR.01.02"),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.12.10", fix: "="),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.01.01.01.01", fix: "="),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.01.x", fix: nil),
        Check(seed: "000", codes: SeedCodes.metro, text: "MTR.01.x.01", fix: nil),
        Check(seed: "000", codes: SeedCodes.metro, text: "XYZ.01", fix: nil),
        Check(seed: "000", codes: SeedCodes.metro, text: "01.02", fix: nil),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.01.01", fix: "KECKLB.02.01.CFM.01"),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.01.cfm.01", fix: "KECKLB.02.01.CFM.01"),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.01.CFM01", fix: "KECKLB.02.01.CFM.01"),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02. 01", fix: "KECKLB.02.01"),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.", fix: "KECKLB.02"),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.01.ABC.01", fix: nil),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.CFM.01", fix: nil),
        Check(seed: "002", codes: SeedCodes.klambu, text: "KECKLB.02.01.CFM.01.02", fix: "="),
        Check(seed: "003", codes: SeedCodes.ntt, text: "BO-4", fix: "BO-04"),
        Check(seed: "003", codes: SeedCodes.ntt, text: "BO-04.01", fix: "BO-04.1"),
        Check(seed: "003", codes: SeedCodes.ntt, text: "BO.04.1", fix: "BO-04.1"),
        Check(seed: "003", codes: SeedCodes.ntt, text: "BO-04-1", fix: "BO-04.1"),
        Check(seed: "003", codes: SeedCodes.ntt, text: "BO-08.2.1", fix: "="),
        Check(seed: "003", codes: SeedCodes.ntt, text: "B0-04", fix: nil),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "P1.", fix: "P1"),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "P01.2", fix: "P1.2"),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "P-1.2", fix: "P1.2"),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "P.4.3.1", fix: "P4.3.1"),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "P1.2.1.1.3", fix: "="),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "1.2", fix: nil),
        Check(seed: "004", codes: SeedCodes.pasuruan, text: "Q1.2", fix: nil),
    ]

    @Test("conformance of deviant codes, with the exact fix", arguments: checks)
    func conformance(_ c: Check) throws {
        let style = try #require(CodeStyle.infer(from: SeedCodes.kodes(c.codes)))
        #expect(try style.check(parsed(c.text)) == c.expected)
    }

    static let renderCases: [(String, [String], [Int], String)] = [
        ("000", SeedCodes.metro.map(\.0), [1, 3], "MTR.01.03"),
        ("000", SeedCodes.metro.map(\.0), [12], "MTR.12"),
        ("000", SeedCodes.metro.map(\.0), [1, 2, 3, 4], "MTR.01.02.03.04"),
        ("002", SeedCodes.klambu.map(\.0), [2, 1, 1], "KECKLB.02.01.CFM.01"),
        ("002", SeedCodes.klambu.map(\.0), [2, 1], "KECKLB.02.01"),
        ("003", SeedCodes.ntt.map(\.0), [1], "BO-01"),
        ("003", SeedCodes.ntt.map(\.0), [10, 12], "BO-10.12"),
        ("004", SeedCodes.pasuruan.map(\.0), [1, 2, 1, 2], "P1.2.1.2"),
        ("numbers only", ["1", "1.1"], [3, 4], "3.4"),
        ("only processes seen", ["MTR.01", "MTR.02"], [1, 3], "MTR.01.03"),
    ]

    @Test("renders numbers in the style",
          arguments: renderCases.map { Render(label: $0.0, codes: $0.1, numbers: $0.2, text: $0.3) })
    func renders(_ c: Render) throws {
        let style = try #require(CodeStyle.infer(from: c.codes.map { try parsed($0) }))
        #expect(style.render(numbers: c.numbers) == c.text)
        #expect(try style.render(parsed(c.text)) == c.text)
    }

    @Test("a style built by hand renders and names its pattern")
    func handBuiltStyle() throws {
        let style = CodeStyle(prefix: "DPK", levels: [
            .init(separator: "/", padding: 3),
            .init(separator: "-", literal: "SP", literalSeparator: "", padding: 1),
        ])
        #expect(style.pattern == "DPK/NNN-SPN")
        #expect(style.render(numbers: [7, 2]) == "DPK/007-SP2")
        #expect(style.render(numbers: [7, 2, 5]) == "DPK/007-SP2-5")
        #expect(try style.check(parsed("DPK.7.2")) == .normalisable("DPK/007-SP2"))
        #expect(style.description == "DPK/NNN-SPN")
    }

    struct Render: CustomTestStringConvertible, Sendable {
        var label: String
        var codes: [String]
        var numbers: [Int]
        var text: String
        var testDescription: String { "\(numbers) in \(label) → \(text)" }
    }
}
