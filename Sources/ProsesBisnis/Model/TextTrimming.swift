import Foundation

/// Trimming as every layer needs it: cell texts, codes, command-line values.
enum TextTrimming {
    /// Surrounding whitespace removed. Most cells have none, which a look at each end shows
    /// without Foundation's general path (it bridges to NSString): plain ASCII ends, or ends
    /// that are no whitespace at all (marks such as `√` end many cells).
    static func trimmed(_ text: String) -> String {
        // The bytes at both ends first: ASCII other than whitespace needs no scalar decoded.
        let ends = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.isEmpty ? nil : (bytes[0], bytes[bytes.count - 1]) }
        if let ends, let (firstByte, lastByte) = ends, isPlainASCII(firstByte), isPlainASCII(lastByte) { return text }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !whitespace.contains(first), !whitespace.contains(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// ASCII other than space, tab, line feed and carriage return. (Vertical tab and form feed
    /// on a plain cell's other end have always been kept: trimming is byte-identical to before.)
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09
    }
}
