/// The one text normaliser of the domain: headers, JENIS PROSES terms, unit and OPD names are
/// compared through it.
enum TextNormalising {
    /// Upper case, punctuation to spaces (keeping letters and digits), spaces collapsed:
    /// `"Kode\nSub-Proses :"` → `"KODE SUB PROSES"`. Runs for every cell while looking for
    /// headers, so ASCII text (nearly all of it) takes a byte-level path.
    static func normalise(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return normaliseUnicode(text) }
            let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
            if (upper >= 65 && upper <= 90) || (upper >= 48 && upper <= 57) {
                if pendingSpace, !output.isEmpty { output.append(32) }
                pendingSpace = false
                output.append(upper)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `body` applied to the first `limit` bytes of `normalise(text)` (all of it when
    /// shorter), without normalising the rest: enough to test a prefix of a long cell. ASCII
    /// text is normalised into a buffer on the stack, nothing allocated.
    static func withNormalisedPrefix<Result>(
        _ text: Substring, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(limit, 1)) { buffer in
            var count = 0
            let isASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
                forEachASCIIByte(normalising: bytes) { byte in
                    guard count < limit else { return false }
                    buffer[count] = byte
                    count += 1
                    return true
                }
            }
            if isASCII == true { return body(UnsafeBufferPointer(rebasing: buffer[..<count])) }
            return Array(normalise(String(text)).utf8.prefix(limit)).withUnsafeBufferPointer(body)
        }
    }

    private static func normaliseUnicode(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.uppercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

}

extension TextNormalising {
    /// Hands `body` the bytes of `normalise(text)` one at a time, without building the string,
    /// while `body` returns true. Returns false, having stopped, at the first non-ASCII byte:
    /// such text needs `normalise` (Unicode's upper case and letters).
    @inline(__always)
    static func forEachASCIIByte(normalising bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Bool) -> Bool {
        var pendingSpace = false
        var started = false
        for byte in bytes {
            guard byte < 0x80 else { return false }
            let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
            guard (upper >= 65 && upper <= 90) || (upper >= 48 && upper <= 57) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, started, !body(32) { return true }
            pendingSpace = false
            started = true
            if !body(upper) { return true }
        }
        return true
    }
}
