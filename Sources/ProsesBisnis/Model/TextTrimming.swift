import Foundation

/// Trimming as every layer needs it: cell texts, codes, command-line values.
enum TextTrimming {
    /// Surrounding whitespace removed. Most cells have none, which a look at each end shows
    /// without Foundation's general path (it bridges to NSString): plain ASCII ends, or ends
    /// that are no whitespace at all (marks such as `√` end many cells).
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if isPlainASCII(first), isPlainASCII(last) { return text }
        if !whitespace.contains(first), !whitespace.contains(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// ASCII other than space, tab, line feed and carriage return. (Vertical tab and form feed
    /// on a plain cell's other end have always been kept: trimming is byte-identical to before.)
    private static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar != " " && scalar != "\n" && scalar != "\r" && scalar != "\t"
    }
}
