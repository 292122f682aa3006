import Foundation

/// A ZIP archive held in memory, read through its central directory.
///
/// Only what XLSX needs: stored and deflated members, ZIP64 sizes, no encryption. Every offset
/// read from the file is checked against its length, so damaged archives throw.
struct ZipArchive {
    let file: String
    let data: Data
    /// Entries by lowercased name: OPC part names are case-insensitive.
    private(set) var entries: [String: ZipEntry] = [:]

    private static let endOfCentralDirectory: UInt32 = 0x0605_4B50
    private static let zip64Locator: UInt32 = 0x0706_4B50
    private static let zip64End: UInt32 = 0x0606_4B50
    private static let centralHeader: UInt32 = 0x0201_4B50
    private static let localHeader: UInt32 = 0x0403_4B50

    init(file: String, data: Data) throws {
        self.file = file
        self.data = data
        let parsed: [ZipEntry] = try data.withUnsafeBytes { bytes in
            guard bytes.hasBytes([0x50, 0x4B], at: 0) else { throw SpreadsheetError.notAZip(file: file) }
            let directory = try Self.locateCentralDirectory(bytes, file: file)
            return try Self.readCentralDirectory(bytes, at: directory.offset, count: directory.count, file: file)
        }
        for entry in parsed where !entry.isDirectory {
            entries[Self.key(entry.name)] = entry
        }
    }

    /// The entry for a part name (with or without a leading `/`), if present.
    func entry(named name: String) -> ZipEntry? {
        entries[Self.key(name)]
    }

    private static func key(_ name: String) -> String {
        // Most names are already keys: lower-case ASCII with forward slashes, no leading one.
        if name.utf8.first != 0x2F, !name.utf8.contains(where: { $0 == 0x5C || ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) {
            return name
        }
        var normalised = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while normalised.hasPrefix("/") { normalised.removeFirst() }
        return normalised
    }

    // MARK: - Central directory

    private static func locateCentralDirectory(
        _ bytes: UnsafeRawBufferPointer, file: String
    ) throws -> (offset: Int, count: Int) {
        let minimumRecord = 22
        guard bytes.count >= minimumRecord else { throw SpreadsheetError.truncated(file: file) }
        var position = bytes.count - minimumRecord
        let lowest = max(0, position - 65_535)
        while position >= lowest, bytes.uint32LE(at: position) != endOfCentralDirectory { position -= 1 }
        guard position >= lowest,
              let count16 = bytes.uint16LE(at: position + 10),
              let offset32 = bytes.uint32LE(at: position + 16) else {
            throw SpreadsheetError.truncated(file: file)
        }
        if offset32 == 0xFFFF_FFFF || count16 == 0xFFFF {
            return try locateZip64Directory(bytes, endRecord: position, file: file)
        }
        guard Int(offset32) < bytes.count || count16 == 0 else { throw SpreadsheetError.truncated(file: file) }
        return (Int(offset32), Int(count16))
    }

    private static func locateZip64Directory(
        _ bytes: UnsafeRawBufferPointer, endRecord: Int, file: String
    ) throws -> (offset: Int, count: Int) {
        let locator = endRecord - 20
        guard bytes.uint32LE(at: locator) == zip64Locator,
              let recordOffset = bytes.uint64LE(at: locator + 8), recordOffset < UInt64(bytes.count),
              bytes.uint32LE(at: Int(recordOffset)) == zip64End,
              let count = bytes.uint64LE(at: Int(recordOffset) + 32),
              let offset = bytes.uint64LE(at: Int(recordOffset) + 48),
              offset < UInt64(bytes.count), count < UInt64(bytes.count) else {
            throw SpreadsheetError.corruptZip(file: file, reason: "ZIP64")
        }
        return (Int(offset), Int(count))
    }

    private static func readCentralDirectory(
        _ bytes: UnsafeRawBufferPointer, at start: Int, count: Int, file: String
    ) throws -> [ZipEntry] {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var position = start
        for _ in 0..<count {
            guard bytes.uint32LE(at: position) == centralHeader,
                  let nameLength = bytes.uint16LE(at: position + 28),
                  let extraLength = bytes.uint16LE(at: position + 30),
                  let commentLength = bytes.uint16LE(at: position + 32),
                  position + 46 + Int(nameLength) <= bytes.count else {
                throw SpreadsheetError.truncated(file: file)
            }
            var entry = try readEntryHeader(bytes, at: position, nameLength: Int(nameLength), file: file)
            try applyZip64Extra(bytes, to: &entry, at: position + 46 + Int(nameLength), length: Int(extraLength), file: file)
            entries.append(entry)
            position += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        return entries
    }

    private static func readEntryHeader(
        _ bytes: UnsafeRawBufferPointer, at position: Int, nameLength: Int, file: String
    ) throws -> ZipEntry {
        guard let flags = bytes.uint16LE(at: position + 8),
              let method = bytes.uint16LE(at: position + 10),
              let crc = bytes.uint32LE(at: position + 16),
              let compressed = bytes.uint32LE(at: position + 20),
              let uncompressed = bytes.uint32LE(at: position + 24),
              let localOffset = bytes.uint32LE(at: position + 42) else {
            throw SpreadsheetError.truncated(file: file)
        }
        let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[(position + 46)..<(position + 46 + nameLength)])
        return ZipEntry(
            name: String(decoding: nameBytes, as: UTF8.self), method: Int(method), flags: Int(flags),
            crc32: crc, compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
            localHeaderOffset: Int(localOffset))
    }

    /// ZIP64 stores sizes and offsets that do not fit 32 bits in an extra field, in this order,
    /// each present only when its 32-bit field is saturated.
    private static func applyZip64Extra(
        _ bytes: UnsafeRawBufferPointer, to entry: inout ZipEntry, at start: Int, length: Int, file: String
    ) throws {
        var position = start
        let end = min(start + length, bytes.count)
        while position + 4 <= end {
            guard let tag = bytes.uint16LE(at: position), let size = bytes.uint16LE(at: position + 2) else { break }
            if tag == 0x0001 {
                var field = position + 4
                func next() -> Int? {
                    defer { field += 8 }
                    return bytes.uint64LE(at: field).flatMap { $0 < UInt64(Int.max) ? Int($0) : nil }
                }
                if entry.uncompressedSize == 0xFFFF_FFFF { entry.uncompressedSize = next() ?? Int.max }
                if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = next() ?? Int.max }
                if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = next() ?? Int.max }
            }
            position += 4 + Int(size)
        }
    }

    // MARK: - Member data

    /// The compressed bytes of an entry, located through its local header.
    func withCompressedBytes<Result>(
        of entry: ZipEntry, _ body: (UnsafeRawBufferPointer) throws -> Result
    ) throws -> Result {
        try data.withUnsafeBytes { bytes in
            let header = entry.localHeaderOffset
            guard bytes.uint32LE(at: header) == Self.localHeader,
                  let nameLength = bytes.uint16LE(at: header + 26),
                  let extraLength = bytes.uint16LE(at: header + 28) else {
                throw SpreadsheetError.truncated(file: file)
            }
            let start = header + 30 + Int(nameLength) + Int(extraLength)
            let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
            guard !overflow, end <= bytes.count else { throw SpreadsheetError.truncated(file: file) }
            return try body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
