/// Bounds-checked little-endian reads from raw bytes: every read that could run past the end
/// returns nil instead of trapping, so a truncated file becomes an error, not a crash.
extension UnsafeRawBufferPointer {
    func uint16LE(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= count - 2 else { return nil }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32LE(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= count - 4 else { return nil }
        var value: UInt32 = 0
        for index in (0..<4).reversed() { value = value << 8 | UInt32(self[offset + index]) }
        return value
    }

    func uint64LE(at offset: Int) -> UInt64? {
        guard let low = uint32LE(at: offset), let high = uint32LE(at: offset + 4) else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }

    /// True when the bytes at `offset` equal `prefix`.
    func hasBytes(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset <= count - prefix.count else { return false }
        for (index, byte) in prefix.enumerated() where self[offset + index] != byte { return false }
        return true
    }
}
