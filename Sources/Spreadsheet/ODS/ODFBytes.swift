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
