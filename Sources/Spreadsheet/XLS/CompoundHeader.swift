import Foundation

/// The fixed 512-byte header of a compound file and the allocation table it leads to.
extension CompoundFile {
    struct Header {
        var sectorSize: Int
        var isVersion3: Bool
        var fatSectorCount: Int
        var firstDirectorySector: UInt32
        var miniCutoff: Int
        var firstMiniFATSector: UInt32
        var firstDIFATSector: UInt32
        var difatSectorCount: Int
        /// The first 109 FAT sector locations, kept in the header itself.
        var headerDIFAT: [UInt32]
    }

    static func header(_ data: Data, file: String) throws -> Header {
        func fail(_ reason: String) -> SpreadsheetError { .corruptCompoundFile(file: file, reason: reason) }
        guard data.count >= 512 else { throw fail("header shorter than 512 bytes") }
        return try data.withUnsafeBytes { raw throws -> Header in
            guard raw.hasBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], at: 0),
                  let major = raw.uint16LE(at: 26), let shift = raw.uint16LE(at: 30),
                  let miniShift = raw.uint16LE(at: 32) else { throw fail("no compound file signature") }
            guard (major == 3 && shift == 9) || (major == 4 && shift == 12) else {
                throw fail("version \(major) with sector shift \(shift)")
            }
            guard miniShift == 6 else { throw fail("mini sector shift \(miniShift)") }
            var difat: [UInt32] = []
            for index in 0..<109 { difat.append(raw.uint32LE(at: 76 + 4 * index) ?? 0xFFFF_FFFF) }
            return Header(
                sectorSize: 1 << Int(shift), isVersion3: major == 3,
                fatSectorCount: Int(raw.uint32LE(at: 44) ?? 0),
                firstDirectorySector: raw.uint32LE(at: 48) ?? endOfChain,
                miniCutoff: Int(raw.uint32LE(at: 56) ?? 4096),
                firstMiniFATSector: raw.uint32LE(at: 60) ?? endOfChain,
                firstDIFATSector: raw.uint32LE(at: 68) ?? endOfChain,
                difatSectorCount: Int(raw.uint32LE(at: 72) ?? 0),
                headerDIFAT: difat)
        }
    }

    /// The FAT: the locations of its sectors come from the header and the DIFAT chain, whose
    /// length is bounded by the file's size before anything is allocated for it.
    static func allocationTable(_ data: Data, _ header: Header, file: String, limits: ReadLimits) throws -> [UInt32] {
        func fail(_ reason: String) -> SpreadsheetError { .corruptCompoundFile(file: file, reason: reason) }
        let sectorsInFile = data.count / header.sectorSize
        guard header.fatSectorCount <= sectorsInFile, header.fatSectorCount <= limits.maxCompoundSectors else {
            throw fail("\(header.fatSectorCount) FAT sectors declared, the file holds \(sectorsInFile) sectors")
        }
        var locations = Array(header.headerDIFAT.prefix(header.fatSectorCount))
        let reader = SectorReader(data: data, sectorSize: header.sectorSize, file: file)
        let perDIFAT = header.sectorSize / 4 - 1
        var difatSector = header.firstDIFATSector
        var visited = Set<UInt32>()
        while locations.count < header.fatSectorCount {
            guard let offset = reader.offset(of: difatSector), offset + header.sectorSize <= data.count else {
                throw fail("DIFAT sector \(difatSector) outside the file")
            }
            guard visited.insert(difatSector).inserted else { throw fail("DIFAT chain loops at \(difatSector)") }
            let values = uint32s([UInt8](data[(data.startIndex + offset)..<(data.startIndex + offset + header.sectorSize)]))
            locations.append(contentsOf: values.prefix(min(perDIFAT, header.fatSectorCount - locations.count)))
            difatSector = values[perDIFAT]
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(header.fatSectorCount * header.sectorSize / 4)
        for location in locations {
            guard let offset = reader.offset(of: location), offset + header.sectorSize <= data.count else {
                throw fail("FAT sector \(location) outside the file")
            }
            fat.append(contentsOf: uint32s([UInt8](data[(data.startIndex + offset)..<(data.startIndex + offset + header.sectorSize)])))
        }
        return fat
    }
}
