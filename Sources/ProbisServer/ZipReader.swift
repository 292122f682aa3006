import CZlib
import Foundation

/// Reads an uploaded ZIP through its central directory, for `UploadArchive`. Unlike the XLSX
/// reader it keeps each entry's name exactly as written and its Unix mode (to refuse links),
/// and inflates members in chunks to a file, counting the bytes as they come.
struct ZipReader {
    struct Entry {
        var name: String
        var method: Int
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
        /// The Unix file type bits, when the archiver was a Unix one (0 otherwise).
        var unixType: UInt32

        var isDirectory: Bool { name.hasSuffix("/") || name.hasSuffix("\\") || unixType == 0o040000 }
        var isLink: Bool { unixType == 0o120000 }
    }

    let data: Data
    private(set) var entries: [Entry] = []

    /// Reads the central directory; at most `maxEntries` entries are accepted.
    init(url: URL, maxEntries: Int) throws(ServerError) {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { throw .notAZip }
        self.data = data
        guard data.count >= 22, data[0] == 0x50, data[1] == 0x4B else { throw .notAZip }
        var end = data.count - 22
        let lowest = max(0, end - 65_535)
        while end >= lowest, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw .notAZip }
        let count = Int(u16(end + 10))
        let offset = Int(u32(end + 16))
        guard count != 0xFFFF, offset != 0xFFFF_FFFF else { throw .damagedZip(reason: "ZIP64") }
        guard count <= maxEntries else { throw .tooManyEntries(limit: maxEntries) }
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= data.count, u32(position) == 0x0201_4B50 else { throw .damagedZip(reason: "central directory") }
            let nameLength = Int(u16(position + 28)), extra = Int(u16(position + 30)), comment = Int(u16(position + 32))
            guard position + 46 + nameLength <= data.count else { throw .damagedZip(reason: "central directory") }
            let madeBy = u16(position + 4) >> 8
            let external = u32(position + 38)
            entries.append(Entry(
                name: String(decoding: data[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                method: Int(u16(position + 10)), flags: Int(u16(position + 8)), crc32: u32(position + 16),
                compressedSize: Int(u32(position + 20)), uncompressedSize: Int(u32(position + 24)),
                localHeaderOffset: Int(u32(position + 42)),
                unixType: madeBy == 3 ? (external >> 16) & 0o170000 : 0))
            position += 46 + nameLength + extra + comment
        }
    }

    /// Inflates an entry, handing each chunk to `write`; stops with `inflatedTooLarge` as soon
    /// as more than `limit` bytes came out, whatever size the archive claimed.
    func extract(_ entry: Entry, limit: Int, write: (Data) throws -> Void) throws {
        guard entry.flags & 1 == 0 else { throw ServerError.damagedZip(reason: "\(entry.name): encrypted") }
        let header = entry.localHeaderOffset
        guard header + 30 <= data.count, u32(header) == 0x0403_4B50 else { throw ServerError.damagedZip(reason: entry.name) }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
        guard !overflow, end <= data.count else { throw ServerError.damagedZip(reason: "\(entry.name): truncated") }
        var crc = CZlib.crc32(0, nil, 0)
        try withoutActuallyEscaping(write) { write in
            let checked: (Data) throws -> Void = { chunk in
                crc = chunk.withUnsafeBytes { CZlib.crc32(crc, $0.bindMemory(to: UInt8.self).baseAddress, uInt($0.count)) }
                try write(chunk)
            }
            try extract(entry, from: start, to: end, limit: limit, write: checked)
        }
        guard UInt32(crc) == entry.crc32 else { throw ServerError.damagedZip(reason: "\(entry.name): CRC32") }
    }

    private func extract(_ entry: Entry, from start: Int, to end: Int, limit: Int, write checked: (Data) throws -> Void) throws {
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limit else { throw ServerError.inflatedTooLarge(limit: limit) }
            try checked(data[start..<end])
        case 8:
            try inflate(data[start..<end], limit: limit, name: entry.name, write: checked)
        default:
            throw ServerError.damagedZip(reason: "\(entry.name): compression method \(entry.method)")
        }
    }

    private func inflate(_ compressed: Data, limit: Int, name: String, write: (Data) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ServerError.damagedZip(reason: "zlib")
        }
        defer { inflateEnd(&stream) }
        // One 64 KiB output chunk, reused: a member is never held whole in memory.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var produced = 0
        try compressed.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: UInt8.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { output in
                    stream.next_out = output.baseAddress
                    stream.avail_out = uInt(output.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let count = chunk.count - Int(stream.avail_out)
                produced += count
                guard produced <= limit else { throw ServerError.inflatedTooLarge(limit: limit) }
                if count > 0 { try write(Data(chunk[0..<count])) }
                if status == Z_STREAM_END { return }
                guard status == Z_OK, count > 0 || stream.avail_in > 0 else {
                    throw ServerError.damagedZip(reason: "\(name): deflate \(status)")
                }
            }
        }
    }

    private func u16(_ at: Int) -> UInt16 {
        guard at + 2 <= data.count else { return 0 }
        return UInt16(data[data.startIndex + at]) | UInt16(data[data.startIndex + at + 1]) << 8
    }

    private func u32(_ at: Int) -> UInt32 {
        guard at + 4 <= data.count else { return 0 }
        return UInt32(u16(at)) | UInt32(u16(at + 2)) << 16
    }
}
