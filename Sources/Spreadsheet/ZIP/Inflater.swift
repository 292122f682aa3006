import CDeflate
import CZlib

/// Inflates ZIP members, enforcing the read limits while doing so: the declared size is never
/// trusted, the output buffer is never allowed to grow past it.
///
/// libdeflate inflates a whole member in one call, two to three times faster than zlib; a
/// member it does not inflate to exactly its declared size is inflated again with zlib, whose
/// stream states tell a truncated file, a lying size (a bomb) and corrupt data apart.
struct Inflater {
    let archive: ZipArchive
    let limits: ReadLimits
    /// Inflated bytes handed out so far, for the per-file total limit.
    private(set) var totalInflated = 0
    /// Made on the first compressed member and reused for the file's others.
    private var decompressor: DeflateDecompressor?

    init(archive: ZipArchive, limits: ReadLimits) {
        self.archive = archive
        self.limits = limits
    }

    /// Inflates a part into `buffer`, checked against its CRC and the limits.
    mutating func inflate(_ entry: ZipEntry, into buffer: ByteBuffer) throws {
        let file = archive.file
        guard !entry.isEncrypted else { throw SpreadsheetError.encryptedOrLegacy(file: file) }
        try checkDeclaredSize(of: entry)
        let output = buffer.reserve(entry.uncompressedSize)
        switch entry.method {
        case 0:
            try archive.withCompressedBytes(of: entry) { compressed in
                guard compressed.count == entry.uncompressedSize else { throw SpreadsheetError.truncated(file: file) }
                _ = output.initialize(fromContentsOf: compressed)
            }
        case 8:
            if decompressor == nil { decompressor = DeflateDecompressor() }
            let fast = decompressor!
            try archive.withCompressedBytes(of: entry) { compressed in
                guard !fast.inflate(compressed, into: UnsafeMutableBufferPointer(rebasing: output[..<entry.uncompressedSize])) else { return }
                try inflate(compressed, into: output, entry: entry)
            }
        default:
            throw SpreadsheetError.unsupportedCompression(file: file, part: entry.name, method: entry.method)
        }
        buffer.count = entry.uncompressedSize
        guard Self.crc32(buffer.bytes) == entry.crc32 else {
            throw SpreadsheetError.corruptPart(file: file, part: entry.name, reason: "CRC32")
        }
        totalInflated += entry.uncompressedSize
    }

    private func checkDeclaredSize(of entry: ZipEntry) throws {
        let file = archive.file
        let size = entry.uncompressedSize
        if size > limits.maxPartBytes || totalInflated + size > limits.maxTotalInflatedBytes {
            throw SpreadsheetError.zipBomb(file: file, part: entry.name, reason: "\(size) B")
        }
        if size > limits.ratioCheckFloor, size / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw SpreadsheetError.zipBomb(
                file: file, part: entry.name, reason: "\(size / max(entry.compressedSize, 1)):1")
        }
    }

    private func inflate(
        _ compressed: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>, entry: ZipEntry
    ) throws {
        let file = archive.file
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw SpreadsheetError.corruptPart(file: file, part: entry.name, reason: "zlib")
        }
        defer { inflateEnd(&stream) }
        let capacity = entry.uncompressedSize
        stream.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(compressed.count)
        stream.next_out = output.baseAddress
        stream.avail_out = UInt32(capacity)
        let status = CZlib.inflate(&stream, Z_FINISH)
        let produced = capacity - Int(stream.avail_out)
        if produced == capacity {
            if status == Z_STREAM_END { return }
            switch Self.probeBeyondDeclaredSize(&stream) {
            case .ended: return
            case .moreOutput: throw SpreadsheetError.zipBomb(file: file, part: entry.name, reason: "> \(capacity) B")
            case .needsInput: throw SpreadsheetError.truncated(file: file)
            }
        }
        switch status {
        case Z_BUF_ERROR: throw SpreadsheetError.truncated(file: file)
        case Z_STREAM_END: throw SpreadsheetError.corruptPart(file: file, part: entry.name, reason: "size")
        default: throw SpreadsheetError.corruptPart(file: file, part: entry.name, reason: "deflate \(status)")
        }
    }

    private enum Probe { case ended, moreOutput, needsInput }

    /// After the declared size is filled, whether the stream still has output to give: a member
    /// that lies about its size is treated as a bomb.
    private static func probeBeyondDeclaredSize(_ stream: inout z_stream) -> Probe {
        var probe: UInt8 = 0
        return withUnsafeMutablePointer(to: &probe) { pointer in
            stream.next_out = pointer
            stream.avail_out = 1
            let status = CZlib.inflate(&stream, Z_FINISH)
            if stream.avail_out == 0 { return .moreOutput }
            return status == Z_STREAM_END ? .ended : .needsInput
        }
    }

    static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        libdeflate_crc32(0, bytes.baseAddress, bytes.count)
    }
}

/// libdeflate's decompressor (its tables, about 32 KB), freed with its owner.
private final class DeflateDecompressor {
    private let pointer: OpaquePointer?

    init() { pointer = libdeflate_alloc_decompressor() }

    deinit { if let pointer { libdeflate_free_decompressor(pointer) } }

    /// Whether `compressed` inflated to exactly `output.count` bytes; false for anything else
    /// (no memory for the tables, bad data, a stream shorter or longer than declared).
    func inflate(_ compressed: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard let pointer, let input = compressed.baseAddress, let out = output.baseAddress else { return false }
        // Without an `actual size` out-parameter, success means exactly `output.count` bytes.
        return libdeflate_deflate_decompress(pointer, input, compressed.count, out, output.count, nil) == LIBDEFLATE_SUCCESS
    }
}
