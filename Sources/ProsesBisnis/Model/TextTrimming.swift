import Foundation

/// Trimming as every layer needs it: cell texts, codes, command-line values.
enum TextTrimming {
    /// Surrounding whitespace removed. Most cells have none, which one look at each end shows
    /// without Foundation's slower general path.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if !isSpaceOrNonASCII(first), !isSpaceOrNonASCII(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isSpaceOrNonASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte >= 0x80
    }
}
