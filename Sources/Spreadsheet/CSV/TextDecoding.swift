/// Turns the bytes of a text file into a String the way a user's spreadsheet program would:
/// a BOM wins; else UTF-8 when the bytes are valid UTF-8; else Windows-1252, which is what
/// Indonesian-locale Excel writes for "CSV (Comma delimited)".
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8, utf8BOM = "utf8-bom", utf16LE = "utf16le", utf16BE = "utf16be", windows1252
    }

    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
        if let endianness = unmarkedUTF16(bytes) {
            return (utf16(bytes[...], littleEndian: endianness), endianness ? .utf16LE : .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without a BOM shows as ASCII text with every other byte zero; returns true for
    /// little-endian, false for big-endian, nil when the bytes do not look like UTF-16.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var zerosAtOdd = 0
        var zerosAtEven = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 1 { zerosAtOdd += 1 } else { zerosAtEven += 1 }
        }
        let half = sample.count / 2
        if zerosAtOdd > half * 3 / 4, zerosAtEven == 0 { return true }
        if zerosAtEven > half * 3 / 4, zerosAtOdd == 0 { return false }
        return nil
    }

    /// The 32 characters in which Windows-1252 differs from Latin-1 (0x80–0x9F).
    private static let highControls: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(highControls[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
