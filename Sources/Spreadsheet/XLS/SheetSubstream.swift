/// Reads one worksheet substream: its cell records, merged ranges and hidden rows, from its BOF
/// to the matching EOF (embedded chart substreams in between are skipped).
struct SheetSubstream {
    let globals: WorkbookGlobals
    let context: XLSContext
    let maxCells: Int
    let sheetName: String

    struct Content {
        var cells: [Cell] = []
        var merged: [CellRange] = []
        var hiddenRows: [Int] = []
        /// A formula whose cached text follows in a STRING record.
        var pendingString: CellAddress?
    }

    func read(_ raw: UnsafeRawBufferPointer, at offset: Int) throws -> Content {
        var cursor = RecordCursor(raw, at: offset)
        guard offset >= 0, let bof = try context.next(&cursor), bof.type == RecordType.bof else {
            throw context.corrupt(offset, RecordType.bof, "sheet \(sheetName) does not start with a BOF record")
        }
        var content = Content()
        var depth = 1
        while let record = try context.next(&cursor) {
            if record.type == RecordType.bof { depth += 1; continue }
            if record.type == RecordType.eof { depth -= 1; if depth == 0 { break } else { continue } }
            guard depth == 1 else { continue }
            try readRecord(record, Payload(raw: raw, range: record.payload), &cursor, &content)
        }
        return content
    }

    private func readRecord(_ record: Record, _ payload: Payload, _ cursor: inout RecordCursor, _ content: inout Content) throws {
        let cells = CellRecords(record: record, payload: payload, context: context, globals: globals)
        switch record.type {
        case RecordType.labelSST, RecordType.label, RecordType.rstring, RecordType.number, RecordType.rk, RecordType.boolerr:
            try add(cells.single(), &content)
        case RecordType.mulrk:
            for cell in try cells.mulrk() { try add(cell, &content) }
        case RecordType.formula:
            let (cell, stringFollows) = try cells.formula()
            content.pendingString = stringFollows ? try cells.address() : nil
            try add(cell, &content)
        case RecordType.string:
            guard let address = content.pendingString else { return }
            content.pendingString = nil
            let text = try cells.formulaString(continuations: context.continuations(&cursor))
            try add(text.isEmpty ? nil : Cell(address: address, value: .text(text), isFormula: true), &content)
        case RecordType.mergedCells:
            content.merged.append(contentsOf: try cells.mergedRanges())
        case RecordType.row:
            if let row = payload.u16(0), let flags = payload.u32(12), flags & 0x20 != 0 { content.hiddenRows.append(Int(row)) }
        default:
            break
        }
    }

    private func add(_ cell: Cell?, _ content: inout Content) throws {
        guard let cell else { return }
        guard content.cells.count < maxCells else {
            throw SpreadsheetError.tooManyCells(file: context.file, part: sheetName, limit: maxCells)
        }
        content.cells.append(cell)
    }
}
