/// The workbook globals substream: the BIFF version, code page, sheet list and shared strings.
struct WorkbookGlobals {
    enum Version { case biff5, biff8 }

    struct SheetEntry {
        var name: String
        var visibility: SheetVisibility
        /// Offset of the sheet's BOF record in the stream.
        var offset: Int
    }

    var version = Version.biff8
    /// Windows code page of 8-bit text in BIFF5 files (1252 when the file does not say).
    var codePage: UInt16 = 1252
    var sheets: [SheetEntry] = []
    var sharedStrings: [String] = []

    /// Reads the globals from the start of the stream up to their EOF record.
    init(_ raw: UnsafeRawBufferPointer, context: XLSContext) throws {
        var cursor = RecordCursor(raw)
        guard let bof = try context.next(&cursor), bof.type == RecordType.bof else {
            throw context.corrupt(0, RecordType.bof, "no BOF record at the start")
        }
        version = try Self.version(Payload(raw: raw, range: bof.payload), context)
        while let record = try context.next(&cursor), record.type != RecordType.eof {
            let payload = Payload(raw: raw, range: record.payload)
            switch record.type {
            case RecordType.filepass: throw SpreadsheetError.encryptedWorkbook(file: context.file)
            case RecordType.codepage: codePage = payload.u16(0) ?? codePage
            case RecordType.boundsheet: sheets.append(try sheetEntry(record, payload, context))
            case RecordType.sst: sharedStrings = try Self.sharedStrings(record, &cursor, context)
            default: break
            }
        }
    }

    private static func version(_ payload: Payload, _ context: XLSContext) throws -> Version {
        switch payload.u16(0) {
        case 0x0600: return .biff8
        case 0x0500: return .biff5
        case let other:
            let names: [UInt16: String] = [0x0200: "BIFF2", 0x0300: "BIFF3", 0x0400: "BIFF4"]
            throw SpreadsheetError.unsupportedVersion(
                file: context.file, version: other.flatMap { names[$0] } ?? "BIFF \(other.map { String($0, radix: 16) } ?? "?")")
        }
    }

    private func sheetEntry(_ record: Record, _ payload: Payload, _ context: XLSContext) throws -> SheetEntry {
        guard let offset = payload.u32(0), let state = payload.u8(4), let count = payload.u8(6) else {
            throw context.corrupt(record.offset, record.type, "record too short")
        }
        let name: String?
        if version == .biff8 {
            var reader = ContinuedReader(payload.raw, segments: [payload.range], skipping: 8)
            name = payload.u8(7).flatMap { reader.characters(Int(count), wide: $0 & 0x01 != 0) }
        } else if 7 + Int(count) <= payload.count {
            let start = payload.range.lowerBound + 7
            name = CodePage.decode(UnsafeRawBufferPointer(rebasing: payload.raw[start..<(start + Int(count))]), codePage: codePage)
        } else {
            name = nil
        }
        guard let name else { throw context.corrupt(record.offset, record.type, "sheet name runs past the record") }
        let visibility: SheetVisibility = switch state & 0x03 { case 0: .visible; case 1: .hidden; default: .veryHidden }
        return SheetEntry(name: name, visibility: visibility, offset: Int(offset))
    }

    /// The SST record and its CONTINUE records. A unique count larger than the strings present
    /// (some writers get it wrong) ends at the last string instead of failing.
    private static func sharedStrings(_ record: Record, _ cursor: inout RecordCursor, _ context: XLSContext) throws -> [String] {
        let raw = cursor.raw
        let segments = [record.payload] + (try context.continuations(&cursor))
        guard let unique = Payload(raw: raw, range: record.payload).u32(4) else {
            throw context.corrupt(record.offset, record.type, "record too short")
        }
        var reader = ContinuedReader(raw, segments: segments, skipping: 8)
        var strings: [String] = []
        // Each string takes at least 3 bytes: a declared count cannot reserve more than that.
        strings.reserveCapacity(min(Int(unique), segments.reduce(0) { $0 + $1.count } / 3))
        while strings.count < Int(unique), !reader.isAtEnd {
            guard let string = reader.unicodeString() else {
                throw context.corrupt(record.offset, record.type, "string #\(strings.count) runs past its records")
            }
            strings.append(string)
        }
        return strings
    }
}
