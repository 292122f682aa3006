/// How a CSV file is written: its delimiter, and whether a `sep=` line announced it.
public struct CSVDialect: Sendable, Equatable {
    public var delimiter: UInt8
    /// True when the first line was Excel's `sep=;` hint, which is not a record.
    public var hasSeparatorLine: Bool

    /// In order of preference on ties: `;` (Indonesian-locale Excel), tab (rarely inside text),
    /// then `,` (often inside text).
    public static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]

    /// Finds the dialect of `text`: a `sep=X` first line wins; else the candidate delimiter
    /// that splits the first lines most consistently (the same count on most lines), ties going
    /// to the earlier candidate.
    public static func sniff(_ text: String) -> CSVDialect {
        let bytes = Array(text.utf8.prefix(64 * 1024))
        if let delimiter = separatorLine(bytes) { return CSVDialect(delimiter: delimiter, hasSeparatorLine: true) }
        let lines = lineCounts(bytes, maxLines: 50)
        var best = CSVDialect(delimiter: UInt8(ascii: ";"), hasSeparatorLine: false)
        var bestScore = (0, 0)
        for candidate in candidates {
            let counts = lines.map { $0[candidate, default: 0] }.filter { $0 > 0 }
            guard let mode = mostCommon(counts) else { continue }
            let score = (counts.filter { $0 == mode }.count, mode)
            if score > bestScore {
                bestScore = score
                best.delimiter = candidate
            }
        }
        return best
    }

    private static func separatorLine(_ bytes: [UInt8]) -> UInt8? {
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }.filter { $0 != UInt8(ascii: "\"") }
        let prefix = Array("sep=".utf8)
        guard line.count == 5, Array(line.prefix(4)).map({ $0 | 0x20 }) == prefix else { return nil }
        return line[4]
    }

    /// Per line, how often each candidate appears outside quotes.
    private static func lineCounts(_ bytes: [UInt8], maxLines: Int) -> [[UInt8: Int]] {
        var result: [[UInt8: Int]] = []
        var current: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            else if !inQuotes, byte == 0x0A || byte == 0x0D {
                if !current.isEmpty { result.append(current) }
                current = [:]
                if result.count == maxLines { break }
            } else if !inQuotes, candidates.contains(byte) {
                current[byte, default: 0] += 1
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func mostCommon(_ values: [Int]) -> Int? {
        var tally: [Int: Int] = [:]
        for value in values { tally[value, default: 0] += 1 }
        return tally.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
