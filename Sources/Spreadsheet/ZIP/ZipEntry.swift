/// One member of a ZIP archive, as its central directory describes it.
struct ZipEntry: Sendable {
    /// The name as stored, with `/` separators.
    var name: String
    var method: Int
    var flags: Int
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
    var isDirectory: Bool { name.hasSuffix("/") }
}
