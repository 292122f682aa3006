/// The directory of a compound file: 128-byte entries linked as a tree of siblings and children.
struct CompoundDirectory {
    struct Entry {
        var name: String
        /// 1 storage, 2 stream, 5 root storage.
        var type: UInt8
        var left: UInt32
        var right: UInt32
        var child: UInt32
        var startSector: UInt32
        var size: UInt64
    }

    static let noStream: UInt32 = 0xFFFF_FFFF
    private(set) var entries: [Entry] = []
    /// Streams and storages directly under the root, by upper-cased name.
    private var rootChildren: [String: Int] = [:]

    var root: Entry { entries[0] }

    init(bytes: [UInt8], isVersion3: Bool, file: String) throws {
        func fail(_ reason: String) -> SpreadsheetError { .corruptCompoundFile(file: file, reason: reason) }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 128 <= raw.count {
                entries.append(Self.entry(raw, at: offset, isVersion3: isVersion3))
                offset += 128
            }
        }
        guard let first = entries.first, first.type == 5 else { throw fail("no root entry in the directory") }
        rootChildren = try Self.children(of: 0, entries, fail)
    }

    /// The root's child named `name` (compared case-insensitively, as the format requires).
    func rootChild(named name: String) -> Entry? {
        rootChildren[name.uppercased()].map { entries[$0] }
    }

    private static func entry(_ raw: UnsafeRawBufferPointer, at offset: Int, isVersion3: Bool) -> Entry {
        let nameBytes = Int(raw.uint16LE(at: offset + 64) ?? 0)
        var units: [UInt16] = []
        var index = 0
        while index < min(max(nameBytes / 2 - 1, 0), 31), let unit = raw.uint16LE(at: offset + 2 * index) {
            units.append(unit)
            index += 1
        }
        var size = raw.uint64LE(at: offset + 120) ?? 0
        // Version 3 files may leave garbage in the high half of the size.
        if isVersion3 { size &= 0xFFFF_FFFF }
        return Entry(
            name: String(decoding: units, as: UTF16.self), type: raw[offset + 66],
            left: raw.uint32LE(at: offset + 68) ?? noStream, right: raw.uint32LE(at: offset + 72) ?? noStream,
            child: raw.uint32LE(at: offset + 76) ?? noStream, startSector: raw.uint32LE(at: offset + 116) ?? 0,
            size: size)
    }

    /// Walks the sibling tree below `parent` with a visited set, so that a cycle is an error.
    private static func children(
        of parent: Int, _ entries: [Entry], _ fail: (String) -> SpreadsheetError
    ) throws -> [String: Int] {
        var found: [String: Int] = [:]
        var visited = Set<UInt32>([UInt32(parent)])
        var stack = [entries[parent].child]
        while let id = stack.popLast() {
            guard id != noStream else { continue }
            guard Int(id) < entries.count else { throw fail("directory entry \(id) outside the directory") }
            guard visited.insert(id).inserted else { throw fail("directory tree loops at entry \(id)") }
            let entry = entries[Int(id)]
            if entry.type == 1 || entry.type == 2 { found[entry.name.uppercased()] = found[entry.name.uppercased()] ?? Int(id) }
            stack.append(entry.left)
            stack.append(entry.right)
        }
        return found
    }
}
