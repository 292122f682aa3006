/// Decoding of XML character data into strings: the five predefined entities, numeric
/// character references, and OOXML's `_xHHHH_` escapes (`_x000D_` is a carriage return).
enum XMLText {
    /// The decoded string of a raw byte range. The common case, text with neither `&` nor
    /// `_x`, is turned into a String directly without an intermediate copy.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard needsDecoding(slice) else { return String(decoding: slice, as: UTF8.self) }
        var scratch: [UInt8] = []
        scratch.reserveCapacity(range.count)
        appendDecoded(bytes, range, to: &scratch)
        return finish(scratch)
    }

    /// A String from bytes already entity-decoded, with `_xHHHH_` escapes resolved.
    static func finish(_ decoded: [UInt8]) -> String {
        decoded.withUnsafeBufferPointer { buffer in
            guard containsEscape(buffer) else { return String(decoding: buffer, as: UTF8.self) }
            return unescapeOOXML(String(decoding: buffer, as: UTF8.self))
        }
    }

    /// Appends the bytes of `range` with entities and character references decoded.
    static func appendDecoded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let byte = bytes[cursor]
            if byte == 0x0D {
                // XML 1.0 §2.11: a literal CR LF or lone CR is one line feed (Excel writes its
                // line breaks as CR LF); a CR written `&#13;` stays a CR.
                if cursor + 1 >= range.upperBound || bytes[cursor + 1] != 0x0A { output.append(0x0A) }
                cursor += 1
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                cursor += 1
                continue
            }
            var end = cursor + 1
            while end < range.upperBound, end - cursor < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
            if end < range.upperBound, bytes[end] == UInt8(ascii: ";"),
               let scalar = entity(UnsafeBufferPointer(rebasing: bytes[(cursor + 1)..<end])) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                cursor = end + 1
            } else {
                output.append(byte)  // a stray `&`: keep it rather than lose the user's text
                cursor += 1
            }
        }
    }

    private static func needsDecoding(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        slice.contains { $0 == UInt8(ascii: "&") || $0 == 0x0D } || containsEscape(slice)
    }

    private static func containsEscape(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard slice.count >= 7 else { return false }
        for index in 0..<(slice.count - 6) where slice[index] == UInt8(ascii: "_") && slice[index + 1] == UInt8(ascii: "x") {
            return true
        }
        return false
    }

    private static func entity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard text.hasPrefix("#") else { return nil }
        let digits = text.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X")
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }

    /// Resolves `_xHHHH_` escapes; `_x005F_` is a literal underscore, so `_x005F_x000D_` stays
    /// the text `_x000D_`. Surrogate pairs written as two escapes are joined.
    static func unescapeOOXML(_ text: String) -> String {
        var units: [UInt16] = []
        let source = Array(text.utf16)
        var index = 0
        while index < source.count {
            if let unit = escapedUnit(source, at: index) {
                units.append(unit)
                index += 7
            } else {
                units.append(source[index])
                index += 1
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func escapedUnit(_ source: [UInt16], at index: Int) -> UInt16? {
        guard index + 7 <= source.count, source[index] == 0x5F, source[index + 1] == 0x78,
              source[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for offset in 2..<6 {
            guard let digit = hexValue(source[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: unit - 0x30
        case 0x41...0x46: unit - 0x41 + 10
        case 0x61...0x66: unit - 0x61 + 10
        default: nil
        }
    }
}
