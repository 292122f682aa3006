import Foundation

/// A minimal pull scanner over XML bytes: it finds tags and their attributes and hands out raw
/// text ranges, nothing more. The XLSX parts we read are machine-written and need no validation,
/// so this stays small and fast; DTDs are refused outright (no entity expansion, no bombs).
///
/// The scanner does not own the bytes: callers keep the buffer alive while it is in use.
struct XMLScanner {
    enum TagKind { case open, close, selfClosing }

    /// A tag found in the input. Ranges are byte offsets into the buffer.
    struct Tag {
        var kind: TagKind
        /// The local name, without any namespace prefix (`x:c` gives `c`).
        var nameStart: Int
        var nameEnd: Int
        var attributesStart: Int
        var attributesEnd: Int
    }

    enum Failure: Error {
        case dtd
        case malformed(offset: Int, reason: String)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next tag after the current position, skipping text, comments, processing
    /// instructions and CDATA; nil at the end of input.
    mutating func nextTag() throws(Failure) -> Tag? {
        while let open = offset(of: UInt8(ascii: "<"), from: position) {
            position = open + 1
            guard position < bytes.count else { throw .malformed(offset: open, reason: "<") }
            switch bytes[position] {
            case UInt8(ascii: "?"): try skip(past: Self.processingInstructionEnd)
            case UInt8(ascii: "!"): try skipDeclaration(at: open)
            case UInt8(ascii: "/"):
                position += 1
                return try readTag(kind: .close, start: open)
            default:
                return try readTag(kind: .open, start: open)
            }
        }
        position = bytes.count
        return nil
    }

    /// Whether the tag's local name equals `name` (ASCII bytes).
    @inline(__always)
    func tag(_ tag: Tag, is name: StaticString) -> Bool {
        let length = tag.nameEnd - tag.nameStart
        guard length == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<length where bytes[tag.nameStart + index] != expected[index] { return false }
        return true
    }

    /// The raw value range of the attribute with this local name, if present.
    func attribute(_ name: StaticString, in tag: Tag) -> Range<Int>? {
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            if matches(name, attribute.name) { return attribute.value }
        }
        return nil
    }

    /// The raw text from the current position up to the next `<`. Text containing CDATA
    /// sections returns nil, and the caller falls back to `collectText`.
    mutating func rawText() -> Range<Int>? {
        let start = position
        let end = offset(of: UInt8(ascii: "<"), from: start) ?? bytes.count
        if Self.startsCDATA(bytes, at: end) { return nil }
        position = end
        return start..<end
    }

    /// Decoded text up to the close tag of the current element, CDATA included, for the rare
    /// element whose text is split. Appends to `output`.
    mutating func collectText(into output: inout [UInt8]) throws(Failure) {
        while true {
            let end = offset(of: UInt8(ascii: "<"), from: position) ?? bytes.count
            XMLText.appendDecoded(bytes, position..<end, to: &output)
            position = end
            guard Self.startsCDATA(bytes, at: end) else { return }
            let contentStart = end + 9
            guard let close = find(Self.cdataEnd, from: contentStart) else {
                throw .malformed(offset: end, reason: "CDATA")
            }
            output.append(contentsOf: bytes[contentStart..<close])
            position = close + 3
        }
    }

    /// Advances past `literal` when the input continues with exactly it: a fast path for the
    /// fixed markup that surrounds cell values (`<v>`, `</v></c>`).
    @inline(__always)
    mutating func consume(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard position + length <= bytes.count else { return false }
        let expected = literal.utf8Start
        for index in 0..<length where bytes[position + index] != expected[index] { return false }
        position += length
        return true
    }

    /// Skips everything up to and including the close tag matching an open tag just read.
    mutating func skipElement(_ tag: Tag) throws(Failure) {
        guard tag.kind == .open else { return }
        var depth = 1
        while depth > 0, let inner = try nextTag() {
            switch inner.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .selfClosing: break
            }
        }
    }

    // MARK: - Internals

    private mutating func readTag(kind: TagKind, start: Int) throws(Failure) -> Tag {
        var cursor = position
        var localStart = cursor
        while cursor < bytes.count, !Self.endsName(bytes[cursor]) {
            if bytes[cursor] == UInt8(ascii: ":") { localStart = cursor + 1 }
            cursor += 1
        }
        let nameEnd = cursor
        guard nameEnd > position else { throw .malformed(offset: start, reason: "tag") }
        let attributesStart = cursor
        var quote: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: ">") {
                break
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            }
            cursor += 1
        }
        guard cursor < bytes.count else { throw .malformed(offset: start, reason: ">") }
        position = cursor + 1
        let selfClosing = kind == .open && cursor > attributesStart && bytes[cursor - 1] == UInt8(ascii: "/")
        return Tag(kind: selfClosing ? .selfClosing : kind, nameStart: localStart, nameEnd: nameEnd,
                   attributesStart: attributesStart, attributesEnd: selfClosing ? cursor - 1 : cursor)
    }

    private mutating func skipDeclaration(at open: Int) throws(Failure) {
        if hasPrefix(Self.commentStart, at: open) {
            guard let end = find(Self.commentEnd, from: open + 4) else { throw .malformed(offset: open, reason: "<!--") }
            position = end + 3
        } else if Self.startsCDATA(bytes, at: open) {
            guard let end = find(Self.cdataEnd, from: open + 9) else { throw .malformed(offset: open, reason: "CDATA") }
            position = end + 3
        } else {
            // <!DOCTYPE, <!ENTITY, <!ELEMENT ...: never needed by OOXML, the vector of entity bombs.
            throw .dtd
        }
    }

    private mutating func skip(past terminator: [UInt8]) throws(Failure) {
        guard let end = find(terminator, from: position) else { throw .malformed(offset: position, reason: "?>") }
        position = end + terminator.count
    }

    @inline(__always)
    private func offset(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var cursor = start
        while let candidate = offset(of: needle[0], from: cursor) {
            if hasPrefix(needle, at: candidate) { return candidate }
            cursor = candidate + 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for index in 0..<prefix.count where bytes[offset + index] != prefix[index] { return false }
        return true
    }

    private func matches(_ name: StaticString, _ range: Range<Int>) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<range.count where bytes[range.lowerBound + index] != expected[index] { return false }
        return true
    }

    private static func startsCDATA(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + 9 <= bytes.count else { return false }
        for (index, byte) in cdataStart.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    @inline(__always)
    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || isSpace(byte)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static let processingInstructionEnd = Array("?>".utf8)
    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
}
