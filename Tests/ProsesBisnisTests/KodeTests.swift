import Testing
@testable import ProsesBisnis

/// Parsing codes as written in cells, and comparing them by structure.
struct KodeTests {
    struct Parse: CustomTestStringConvertible, Sendable {
        var text: String
        var raw: String
        var prefix: [String]
        var numbers: [Int]
        var separators: [String]
        /// Literals as `TEXT@position`.
        var literals: [String] = []
        var trailing = ""
        var testDescription: String { "\"\(text)\"" }
    }

    static let parses: [Parse] = [
        Parse(text: "MTR.01", raw: "MTR.01", prefix: ["MTR"], numbers: [1], separators: ["."]),
        Parse(text: "MTR.01.01.01", raw: "MTR.01.01.01", prefix: ["MTR"], numbers: [1, 1, 1],
              separators: [".", ".", "."]),
        Parse(text: "KECKLB.02.01.CFM.01", raw: "KECKLB.02.01.CFM.01", prefix: ["KECKLB"],
              numbers: [2, 1, 1], separators: [".", ".", ".", "."], literals: ["CFM@2"]),
        Parse(text: "BO-01.1", raw: "BO-01.1", prefix: ["BO"], numbers: [1, 1], separators: ["-", "."]),
        Parse(text: "BO.04", raw: "BO.04", prefix: ["BO"], numbers: [4], separators: ["."]),
        Parse(text: "P1", raw: "P1", prefix: ["P"], numbers: [1], separators: [""]),
        Parse(text: "P1.2.1.1", raw: "P1.2.1.1", prefix: ["P"], numbers: [1, 2, 1, 1],
              separators: ["", ".", ".", "."]),
        Parse(text: "P.1.2.1.2", raw: "P.1.2.1.2", prefix: ["P"], numbers: [1, 2, 1, 2],
              separators: [".", ".", ".", "."]),
        Parse(text: "  MTR.01 \n", raw: "MTR.01", prefix: ["MTR"], numbers: [1], separators: ["."]),
        Parse(text: "KECKLB.02. 01", raw: "KECKLB.02. 01", prefix: ["KECKLB"], numbers: [2, 1],
              separators: [".", ". "]),
        Parse(text: "BO - 01", raw: "BO - 01", prefix: ["BO"], numbers: [1], separators: [" - "]),
        Parse(text: "P1.", raw: "P1.", prefix: ["P"], numbers: [1], separators: [""], trailing: "."),
        Parse(text: "1.1", raw: "1.1", prefix: [], numbers: [1, 1], separators: ["."]),
        Parse(text: "MTR.01.x", raw: "MTR.01.x", prefix: ["MTR"], numbers: [1], separators: [".", "."],
              literals: ["x@1"]),
        Parse(text: "mtr/01_02", raw: "mtr/01_02", prefix: ["mtr"], numbers: [1, 2], separators: ["/", "_"]),
        Parse(text: "BO-ORG.01", raw: "BO-ORG.01", prefix: ["BO", "ORG"], numbers: [1], separators: ["-", "."]),
    ]

    @Test func aCodeOfThousandsOfLevelsIsNoCode() {
        #expect(Kode("P" + String(repeating: ".1", count: 32_000)) == nil)
        #expect(Kode("P" + String(repeating: ".\u{31}", count: 40)) == nil)
        #expect(Kode("P" + String(repeating: ".1", count: 15))?.numbers.count == 15)
        #expect(Kode("PÉ" + String(repeating: ".1", count: 32_000)) == nil)
    }

    @Test("parses segments, separators and literals", arguments: parses)
    func parsesSegments(_ c: Parse) throws {
        let kode = try parsed(c.text)
        #expect(kode.raw == c.raw)
        #expect(kode.prefix == c.prefix)
        #expect(kode.numbers == c.numbers)
        #expect(kode.separators == c.separators)
        #expect(kode.literals.map { "\($0.text)@\($0.position)" } == c.literals)
        #expect(kode.trailingSeparator == c.trailing)
    }

    @Test("segment kinds alternate at letter/digit boundaries")
    func segmentKinds() throws {
        let kode = try parsed("KECKLB.02.01.CFM.01")
        #expect(kode.segments.map(\.kind) == [.letters, .digits, .digits, .letters, .digits])
        #expect(kode.segments.map(\.text) == ["KECKLB", "02", "01", "CFM", "01"])
        #expect(try parsed("P12").segments.map(\.text) == ["P", "12"])
    }

    static let nonCodes: [String] = [
        "", "   ", "\n", "dst...", "dst....", "lihat kegiatan dalam program", "Kode", "KODE SUB PROSES",
        "*****", "(1)", "No", "Utama", "1.48%", "198710132006021002", ".01", "-1", "MTR 01",
        "MTR.01 MTR.02", "MTR.01\nMTR.02", "KECKLB.01.PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "BO-01 PENATAAN KELEMBAGAAN", "Peningkatan Pendidikan Anak Usia Dini", "P2.1\tPerencanaan",
        "MTR.0١", "✓",
    ]

    @Test("text that is not a code", arguments: nonCodes)
    func notACode(_ text: String) {
        #expect(Kode(text) == nil)
    }

    static let sameKey: [[String]] = [
        ["BO.04", "BO-04", "BO-4", "bo.04", "BO - 04", "BO/004"],
        ["P.1.2.1.2", "P1.2.1.2", "p1-2-1-2"],
        ["MTR.01.01.01", "MTR.1.1.1", "MTR.01.01. 01", "MTR_01_01_01"],
        ["KECKLB.02.01.CFM.01", "KECKLB.2.1.cfm.1", "KECKLB.02.01.CFM01"],
        ["P1.", "P1", "P.1"],
    ]

    @Test("codes differing only in separators, padding or case share a key", arguments: sameKey)
    func sharedKey(_ texts: [String]) throws {
        let keys = try texts.map { try parsed($0).key }
        #expect(Set(keys).count == 1, "\(keys)")
    }

    static let differentKeys: [(String, String)] = [
        ("MTR.01", "MTR.10"), ("MTR.0101", "MTR.01.01"), ("P1", "1"), ("P11", "P1.1"),
        ("KECKLB.02.01.CFM.01", "KECKLB.02.01.01"), ("BO-01", "BOX-01"), ("MTR.01", "MTR.01.00"),
    ]

    @Test("codes with different structure have different keys",
          arguments: differentKeys.map { Pair(a: $0.0, b: $0.1) })
    func differentKey(_ pair: Pair) throws {
        let other = try #require(pair.b)
        #expect(try parsed(pair.a).key != parsed(other).key)
    }

    @Test("key text is canonical")
    func keyText() throws {
        #expect(try parsed("bo-04.1").key == "BO.4.1")
        #expect(try parsed("KECKLB.02.01.CFM.01").key == "KECKLB.2.1.CFM.1")
        #expect(try parsed("P.1.2").key == "P.1.2")
        #expect(try parsed("1.10").key == "1.10")
    }

    static let parents: [(String, String?)] = [
        ("MTR.01", nil), ("MTR.01.01", "MTR.01"), ("MTR.01.01.01", "MTR.01.01"),
        ("KECKLB.02.01.CFM.01", "KECKLB.02.01"), ("KECKLB.02.01", "KECKLB.02"), ("KECKLB.01", nil),
        ("BO-01.1", "BO-01"), ("BO.04", nil), ("P1", nil), ("P1.2", "P1"), ("P1.2.1", "P1.2"),
        ("P1.2.1.1", "P1.2.1"), ("P.1.2.1.2", "P1.2.1"), ("MTR.01.x", nil), ("1.1", "1"),
    ]

    @Test("parent key drops the last number and the literal before it",
          arguments: parents.map { Pair(a: $0.0, b: $0.1) })
    func parentKey(_ pair: Pair) throws {
        let kode = try parsed(pair.a)
        let expected = try pair.b.map { try parsed($0).key }
        #expect(kode.parentKey == expected)
    }

    static let children: [(String, String, Bool)] = [
        ("MTR.01.01", "MTR.01", true), ("MTR.01.01.01", "MTR.01.01", true),
        ("MTR.01.01.01", "MTR.01", false), ("MTR.02.03", "MTR.01", false),
        ("MTR.011", "MTR.01", false), ("P11", "P1", false), ("P1.1", "P11", false),
        ("BO-01.1", "BO-01", true), ("BO-04.1", "BO.04", true), ("BO-04.1", "BO-4", true),
        ("KECKLB.02.01.CFM.01", "KECKLB.02.01", true), ("KECKLB.02.01.CFM.01", "KECKLB.02", false),
        ("P1.2.1.1", "P1.2.1", true), ("P.1.2.1.2", "P1.2.1", true), ("P1.2", "P.1", true),
        ("MTR.01.01", "XYZ.01", false), ("MTR.01", "MTR.01", false), ("MTR.01", "MTR.01.01", false),
    ]

    @Test("isChild follows structure, not string prefix",
          arguments: children.map { Relation(child: $0.0, parent: $0.1, expected: $0.2) })
    func isChild(_ relation: Relation) throws {
        let child = try parsed(relation.child)
        let parent = try parsed(relation.parent)
        #expect(child.isChild(of: parent) == relation.expected)
    }

    static let reparentings: [(String, String, [(String, Int)], String)] = [
        ("MTR.02.03", "MTR.01", SeedCodes.metro, "MTR.01.03"),
        ("MTR.02.03.04", "MTR.01.01", SeedCodes.metro, "MTR.01.01.04"),
        ("BO-02.3", "BO.04", SeedCodes.ntt, "BO-04.3"),
        ("P2.1.1", "P1.2", SeedCodes.pasuruan, "P1.2.1"),
        ("P.2.1.1.2", "P1.2.1", SeedCodes.pasuruan, "P1.2.1.2"),
        ("KECKLB.03.01.CFM.04", "KECKLB.02.02", SeedCodes.klambu, "KECKLB.02.02.CFM.04"),
    ]

    @Test("reparented keeps the child's own number under the new parent, in the style",
          arguments: reparentings.map { Reparenting(child: $0.0, parent: $0.1, codes: $0.2, expected: $0.3) })
    func reparented(_ c: Reparenting) throws {
        let style = try #require(CodeStyle.infer(from: SeedCodes.kodes(c.codes)))
        let child = try parsed(c.child)
        let parent = try parsed(c.parent)
        #expect(child.reparented(under: parent, style: style) == c.expected)
    }

    static let numberCells: [(Double, String)] = [
        (1, "1"), (1.1, "1.1"), (1.10, "1.1"), (2.01, "2.01"), (12, "12"), (0, "0"),
        (1.2, "1.2"), (10.25, "10.25"), (.nan, ""), (.infinity, ""),
    ]

    @Test("a number cell renders as the text it reads as",
          arguments: numberCells.map { NumberCell(value: $0.0, text: $0.1) })
    func fromNumber(_ cell: NumberCell) {
        #expect(Kode.fromNumber(cell.value) == cell.text)
    }

    @Test("a rendered number cell parses as an unprefixed code")
    func fromNumberParses() throws {
        let kode = try parsed(Kode.fromNumber(1.1))
        #expect(kode.numbers == [1, 1])
        #expect(kode.prefix == [])
    }

    struct Pair: CustomTestStringConvertible, Sendable {
        var a: String
        var b: String?
        var testDescription: String { "\(a) / \(b ?? "nil")" }
    }

    struct Relation: CustomTestStringConvertible, Sendable {
        var child: String
        var parent: String
        var expected: Bool
        var testDescription: String { "\(child) \(expected ? "is" : "is not") a child of \(parent)" }
    }

    struct Reparenting: CustomTestStringConvertible, Sendable {
        var child: String
        var parent: String
        var codes: [(String, Int)]
        var expected: String
        var testDescription: String { "\(child) under \(parent) → \(expected)" }
    }

    struct NumberCell: CustomTestStringConvertible, Sendable {
        var value: Double
        var text: String
        var testDescription: String { "\(value) → \"\(text)\"" }
    }
}
