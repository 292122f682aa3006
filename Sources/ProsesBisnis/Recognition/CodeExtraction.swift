/// Splits text that holds a name and a code together, as group rows and key/value blocks
/// do: `Perencanaan Pendidikan (MTR.01)`, `MTR.01 Perencanaan`, `KECKLB.01.PENYELENGGARAAN ...`.
/// Codes are ASCII, so the scanning works on UTF-8 bytes.
enum CodeExtraction {
    /// The code and the remaining name, or nil when the text has no code-like token.
    static func split(_ text: String) -> (code: String, name: String)? {
        // Scanned in place: this runs on every key/value line and every group row.
        if let result = text.utf8.withContiguousStorageIfAvailable({ split(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { split(bytes: $0) }
    }

    private static func split(bytes: UnsafeBufferPointer<UInt8>) -> (code: String, name: String)? {
        if let open = bytes.lastIndex(of: 0x28), let close = bytes[open...].firstIndex(of: 0x29) {
            let inner = trim(bytes[(open + 1)..<close])
            if !inner.isEmpty, let length = leadingCodeLength(inner), length == inner.count {
                // The name is what stands around the brackets; nearly always only before them.
                let after = trimmedName(bytes[(close + 1)...])
                let name = after.isEmpty ? string(trimmedName(bytes[..<open]))
                    : string(trimmedName(Array(bytes[..<open]) + Array(bytes[(close + 1)...])))
                return (string(inner), name)
            }
        }
        if let length = leadingCodeLength(bytes[...]) {
            return (string(bytes[..<length]), string(trimmedName(bytes[length...])))
        }
        if let space = bytes.lastIndex(of: 0x20) {
            let last = bytes[(space + 1)...]
            if let length = leadingCodeLength(last), length == last.count {
                return (string(last), string(trimmedName(bytes[..<space])))
            }
        }
        return nil
    }

    /// The code at the start of `text`, if any.
    static func leadingCode(_ text: String) -> String? {
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> String? { leadingCodeLength(bytes).map { string(bytes[..<$0]) } }
        return text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }

    /// Length of the code at the start: an optional short upper-case prefix, then digit groups
    /// joined by `.`, `-`, `/` or `_`, where short upper-case literals (`CFM`) may sit between
    /// them. A bare number (`1`, `2.`) is a row number, not a code.
    static func leadingCodeLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Int? where Bytes.Index == Int {
        var index = bytes.startIndex
        var end = index
        var digitGroups = 0
        var hasLetters = false
        var hasSeparator = false
        while true {
            let start = index
            while index < bytes.endIndex, isAlphanumeric(bytes[index]) { index += 1 }
            let segment = bytes[start..<index]
            guard accepts(segment, digitGroups: digitGroups) else { break }
            if segment.contains(where: isDigit) { digitGroups += 1 }
            if segment.contains(where: isLetter) { hasLetters = true }
            end = index
            guard index + 1 < bytes.endIndex, isJoint(bytes[index]),
                  isAlphanumeric(bytes[index + 1]) else { break }
            hasSeparator = true
            index += 1
        }
        guard digitGroups > 0, hasLetters || hasSeparator else { return nil }
        return end - bytes.startIndex
    }

    private static func accepts<Bytes: RandomAccessCollection<UInt8>>(_ segment: Bytes, digitGroups: Int) -> Bool {
        guard !segment.isEmpty else { return false }
        if segment.allSatisfy(isDigit) { return segment.count <= 4 }
        let letters = segment.prefix(while: isLetter)
        let rest = segment.dropFirst(letters.count)
        guard letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        if !rest.isEmpty { return digitGroups == 0 && letters.count <= 10 && rest.allSatisfy(isDigit) && rest.count <= 4 }
        return digitGroups == 0 ? letters.count <= 10 : letters.count <= 4
    }

    /// `.`, `-`, `/`, `_`: what joins the groups of a code.
    private static func isJoint(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2D || byte == 0x2F || byte == 0x5F }
    /// Spaces, line breaks and the separators that join a name to its code.
    private static func isNameJunk(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2D || byte == 0x3A || byte == 0x2E || byte == 0x2C
    }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    private static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func trim<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
        var slice = bytes[...]
        while let first = slice.first, first == 0x20 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 { slice = slice.dropLast() }
        return slice
    }

    /// The name left over, without the separators that joined it to the code.
    private static func trimmedName<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
        var slice = bytes[...]
        while let first = slice.first, isNameJunk(first) { slice = slice.dropFirst() }
        while let last = slice.last, isNameJunk(last) { slice = slice.dropLast() }
        return slice
    }
}
