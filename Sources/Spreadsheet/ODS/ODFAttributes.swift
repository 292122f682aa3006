/// Walks the attributes of one tag in a single pass, handing out each one's prefix, local name
/// and raw value as byte ranges. An ODS cell carries several attributes the reader needs; one
/// pass over them is cheaper than a lookup per name (`XMLScanner.attribute` rescans the tag).
struct ODFAttributes {
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

/// Byte-level helpers shared by the ODS parsers.
enum ODFBytes {
    /// Whether `range` holds exactly the ASCII bytes of `literal`.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        for index in 0..<range.count where bytes[range.lowerBound + index] != expected[index] { return false }
        return true
    }

    /// A repeat or span count: a positive decimal integer, saturated at `cap` so that a count of
    /// 2^31 or a hundred digits neither overflows nor traps. Anything else counts as 1, as
    /// LibreOffice reads it.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cap: Int = 1 << 40) -> Int {
        var value = 0
        var digits = 0
        for index in range {
            let byte = bytes[index]
            if XMLScanner.isSpace(byte), digits == 0 { continue }
            guard byte >= 48, byte <= 57 else { break }
            value = min(value * 10 + Int(byte - 48), cap)
            digits += 1
        }
        return digits > 0 && value > 0 ? value : 1
    }

    /// The decoded text of an attribute value: entities and character references resolved, and
    /// no OOXML `_xHHHH_` escapes (ODF has none).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch: inout [UInt8]) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        XMLText.appendDecoded(bytes, range, to: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The namespace prefix of a tag (`draw` in `<draw:frame>`), empty when it has none.
    static func prefix(of tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard tag.nameStart > 0, bytes[tag.nameStart - 1] == UInt8(ascii: ":") else { return tag.nameStart..<tag.nameStart }
        var start = tag.nameStart - 1
        while start > 0, bytes[start - 1] != UInt8(ascii: "<"), bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        return start..<(tag.nameStart - 1)
    }
}
