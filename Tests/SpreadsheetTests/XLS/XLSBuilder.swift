import Foundation

/// Builds BIFF records and workbook streams byte by byte, for cases too precise for a producer.
enum BIFF {
    static func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
    static func f64(_ value: Double) -> [UInt8] { (0..<8).map { UInt8(value.bitPattern >> (8 * UInt64($0)) & 0xFF) } }

    static func record(_ type: Int, _ payload: [UInt8]) -> [UInt8] { u16(type) + u16(payload.count) + payload }

    static func bof(version: Int = 0x0600, kind: Int) -> [UInt8] {
        record(0x0809, u16(version) + u16(kind) + [UInt8](repeating: 0, count: version == 0x0600 ? 12 : 4))
    }

    static let eof = record(0x000A, [])

    /// A row, column and format index, the start of every cell record.
    static func cell(_ row: Int, _ column: Int) -> [UInt8] { u16(row) + u16(column) + u16(15) }

    /// XLUnicodeString: compressed (8-bit) for Latin-1 text, else UTF-16.
    static func string(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        if units.allSatisfy({ $0 < 0x100 }) { return u16(units.count) + [0] + units.map { UInt8($0) } }
        return u16(units.count) + [1] + units.flatMap { u16(Int($0)) }
    }

    static func label(_ row: Int, _ column: Int, _ text: String) -> [UInt8] { record(0x0204, cell(row, column) + string(text)) }
    static func number(_ row: Int, _ column: Int, _ value: Double) -> [UInt8] { record(0x0203, cell(row, column) + f64(value)) }
    static func labelSST(_ row: Int, _ column: Int, _ index: Int) -> [UInt8] {
        record(0x00FD, cell(row, column) + u32(UInt32(index)))
    }

    struct SheetSpec {
        var name: String
        var state: UInt8 = 0
        var records: [[UInt8]]
    }

    /// A whole BIFF8 (or BIFF5) workbook stream: globals with one BOUNDSHEET per sheet pointing
    /// at the sheet's BOF, then the sheets.
    static func stream(_ sheets: [SheetSpec], globals: [[UInt8]] = [], version: Int = 0x0600) -> [UInt8] {
        func boundsheet(_ sheet: SheetSpec, offset: Int) -> [UInt8] {
            let name: [UInt8] = version == 0x0600 ? [UInt8(sheet.name.utf8.count), 0] + Array(sheet.name.utf8)
                : [UInt8(sheet.name.utf8.count)] + Array(sheet.name.utf8)
            return record(0x0085, u32(UInt32(offset)) + [sheet.state, 0] + name)
        }
        let bodies = sheets.map { bof(version: version, kind: 0x10) + $0.records.flatMap { $0 } + eof }
        let head = bof(version: version, kind: 5) + globals.flatMap { $0 }
        let globalsLength = head.count + sheets.map { boundsheet($0, offset: 0).count }.reduce(0, +) + eof.count
        var offset = globalsLength
        var result = head
        for (sheet, body) in zip(sheets, bodies) {
            result += boundsheet(sheet, offset: offset)
            offset += body.count
        }
        result += eof
        for body in bodies { result += body }
        return result
    }
}

/// Builds a version 3 compound file (512-byte sectors): sector 0 holds the FAT, sector 1 the
/// directory, the streams follow in regular sectors (the mini-stream cutoff is set to 0 unless
/// given). Offsets are public so that hostile cases can patch the bytes.
enum CFB {
    static let fatOffset = 512
    static let directoryOffset = 1024
    static let end: UInt32 = 0xFFFF_FFFE

    /// The first sector of each stream, in order, for tests that patch chains.
    static func firstSectors(_ streams: [(String, [UInt8])]) -> [Int] {
        var next = 2
        return streams.map { _, bytes in defer { next += max((bytes.count + 511) / 512, 1) }; return next }
    }

    static func file(_ streams: [(String, [UInt8])], miniCutoff: UInt32 = 0) -> [UInt8] {
        var fat: [UInt32] = [0xFFFF_FFFD, end]
        var sectors: [UInt8] = []
        for (_, bytes) in streams {
            let count = max((bytes.count + 511) / 512, 1)
            let first = fat.count
            for index in 0..<count { fat.append(index == count - 1 ? end : UInt32(first + index + 1)) }
            sectors += bytes + [UInt8](repeating: 0, count: count * 512 - bytes.count)
        }
        precondition(fat.count <= 128, "test streams must fit one FAT sector")
        fat += [UInt32](repeating: 0xFFFF_FFFF, count: 128 - fat.count)
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += BIFF.u16(0x3E) + BIFF.u16(3) + BIFF.u16(0xFFFE) + BIFF.u16(9) + BIFF.u16(6) + [UInt8](repeating: 0, count: 6)
        header += BIFF.u32(0) + BIFF.u32(1) + BIFF.u32(1) + BIFF.u32(0) + BIFF.u32(miniCutoff)
        header += BIFF.u32(end) + BIFF.u32(0) + BIFF.u32(end) + BIFF.u32(0) + BIFF.u32(0)
        header += [UInt8](repeating: 0xFF, count: 512 - header.count)
        var directory = entry("Root Entry", type: 5, right: 0xFFFF_FFFF, child: streams.isEmpty ? 0xFFFF_FFFF : 1, start: end, size: 0)
        for (index, (name, bytes)) in streams.enumerated() {
            let right = index + 1 < streams.count ? UInt32(index + 2) : 0xFFFF_FFFF
            directory += entry(name, type: 2, right: right, child: 0xFFFF_FFFF, start: UInt32(firstSectors(streams)[index]),
                               size: UInt32(bytes.count))
        }
        directory += [UInt8](repeating: 0, count: 512 - directory.count)
        return header + fat.flatMap { BIFF.u32($0) } + directory + sectors
    }

    /// Offset of the mini FAT sector in a file from `fileWithMiniStream`.
    static let miniFATOffset = 1536

    /// One small stream kept in the mini stream, as writers store streams under 4,096 bytes:
    /// sector 2 holds the mini FAT, sectors 3… the mini stream.
    static func fileWithMiniStream(_ name: String, _ bytes: [UInt8]) -> [UInt8] {
        let miniCount = max((bytes.count + 63) / 64, 1)
        precondition(miniCount <= 128, "the test mini stream must fit one mini FAT sector")
        let miniFAT = (0..<128).map { $0 < miniCount - 1 ? UInt32($0 + 1) : $0 == miniCount - 1 ? end : 0xFFFF_FFFF }
        let container = bytes + [UInt8](repeating: 0, count: miniCount * 64 - bytes.count)
        let containerSectors = (container.count + 511) / 512
        var fat: [UInt32] = [0xFFFF_FFFD, end, end]
        for index in 0..<containerSectors { fat.append(index == containerSectors - 1 ? end : UInt32(4 + index)) }
        fat += [UInt32](repeating: 0xFFFF_FFFF, count: 128 - fat.count)
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += BIFF.u16(0x3E) + BIFF.u16(3) + BIFF.u16(0xFFFE) + BIFF.u16(9) + BIFF.u16(6) + [UInt8](repeating: 0, count: 6)
        header += BIFF.u32(0) + BIFF.u32(1) + BIFF.u32(1) + BIFF.u32(0) + BIFF.u32(4096)
        header += BIFF.u32(2) + BIFF.u32(1) + BIFF.u32(end) + BIFF.u32(0) + BIFF.u32(0)
        header += [UInt8](repeating: 0xFF, count: 512 - header.count)
        var directory = entry("Root Entry", type: 5, right: 0xFFFF_FFFF, child: 1, start: 3, size: UInt32(container.count))
        directory += entry(name, type: 2, right: 0xFFFF_FFFF, child: 0xFFFF_FFFF, start: 0, size: UInt32(bytes.count))
        directory += [UInt8](repeating: 0, count: 512 - directory.count)
        let padded = container + [UInt8](repeating: 0, count: containerSectors * 512 - container.count)
        return header + fat.flatMap { BIFF.u32($0) } + directory + miniFAT.flatMap { BIFF.u32($0) } + padded
    }

    static func entry(_ name: String, type: UInt8, right: UInt32, child: UInt32, start: UInt32, size: UInt32) -> [UInt8] {
        let units = Array(name.utf16)
        var bytes = units.flatMap { BIFF.u16(Int($0)) } + [UInt8](repeating: 0, count: 64 - 2 * units.count)
        bytes += BIFF.u16(2 * units.count + 2) + [type, 1] + BIFF.u32(0xFFFF_FFFF) + BIFF.u32(right) + BIFF.u32(child)
        bytes += [UInt8](repeating: 0, count: 36) + BIFF.u32(start) + BIFF.u32(size) + BIFF.u32(0)
        return bytes
    }

    /// Writes a little-endian UInt32 into `bytes` at `offset`.
    static func patch(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(value >> (8 * UInt32(index)) & 0xFF) }
    }
}
