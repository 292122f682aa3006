import Foundation
import Testing
@testable import ProsesBisnis

/// What a report puts aside for its end comes back whole and in order, from memory or from
/// its temporary file, and no file is left behind.
@Suite(.serialized)
struct SpoolTests {
    private func spoolFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("probis-spool-") }
    }

    @Test(arguments: [1 << 20, 1_000, 7])
    func bytesComeBackInOrder(memoryLimit: Int) throws {
        let spool = Spool(memoryLimit: memoryLimit)
        var expected: [UInt8] = []
        for index in 0..<2_000 {
            let piece = Array("region \(index) — ✓\n".utf8)
            try spool.append(piece)
            expected += piece
        }
        // The file is unlinked as soon as it is made: nothing to find even while in use.
        #expect(try spoolFiles().isEmpty)
        var drained: [UInt8] = [], pieces = 0
        try spool.drain { drained += $0; pieces += 1 }
        #expect(drained == expected)
        #expect(memoryLimit > expected.count ? pieces == 1 : pieces > 1)
        var again: [UInt8] = []
        try spool.drain { again += $0 }
        #expect(again.isEmpty)
        try spool.append(Array("next".utf8))
        try spool.drain { again += $0 }
        #expect(again == Array("next".utf8))
    }
}
