/// BIFF record types the reader acts on (MS-XLS 2.3), by their numbers.
enum RecordType {
    static let formula: UInt16 = 0x0006
    static let eof: UInt16 = 0x000A
    static let datemode: UInt16 = 0x0022
    static let filepass: UInt16 = 0x002F
    static let `continue`: UInt16 = 0x003C
    static let codepage: UInt16 = 0x0042
    static let boundsheet: UInt16 = 0x0085
    static let mulrk: UInt16 = 0x00BD
    static let rstring: UInt16 = 0x00D6
    static let mergedCells: UInt16 = 0x00E5
    static let sst: UInt16 = 0x00FC
    static let labelSST: UInt16 = 0x00FD
    static let number: UInt16 = 0x0203
    static let label: UInt16 = 0x0204
    static let boolerr: UInt16 = 0x0205
    static let string: UInt16 = 0x0207
    static let row: UInt16 = 0x0208
    static let rk: UInt16 = 0x027E
    static let bof: UInt16 = 0x0809
    /// BOF records of BIFF2, BIFF3 and BIFF4, which live in bare files, not in compound files.
    static let olderBOFs: [UInt16: String] = [0x0009: "BIFF2 (Excel 2.x)", 0x0209: "BIFF3 (Excel 3.0)", 0x0409: "BIFF4 (Excel 4.0)"]
}

/// One record: its type and where its payload lies in the stream.
struct Record {
    var type: UInt16
    /// Offset of the record header in the stream.
    var offset: Int
    var payload: Range<Int>
}

/// Walks the records of a BIFF stream; a record running past the end of the stream is an error.
struct RecordCursor {
    let raw: UnsafeRawBufferPointer
    var position: Int

    init(_ raw: UnsafeRawBufferPointer, at position: Int = 0) {
        self.raw = raw
        self.position = position
    }

    /// The next record, nil at the end of the stream; throws `Truncated` for a cut record.
    mutating func next() throws(Truncated) -> Record? {
        guard position + 4 <= raw.count else { return nil }
        guard let type = raw.uint16LE(at: position), let length = raw.uint16LE(at: position + 2) else { return nil }
        let start = position + 4
        guard start + Int(length) <= raw.count else { throw Truncated(offset: position, type: type) }
        position = start + Int(length)
        return Record(type: type, offset: start - 4, payload: start..<position)
    }

    /// The payloads of the CONTINUE records right after the current position, consumed.
    mutating func continuations() throws(Truncated) -> [Range<Int>] {
        var payloads: [Range<Int>] = []
        while raw.uint16LE(at: position) == RecordType.continue, let record = try next() {
            payloads.append(record.payload)
        }
        return payloads
    }

    struct Truncated: Error {
        var offset: Int
        var type: UInt16
    }
}

/// Bounds-checked reads inside one record's payload: an offset past the payload's end gives nil.
struct Payload {
    let raw: UnsafeRawBufferPointer
    let range: Range<Int>

    var count: Int { range.count }

    func u8(_ offset: Int) -> UInt8? {
        guard offset >= 0, offset < range.count else { return nil }
        return raw[range.lowerBound + offset]
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= range.count else { return nil }
        return raw.uint16LE(at: range.lowerBound + offset)
    }

    func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= range.count else { return nil }
        return raw.uint32LE(at: range.lowerBound + offset)
    }

    func f64(_ offset: Int) -> Double? {
        guard offset >= 0, offset + 8 <= range.count, let bits = raw.uint64LE(at: range.lowerBound + offset) else { return nil }
        return Double(bitPattern: bits)
    }
}
