/// Collects the text of a cell's paragraphs (`<text:p>`, `<text:h>`) as ODF 1.2 §6.1 defines
/// it: paragraphs joined by `\n`; character data of descendants included (`text:span`,
/// `text:a`, fields), but not of notes, ruby text, annotations or drawing shapes; `<text:s
/// text:c="n"/>` is n spaces, `<text:tab/>` a tab, `<text:line-break/>` a line feed. Literal
/// white space is collapsed (§6.1.2): tab, CR and LF count as spaces, a run of them is one
/// space, and white space at the start of a paragraph is dropped. A run at the end is kept as
/// one space, as LibreOffice reads it: it writes a cell's single trailing space literally
/// (`<text:p>after </text:p>`) and every other significant space as `text:s`.
struct ParagraphText {
    /// The cell's text so far, as UTF-8.
    private(set) var bytes: [UInt8] = []
    private var paragraphs = 0
    /// A collapsed run of white space not yet written: written as one space if text follows.
    private var pendingSpace = false
    private var paragraphHasText = false
    /// Scratch for decoding one run of character data: reused, avoids an allocation per run.
    private var decoded: [UInt8] = []

    /// A cell never holds more than Excel's 32,767 characters; `text:s` counts beyond it are cut.
    static let maxCellBytes = 32_767 * 4

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        paragraphs = 0
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Reads one paragraph; the scanner is just past its open tag and is left past its close
    /// tag. `spaces` is the workbook's budget for `text:s` counts.
    mutating func readParagraph(_ scanner: inout XMLScanner, spaces: inout ExpansionBudget) throws {
        startParagraph()
        var depth = 1
        while true {
            try appendText(&scanner)
            guard let tag = try scanner.nextTag() else { return }
            switch tag.kind {
            case .close:
                depth -= 1
                if depth == 0 {
                    flushPendingSpace()
                    return
                }
            case .selfClosing:
                try appendEmptyElement(tag, scanner, &spaces)
            case .open:
                if Self.isExcluded(tag, scanner.bytes) {
                    try scanner.skipElement(tag)
                } else {
                    try appendEmptyElement(tag, scanner, &spaces)
                    depth += 1
                }
            }
        }
    }

    /// An empty paragraph (`<text:p/>`) still separates lines.
    mutating func addEmptyParagraph() {
        startParagraph()
    }

    private mutating func startParagraph() {
        if paragraphs > 0 { bytes.append(0x0A) }
        paragraphs += 1
        pendingSpace = false
        paragraphHasText = false
    }

    private mutating func appendEmptyElement(_ tag: XMLScanner.Tag, _ scanner: XMLScanner, _ spaces: inout ExpansionBudget) throws {
        let name = tag.nameStart..<tag.nameEnd
        let bytes = scanner.bytes
        if ODFBytes.equals(bytes, name, "s") {
            var count = 1
            var attributes = XMLAttributes(tag, bytes)
            while let attribute = attributes.next() {
                if ODFBytes.equals(bytes, attribute.name, "c") { count = ODFBytes.count(bytes, attribute.value) }
            }
            count = min(count, max(0, Self.maxCellBytes - self.bytes.count))
            try spaces.spend(count - 1)
            appendLiteral(0x20, count: count)
        } else if ODFBytes.equals(bytes, name, "tab") {
            appendLiteral(0x09, count: 1)
        } else if ODFBytes.equals(bytes, name, "line-break") {
            appendLiteral(0x0A, count: 1)
        }
    }

    private mutating func appendLiteral(_ byte: UInt8, count: Int) {
        flushPendingSpace()
        bytes.append(contentsOf: repeatElement(byte, count: count))
        paragraphHasText = true
    }

    private mutating func flushPendingSpace() {
        if pendingSpace, paragraphHasText { bytes.append(0x20) }
        pendingSpace = false
    }

    /// The character data up to the next tag. Most runs hold no entity or CDATA and are
    /// collapsed straight from the content bytes, without a decoding copy.
    private mutating func appendText(_ scanner: inout XMLScanner) throws {
        decoded.removeAll(keepingCapacity: true)
        if let raw = scanner.rawText() {
            let run = UnsafeBufferPointer(rebasing: scanner.bytes[raw])
            guard run.contains(UInt8(ascii: "&")) else { return appendCollapsing(run) }
            XMLText.appendDecoded(scanner.bytes, raw, to: &decoded)
        } else {
            try scanner.collectText(into: &decoded)
        }
        decoded.withUnsafeBufferPointer { appendCollapsing($0) }
    }

    private mutating func appendCollapsing(_ run: UnsafeBufferPointer<UInt8>) {
        for byte in run {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
            } else {
                flushPendingSpace()
                bytes.append(byte)
                paragraphHasText = true
            }
        }
    }

    /// Elements whose text is not part of the paragraph's (ODF 1.2 §6.1.1): notes, ruby text,
    /// annotations and drawing shapes (any element in the `draw` or `dr3d` namespace).
    private static func isExcluded(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = tag.nameStart..<tag.nameEnd
        if ODFBytes.equals(bytes, name, "annotation") || ODFBytes.equals(bytes, name, "note")
            || ODFBytes.equals(bytes, name, "ruby-text") { return true }
        let prefix = ODFBytes.prefix(of: tag, bytes)
        return ODFBytes.equals(bytes, prefix, "draw") || ODFBytes.equals(bytes, prefix, "dr3d")
    }
}

/// How many items the counts written in a file may still create: ODS compresses repetition
/// into a count (`number-columns-repeated="1000"`, `<text:s text:c="1000"/>`), so a few bytes
/// can ask for billions. Every expansion beyond the first item is paid from here.
struct ExpansionBudget {
    enum Kind: Sendable { case cells, spaces }

    struct Exhausted: Error {
        var kind: Kind
        var limit: Int
    }

    let kind: Kind
    let limit: Int
    private(set) var remaining: Int

    init(_ kind: Kind, limit: Int) {
        self.kind = kind
        self.limit = limit
        remaining = limit
    }

    mutating func spend(_ count: Int) throws(Exhausted) {
        guard count > 0 else { return }
        guard count <= remaining else { throw Exhausted(kind: kind, limit: limit) }
        remaining -= count
    }
}
