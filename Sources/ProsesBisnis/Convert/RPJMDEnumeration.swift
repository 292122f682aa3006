/// Splitting the enumerations a workshop types into one cell of an RPJMD table:
/// `1.1 Terwujudnya ... 1.2 Meningkatnya ... 1.3 Berkembangnya ...`, `1.1.1 ... 1.1.2 ...`,
/// `1) ...`, `a. ...`, or one item per line.
///
/// A cell is split at markers of the kind its text starts with (the same number of dotted
/// levels, or `1.`/`1)`, or `a.`/`a)`), each followed by a space and a letter: `9 Tahun` or
/// `1.588 org` inside a name is never a marker, since the first item sets the kind.
///
/// ```swift
/// RPJMDEnumeration.split("1.1 Terwujudnya A 1.2 Meningkatnya B")
/// // [("1.1", "Terwujudnya A"), ("1.2", "Meningkatnya B")]
/// ```
enum RPJMDEnumeration {
    /// One item of a cell: its number as written (`1.1`, `1)`, `a.`; nil when unnumbered) and its text.
    struct Item: Hashable, Sendable {
        var number: String?
        var text: String

        /// The number without its closing `.` or `)`: `1.1`, `1`, `a`.
        var key: String? {
            number.map { String($0.reversed().drop { $0 == "." || $0 == ")" }.reversed()) }
        }
    }

    /// The kind of a marker: dotted numbers of a given depth, ordinals, letters.
    enum Kind: Hashable {
        case dotted(levels: Int)
        case ordinal
        case letter
    }

    /// The items of `text`, in order. Text with no marker is one unnumbered item (or one per
    /// line when every line starts with `Program`); an empty text gives none.
    static func split(_ text: String) -> [Item] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        guard let first = words.first else { return [] }
        guard let kind = marker(first), words.count > 1 else { return lines(text) }
        var items: [Item] = []
        var number = first
        var current: [String] = []
        for (index, word) in words.enumerated().dropFirst() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            if marker(word) == kind, let next, startsWithLetter(next), !current.isEmpty {
                items.append(Item(number: number, text: current.joined(separator: " ")))
                number = word
                current = []
            } else {
                current.append(word)
            }
        }
        items.append(Item(number: number, text: current.joined(separator: " ")))
        return items.filter { !$0.text.isEmpty }
    }

    /// A leading marker and the rest: `1.1 Terwujudnya` → (`1.1`, `Terwujudnya`).
    static func leadingNumber(_ text: String) -> (number: String?, rest: String) {
        let trimmed = TextTrimming.trimmed(text)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else {
            return marker(trimmed) == nil ? (nil, trimmed) : (trimmed, "")
        }
        let head = String(trimmed[..<space])
        guard marker(head) != nil else { return (nil, trimmed) }
        return (head, TextTrimming.trimmed(String(trimmed[space...])))
    }

    /// The kind of `word` as a marker, nil when it is none: `1.1`, `1.1.`, `1.`, `1)`, `a.`, `a)`, `I.`.
    static func marker(_ word: String) -> Kind? {
        let bytes = Array(word.utf8)
        guard let last = bytes.last, bytes.count <= 16 else { return nil }
        let closed = last == UInt8(ascii: ".") || last == UInt8(ascii: ")")
        let body = closed ? Array(bytes.dropLast()) : bytes
        guard !body.isEmpty else { return nil }
        if body.count == 1, isLetter(body[0]) { return closed ? .letter : nil }
        let groups = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(isDigit) }) else { return nil }
        if groups.count == 1 { return closed ? .ordinal : nil }
        return .dotted(levels: groups.count)
    }

    /// Lines of a cell as items when each line names a programme; otherwise the whole text.
    private static func lines(_ text: String) -> [Item] {
        let parts = text.split(whereSeparator: \.isNewline).map { TextTrimming.trimmed(String($0)) }.filter { !$0.isEmpty }
        if parts.count > 1, parts.allSatisfy({ $0.uppercased().hasPrefix("PROGRAM ") }) {
            return parts.map { Item(number: nil, text: $0) }
        }
        let single = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return single.isEmpty ? [] : [Item(number: nil, text: single)]
    }

    private static func startsWithLetter(_ word: String) -> Bool { word.first?.isLetter == true }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
