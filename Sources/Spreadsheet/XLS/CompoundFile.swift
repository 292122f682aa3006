import Foundation

/// The Compound File Binary container (MS-CFB, "OLE2") that holds an `.xls` workbook's
/// `Workbook` stream, or an encrypted OOXML package.
///
/// Every sector index and chain is checked against the file: a chain that leaves the file,
/// loops, or declares more bytes than the file holds is a thrown error, never a trap, and no
/// allocation is sized from a declared count before that count is checked.
struct CompoundFile {
    let file: String
    private let data: Data
    private let sectorSize: Int
    private let miniCutoff: Int
    /// The sector allocation table: the next sector of each sector's chain.
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    private let miniStream: [UInt8]
    let directory: CompoundDirectory

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let maxRegularSector: UInt32 = 0xFFFF_FFFA
    static let miniSectorSize = 64

    init(data: Data, file: String, limits: ReadLimits) throws {
        self.file = file
        self.data = data
        let header = try Self.header(data, file: file)
        sectorSize = header.sectorSize
        miniCutoff = header.miniCutoff
        fat = try Self.allocationTable(data, header, file: file, limits: limits)
        var reader = SectorReader(data: data, sectorSize: sectorSize, file: file)
        let directoryBytes = try reader.chainBytes(from: header.firstDirectorySector, fat, what: "directory")
        directory = try CompoundDirectory(bytes: directoryBytes, isVersion3: header.isVersion3, file: file)
        let miniFATBytes = try reader.chainBytes(from: header.firstMiniFATSector, fat, what: "mini FAT")
        miniFAT = Self.uint32s(miniFATBytes)
        let root = directory.root
        guard root.size <= UInt64(data.count) else {
            throw SpreadsheetError.corruptCompoundFile(file: file, reason: "mini stream declares \(root.size) bytes")
        }
        var mini = root.size == 0 ? [] : try reader.chainBytes(from: root.startSector, fat, what: "mini stream",
                                                                 stopAfter: Int(root.size))
        // Some writers declare a longer mini stream than its chain holds: keep what is there,
        // and let a stream that needs the missing bytes fail on its own.
        mini.removeLast(max(mini.count - Int(root.size), 0))
        miniStream = mini
    }

    /// The bytes of the stream `name` directly under the root storage, or nil when absent.
    func stream(named name: String, limits: ReadLimits) throws -> [UInt8]? {
        guard let entry = directory.rootChild(named: name) else { return nil }
        let declared = entry.size
        guard declared <= UInt64(data.count) else {
            throw SpreadsheetError.corruptCompoundFile(
                file: file, reason: "stream \(name) declares \(declared) bytes, the file has \(data.count)")
        }
        guard declared <= UInt64(limits.maxStreamBytes) else {
            throw SpreadsheetError.tooLarge(file: "\(file) › \(name)", bytes: Int(clamping: declared), limit: limits.maxStreamBytes)
        }
        let size = Int(declared)
        var bytes: [UInt8]
        if size == 0 {
            bytes = []
        } else if size < miniCutoff {
            bytes = try miniChain(from: entry.startSector, size: size, name: name)
        } else {
            var reader = SectorReader(data: data, sectorSize: sectorSize, file: file)
            bytes = try reader.chainBytes(from: entry.startSector, fat, what: "stream \(name)", stopAfter: size)
        }
        guard bytes.count >= size else {
            throw SpreadsheetError.corruptCompoundFile(file: file, reason: "stream \(name) is shorter than declared")
        }
        bytes.removeLast(bytes.count - size)
        return bytes
    }

    private func miniChain(from start: UInt32, size: Int, name: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var visited = Set<UInt32>()
        var sector = start
        while sector != Self.endOfChain, bytes.count < size {
            let offset = Int(sector) * Self.miniSectorSize
            guard sector <= Self.maxRegularSector, Int(sector) < miniFAT.count,
                  offset < miniStream.count else {
                throw SpreadsheetError.corruptCompoundFile(file: file, reason: "stream \(name): mini sector \(sector) outside the mini stream")
            }
            guard visited.insert(sector).inserted else {
                throw SpreadsheetError.corruptCompoundFile(file: file, reason: "stream \(name): mini sector chain loops at \(sector)")
            }
            // The last sector may be cut short with the file; the size check comes after.
            bytes.append(contentsOf: miniStream[offset..<min(offset + Self.miniSectorSize, miniStream.count)])
            sector = miniFAT[Int(sector)]
        }
        return bytes
    }

    static func uint32s(_ bytes: [UInt8]) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(bytes.count / 4)
        var index = 0
        while index + 4 <= bytes.count {
            values.append(UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
                          | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
            index += 4
        }
        return values
    }
}

/// Follows sector chains through the FAT, refusing sectors outside the file and loops.
struct SectorReader {
    let data: Data
    let sectorSize: Int
    let file: String

    /// The offset of a regular sector in the file (the header takes the first sector's place).
    func offset(of sector: UInt32) -> Int? {
        guard sector <= CompoundFile.maxRegularSector else { return nil }
        let offset = (Int(sector) + 1) * sectorSize
        return offset < data.count ? offset : nil
    }

    /// The concatenated sectors of the chain starting at `start`; a short last sector at the end
    /// of the file is taken as it is. `stopAfter` ends the walk once that many bytes are read.
    mutating func chainBytes(from start: UInt32, _ fat: [UInt32], what: String, stopAfter: Int = .max) throws -> [UInt8] {
        var bytes: [UInt8] = []
        // A set, not a table as long as the FAT: a short chain in a large file stays cheap.
        var visited = Set<UInt32>()
        var sector = start
        while sector != CompoundFile.endOfChain, bytes.count < stopAfter {
            guard Int(sector) < fat.count, let offset = offset(of: sector) else {
                throw SpreadsheetError.corruptCompoundFile(file: file, reason: "\(what): sector \(sector) outside the file")
            }
            guard visited.insert(sector).inserted else {
                throw SpreadsheetError.corruptCompoundFile(file: file, reason: "\(what): sector chain loops at \(sector)")
            }
            let end = min(offset + sectorSize, data.count)
            bytes.append(contentsOf: data[(data.startIndex + offset)..<(data.startIndex + end)])
            sector = fat[Int(sector)]
        }
        return bytes
    }
}
