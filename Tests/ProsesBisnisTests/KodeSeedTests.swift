import Testing
@testable import ProsesBisnis

/// Every code of the seed documents (../shared/seeds), as a submission of that OPD would list
/// them in its three tables, with the level each one has.
enum SeedCodes {
    /// Kota Metro (000): the clean model.
    static let metro: [(String, Int)] = [
        ("MTR.01", 0), ("MTR.02", 0), ("MTR.03", 0),
        ("MTR.01.01", 1), ("MTR.01.02", 1), ("MTR.01.03", 1),
        ("MTR.01.01.01", 2), ("MTR.01.01.02", 2), ("MTR.01.01.03", 2),
    ]

    /// Kecamatan Klambu (002): `CFM` before the lintas fungsi number. The sub proses codes are
    /// those the lintas fungsi codes imply.
    static let klambu: [(String, Int)] =
        (1...6).map { ("KECKLB.0\($0)", 0) }
        + ["02.01", "02.02", "03.01", "04.01", "05.01", "06.01", "06.02", "06.03", "06.04",
           "06.05", "06.06"].map { ("KECKLB.\($0)", 1) }
        + ["02.01.CFM.01", "02.02.CFM.01", "02.02.CFM.02", "03.01.CFM.01", "03.01.CFM.04",
           "04.01.CFM.01", "05.01.CFM.08", "05.01.CFM.09", "06.01.CFM.01", "06.02.CFM.01",
           "06.03.CFM.01", "06.03.CFM.02", "06.03.CFM.03", "06.03.CFM.04", "06.03.CFM.05",
           "06.04.CFM.01", "06.05.CFM.01", "06.05.CFM.02", "06.05.CFM.03", "06.06.CFM.01",
           "06.06.CFM.02", "06.06.CFM.03"].map { ("KECKLB.\($0)", 2) }

    /// Biro Organisasi NTT (003): `-` after the prefix, `.` after the first number, and two
    /// processes written with `.`.
    static let ntt: [(String, Int)] =
        ["BO-01", "BO-02", "BO-03", "BO.04", "BO-05", "BO.06", "BO-07"].map { ($0, 0) }
        + ["BO-01.1", "BO-01.2", "BO-01.3", "BO-02.1", "BO-02.2", "BO-03.1", "BO-03.2",
           "BO-03.3", "BO-04.1", "BO-04.2", "BO-04.3", "BO-05.1", "BO-05.2", "BO-05.3",
           "BO-05.4", "BO-06.2", "BO-07.1", "BO-07.2", "BO-07.3"].map { ($0, 1) }

    /// DPMPTSP Pasuruan (004): no separator after `P`, unpadded, one stray dot, and lintas
    /// fungsi broken down one level further (`P1.2.1` into `P1.2.1.1`, `P.1.2.1.2`).
    static let pasuruan: [(String, Int)] =
        (1...7).map { ("P\($0)", 0) }
        + ["P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P3.1", "P4.1", "P4.2", "P4.3", "P5.1",
           "P5.2", "P5.3", "P6.1", "P6.2", "P7.1", "P7.2", "P7.3", "P7.4", "P7.5"].map { ($0, 1) }
        + ["P1.2.1", "P1.2.2", "P1.2.3", "P1.3.1", "P2.1.1", "P2.1.2", "P2.2.1", "P2.2.2",
           "P2.2.3", "P4.1.1", "P4.1.2", "P4.2.1", "P4.2.2", "P4.3.1", "P4.3.2", "P7.4.1",
           "P7.4.2", "P7.4.3"].map { ($0, 2) }
        + [("P1.2.1.1", 3), ("P.1.2.1.2", 3)]

    static let all: [(String, Int)] = metro + klambu + ntt + pasuruan

    static func kodes(_ codes: [(String, Int)]) throws -> [Kode] {
        try codes.map { try parsed($0.0) }
    }
}

/// The code in `text`, or a test failure where the helper was called.
func parsed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Kode {
    try #require(Kode(text), "not a code: \"\(text)\"", sourceLocation: sourceLocation)
}

/// Every seed code parses, keeps its text and has the level its table gives it.
struct KodeSeedTests {
    @Test("seed code parses at its level", arguments: SeedCodes.all.map { SeedCode(text: $0.0, level: $0.1) })
    func seedCodeParsesAtItsLevel(_ seed: SeedCode) throws {
        let kode = try #require(Kode(seed.text))
        #expect(kode.raw == seed.text)
        #expect(kode.level == seed.level)
    }

    @Test("every seed code below level 0 has its parent in the same seed",
          arguments: [("000", SeedCodes.metro), ("002", SeedCodes.klambu), ("003", SeedCodes.ntt),
                      ("004", SeedCodes.pasuruan)].map { SeedList(label: $0.0, codes: $0.1) })
    func parentsAreDefined(_ seed: SeedList) throws {
        let kodes = try SeedCodes.kodes(seed.codes)
        let keys = Set(kodes.map(\.key))
        let orphans = kodes.filter { kode in kode.parentKey.map { !keys.contains($0) } ?? false }
        #expect(orphans.map(\.raw) == [])
        #expect(kodes.filter { $0.parentKey == nil }.count == seed.codes.filter { $0.1 == 0 }.count)
    }

    @Test("no two seed codes of one seed share a key",
          arguments: [("000", SeedCodes.metro), ("002", SeedCodes.klambu), ("003", SeedCodes.ntt),
                      ("004", SeedCodes.pasuruan)].map { SeedList(label: $0.0, codes: $0.1) })
    func keysAreUnique(_ seed: SeedList) throws {
        let keys = try SeedCodes.kodes(seed.codes).map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    struct SeedCode: CustomTestStringConvertible, Sendable {
        var text: String
        var level: Int
        var testDescription: String { "\(text) (level \(level))" }
    }

    struct SeedList: CustomTestStringConvertible, Sendable {
        var label: String
        var codes: [(String, Int)]
        var testDescription: String { "seed \(label)" }
    }
}
