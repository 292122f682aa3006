/// Walks the attributes of one tag in a single pass, handing out each one's prefix, local name
/// and raw value as byte ranges: `XMLScanner.attribute` looks one up by name with it, and a
/// reader that needs several of a tag's attributes (an ODS cell) takes them in one pass.
struct XMLAttributes {
    struct Attribute {
        /// The namespace prefix without the colon (`office` in `office:value`); empty if none.
        var prefix: Range<Int>
        var name: Range<Int>
        /// The raw value between the quotes, entities not decoded.
        var value: Range<Int>
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var cursor: Int
    private let end: Int

    init(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.cursor = tag.attributesStart
        self.end = tag.attributesEnd
    }

    mutating func next() -> Attribute? {
        while cursor < end, XMLScanner.isSpace(bytes[cursor]) { cursor += 1 }
        let nameStart = cursor
        var localStart = cursor
        while cursor < end, bytes[cursor] != UInt8(ascii: "="), !XMLScanner.isSpace(bytes[cursor]) {
            if bytes[cursor] == UInt8(ascii: ":") { localStart = cursor + 1 }
            cursor += 1
        }
        let localEnd = cursor
        while cursor < end, bytes[cursor] != UInt8(ascii: "\""), bytes[cursor] != UInt8(ascii: "'") { cursor += 1 }
        guard cursor < end, nameStart < localEnd else { return nil }
        let quote = bytes[cursor]
        let valueStart = cursor + 1
        cursor = valueStart
        while cursor < end, bytes[cursor] != quote { cursor += 1 }
        let value = valueStart..<min(cursor, end)
        cursor += 1
        let prefixEnd = localStart > nameStart ? localStart - 1 : nameStart
        return Attribute(prefix: nameStart..<prefixEnd, name: localStart..<localEnd, value: value)
    }
}
