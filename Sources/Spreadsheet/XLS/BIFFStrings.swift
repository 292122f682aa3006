import Foundation

/// Reads a record's payload and the CONTINUE records after it as one sequence of bytes, the way
/// BIFF8 strings are stored: when characters run on into the next CONTINUE, that record starts
/// with a new option byte saying whether the rest is 8-bit (compressed) or UTF-16.
struct ContinuedReader {
    let raw: UnsafeRawBufferPointer
    private let segments: [Range<Int>]
    private var segment = 0
    private var position: Int
    /// Reused for the characters of each string: avoids an allocation per string.
    private var units: [UInt16] = []

    init(_ raw: UnsafeRawBufferPointer, segments: [Range<Int>], skipping: Int = 0) {
        self.raw = raw
        self.segments = segments.filter { !$0.isEmpty }
        position = (self.segments.first?.lowerBound ?? 0) + skipping
    }

    /// Moves to the next segment when the current one is used up; false at the very end.
    private mutating func settle() -> Bool {
        while segment < segments.count, position >= segments[segment].upperBound {
            segment += 1
            guard segment < segments.count else { return false }
            position = segments[segment].lowerBound
        }
        return segment < segments.count
    }

    var isAtEnd: Bool { mutating get { !settle() } }

    mutating func u8() -> UInt8? {
        guard settle() else { return nil }
        defer { position += 1 }
        return raw[position]
    }

    mutating func u16() -> UInt16? {
        guard let low = u8(), let high = u8() else { return nil }
        return UInt16(low) | UInt16(high) << 8
    }

    mutating func u32() -> UInt32? {
        guard let low = u16(), let high = u16() else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// Skips `count` bytes across segments (rich-text runs, phonetic data).
    mutating func skip(_ count: Int) -> Bool {
        var remaining = count
        while remaining > 0 {
            guard settle() else { return false }
            let step = min(remaining, segments[segment].upperBound - position)
            position += step
            remaining -= step
        }
        return true
    }

    /// `count` characters, 8-bit (Latin-1, the high byte left out) or UTF-16 as `wide` says,
    /// switching width whenever a CONTINUE boundary brings a new option byte.
    mutating func characters(_ count: Int, wide initialWide: Bool) -> String? {
        units.removeAll(keepingCapacity: true)
        var wide = initialWide
        var remaining = count
        while remaining > 0 {
            guard segment < segments.count else { return nil }
            if position >= segments[segment].upperBound {
                guard settle(), let flags = u8() else { return nil }
                wide = flags & 0x01 != 0
            }
            let width = wide ? 2 : 1
            let take = min(remaining, (segments[segment].upperBound - position) / width)
            guard take > 0 else { return nil }
            for index in 0..<take {
                let at = position + index * width
                units.append(wide ? UInt16(raw[at]) | UInt16(raw[at + 1]) << 8 : UInt16(raw[at]))
            }
            position += take * width
            remaining -= take
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// An XLUnicodeString or XLUnicodeRichExtendedString: a 16-bit count, option flags, optional
    /// run and phonetic sizes, the characters, then the runs and phonetic data, skipped.
    mutating func unicodeString() -> String? {
        guard let count = u16(), let flags = u8() else { return nil }
        var runs = 0
        var phonetic = 0
        if flags & 0x08 != 0 { guard let value = u16() else { return nil }; runs = Int(value) }
        if flags & 0x04 != 0 { guard let value = u32() else { return nil }; phonetic = Int(value) }
        guard let text = characters(Int(count), wide: flags & 0x01 != 0),
              skip(runs * 4), skip(phonetic) else { return nil }
        return text
    }
}

/// 8-bit text of BIFF5 files, in the workbook's code page.
enum CodePage {
    static func decode(_ bytes: UnsafeRawBufferPointer, codePage: UInt16) -> String {
        let encoding: String.Encoding = switch codePage {
        case 1250: .windowsCP1250
        case 1251: .windowsCP1251
        case 1253: .windowsCP1253
        case 1254: .windowsCP1254
        case 10000, 0x8000: .macOSRoman
        case 367, 20127: .ascii
        case 65001: .utf8
        default: .windowsCP1252
        }
        return String(bytes: bytes, encoding: encoding)
            ?? String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }
}
