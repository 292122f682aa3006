/// Decodes the cell records of a worksheet: each starts with a row, a column and a format index.
struct CellRecords {
    let record: Record
    let payload: Payload
    let context: XLSContext
    let globals: WorkbookGlobals

    private func fail(_ reason: String) -> SpreadsheetError {
        context.corrupt(record.offset, record.type, reason)
    }

    private func field<T>(_ value: T?) throws -> T {
        guard let value else { throw fail("record too short") }
        return value
    }

    func address(column: UInt16? = nil) throws -> CellAddress {
        let row = try field(payload.u16(0))
        let column = try field(column ?? payload.u16(2))
        guard Int(column) < CellAddress.maxColumns else { throw fail("column \(column) beyond the grid") }
        return CellAddress(row: Int(row), column: Int(column))
    }

    /// LABELSST, LABEL, RSTRING, NUMBER, RK, BOOLERR; nil for an empty string.
    func single() throws -> Cell? {
        let address = try address()
        let value: CellValue
        switch record.type {
        case RecordType.labelSST:
            let index = Int(try field(payload.u32(6)))
            guard index < globals.sharedStrings.count else {
                throw fail("shared string #\(index) of \(globals.sharedStrings.count)")
            }
            value = .text(globals.sharedStrings[index])
        case RecordType.number: value = .number(try field(payload.f64(6)))
        case RecordType.rk: value = .number(Self.rk(try field(payload.u32(6))))
        case RecordType.boolerr: value = try boolOrError(try field(payload.u8(6)), isError: try field(payload.u8(7)) != 0)
        default: value = .text(try text(at: 6, continuations: []))
        }
        if case .text(let text) = value, text.isEmpty { return nil }
        return Cell(address: address, value: value)
    }

    /// MULRK: several RK numbers in one row, each with its format index.
    func mulrk() throws -> [Cell] {
        let first = try field(payload.u16(2))
        let count = (payload.count - 6) / 6
        var cells: [Cell] = []
        for index in 0..<max(count, 0) {
            let column = Int(first) + index
            guard column <= Int(UInt16.max) else { throw fail("column beyond the grid") }
            let address = try address(column: UInt16(column))
            cells.append(Cell(address: address, value: .number(Self.rk(try field(payload.u32(4 + 6 * index + 2))))))
        }
        return cells
    }

    /// A FORMULA's cached value, and whether its text comes in the next STRING record.
    func formula() throws -> (Cell?, Bool) {
        let address = try address()
        guard try field(payload.u16(12)) == 0xFFFF else {
            return (Cell(address: address, value: .number(try field(payload.f64(6))), isFormula: true), false)
        }
        switch try field(payload.u8(6)) {
        case 0: return (nil, true)
        case 1: return (Cell(address: address, value: .bool(try field(payload.u8(8)) != 0), isFormula: true), false)
        case 2: return (Cell(address: address, value: try boolOrError(try field(payload.u8(8)), isError: true), isFormula: true), false)
        default: return (nil, false)
        }
    }

    /// The text of a STRING record (a formula's cached text), which may run on into CONTINUEs.
    func formulaString(continuations: [Range<Int>]) throws -> String {
        try text(at: 0, continuations: continuations)
    }

    func mergedRanges() throws -> [CellRange] {
        let count = Int(try field(payload.u16(0)))
        var ranges: [CellRange] = []
        for index in 0..<count {
            let base = 2 + 8 * index
            let rows = (try field(payload.u16(base)), try field(payload.u16(base + 2)))
            let columns = (try field(payload.u16(base + 4)), try field(payload.u16(base + 6)))
            guard Int(max(columns.0, columns.1)) < CellAddress.maxColumns else { throw fail("column beyond the grid") }
            ranges.append(CellRange(first: CellAddress(row: Int(rows.0), column: Int(columns.0)),
                                    last: CellAddress(row: Int(rows.1), column: Int(columns.1))))
        }
        return ranges
    }

    /// A LABEL-style string at `offset`: XLUnicodeString in BIFF8, code-page bytes in BIFF5.
    private func text(at offset: Int, continuations: [Range<Int>]) throws -> String {
        if globals.version == .biff8 {
            var reader = ContinuedReader(payload.raw, segments: [payload.range] + continuations, skipping: offset)
            guard let text = reader.unicodeString() else { throw fail("string runs past the record") }
            return text
        }
        let count = Int(try field(payload.u16(offset)))
        guard offset + 2 + count <= payload.count else { throw fail("string runs past the record") }
        let start = payload.range.lowerBound + offset + 2
        return CodePage.decode(UnsafeRawBufferPointer(rebasing: payload.raw[start..<(start + count)]), codePage: globals.codePage)
    }

    private func boolOrError(_ value: UInt8, isError: Bool) throws -> CellValue {
        guard isError else { return .bool(value != 0) }
        return .error(Self.errorNames[value] ?? "#N/A")
    }

    static let errorNames: [UInt8: String] = [
        0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
        0x2A: "#N/A", 0x2B: "#GETTING_DATA",
    ]

    /// An RK number: a 30-bit integer or the high 30 bits of a double, divided by 100 when the
    /// lowest bit says so.
    static func rk(_ value: UInt32) -> Double {
        let number = value & 0x02 != 0
            ? Double(Int32(bitPattern: value) >> 2)
            : Double(bitPattern: UInt64(value & 0xFFFF_FFFC) << 32)
        return value & 0x01 != 0 ? number / 100 : number
    }
}
