/// Parses the numbers of `<v>` elements straight from bytes.
enum NumberParsing {
    /// Exact powers of ten as doubles: every value up to 1e22 is representable.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The double written in `range`, or nil when it is not a number.
    ///
    /// Plain decimals with at most 15 digits take a fast path that is still correctly rounded:
    /// an integer mantissa below 2^53 divided by an exact power of ten rounds once (Clinger's
    /// fast path). Everything else goes through the standard library's parser.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var cursor = range.lowerBound
        let end = range.upperBound
        guard cursor < end else { return nil }
        let negative = bytes[cursor] == UInt8(ascii: "-")
        if negative { cursor += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while cursor < end {
            let byte = bytes[cursor]
            if byte >= 48, byte <= 57 {
                mantissa = mantissa &* 10 &+ UInt64(byte - 48)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return slowDouble(bytes, range)
            }
            cursor += 1
        }
        guard digits > 0 else { return nil }
        guard digits <= 15 else { return slowDouble(bytes, range) }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

import Foundation
