/// What every table of one `content.xml` shares while it is read.
struct ODSContext {
    let maxCells: Int
    /// Day number of the file's null date, the origin of date serials.
    var nullDay = ODFDateTime.defaultNullDay
    var cellBudget: ExpansionBudget
    var spaceBudget: ExpansionBudget
    /// Reused for every text cell: avoids an allocation per cell.
    var text = ParagraphText()
    /// Reused for decoding attribute values.
    var scratch: [UInt8] = []

    init(limits: ReadLimits) {
        maxCells = limits.maxCellsPerSheet
        cellBudget = ExpansionBudget(.cells, limit: limits.maxRepeatedCells)
        spaceBudget = ExpansionBudget(.spaces, limit: limits.maxRepeatedSpaces)
    }
}

/// Reads the rows of one `<table:table>` into cells, merged ranges and hidden rows.
///
/// Repeats are expanded only where there is something to expand: an empty cell or row
/// repeated a million times (LibreOffice pads every sheet to its last column and row that way)
/// only moves the cursor. A repeated non-empty cell or row is paid from the workbook's
/// `ExpansionBudget`, checked before anything is allocated.
struct TableReader {
    enum Failure: Error {
        case tooManyCells
        /// A non-empty cell (0-based) beyond Excel's grid of 1,048,576 rows and 16,384 columns.
        case beyondGrid(row: Int, column: Int)
    }

    private(set) var cells: [Cell] = []
    private(set) var merged: [CellRange] = []
    /// Rows marked `table:visibility="collapse"` or `"filter"`, repeats included.
    private var hiddenRuns: [Range<Int>] = []
    private var nextRow = 0
    /// The cells and merges of the row being read, at row 0: a repeated row is read once and
    /// copied. Reused from row to row.
    private var rowCells: [Cell] = []
    private var rowMerges: [CellRange] = []

    /// Reads the rows; the scanner is just past `<table:table …>` and is left past its close.
    mutating func read(_ scanner: inout XMLScanner, _ context: inout ODSContext) throws {
        while let tag = try scanner.nextTag() {
            let name = tag.nameStart..<tag.nameEnd
            let bytes = scanner.bytes
            if tag.kind == .close {
                if ODFBytes.equals(bytes, name, "table") { return }
            } else if ODFBytes.equals(bytes, name, "table-row") {
                try readRow(tag, &scanner, &context)
            } else if tag.kind == .open, !Self.holdsRows(bytes, name) {
                // Columns, shapes, named ranges, forms: nothing of the grid's values.
                try scanner.skipElement(tag)
            }
        }
    }

    /// Row containers whose rows belong to the table like any other.
    private static func holdsRows(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        ODFBytes.equals(bytes, name, "table-header-rows") || ODFBytes.equals(bytes, name, "table-row-group")
            || ODFBytes.equals(bytes, name, "table-rows")
    }

    /// 0-based hidden rows up to the last row holding a cell or a merge: hidden rows past the
    /// data (a user hiding every unused row) are left out, as they hide nothing.
    func hiddenRows() -> [Int] {
        let lastUsed = max(cells.last?.row ?? -1, merged.map(\.last.row).max() ?? -1)
        var rows: [Int] = []
        for run in hiddenRuns where run.lowerBound <= lastUsed {
            rows.append(contentsOf: run.lowerBound..<min(run.upperBound, lastUsed + 1))
        }
        return rows
    }

    private mutating func readRow(_ tag: XMLScanner.Tag, _ scanner: inout XMLScanner, _ context: inout ODSContext) throws {
        let bytes = scanner.bytes
        var repeated = 1
        var hidden = false
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            if ODFBytes.equals(bytes, attribute.name, "number-rows-repeated") {
                repeated = ODFBytes.count(bytes, attribute.value)
            } else if ODFBytes.equals(bytes, attribute.name, "visibility") {
                hidden = ODFBytes.equals(bytes, attribute.value, "collapse") || ODFBytes.equals(bytes, attribute.value, "filter")
            }
        }
        rowCells.removeAll(keepingCapacity: true)
        rowMerges.removeAll(keepingCapacity: true)
        if tag.kind == .open { try readCells(&scanner, &context) }
        try emitRow(repeated: repeated, &context)
        let end = Self.advance(nextRow, by: repeated)
        if hidden { hiddenRuns.append(nextRow..<end) }
        nextRow = end
    }

    private mutating func readCells(_ scanner: inout XMLScanner, _ context: inout ODSContext) throws {
        var column = 0
        while let tag = try scanner.nextTag() {
            let name = tag.nameStart..<tag.nameEnd
            let bytes = scanner.bytes
            if tag.kind == .close {
                if ODFBytes.equals(bytes, name, "table-row") { return }
            } else if ODFBytes.equals(bytes, name, "table-cell") || ODFBytes.equals(bytes, name, "covered-table-cell") {
                try readCell(tag, column: &column, &scanner, &context)
            } else if tag.kind == .open {
                try scanner.skipElement(tag)
            }
        }
    }

    private mutating func readCell(
        _ tag: XMLScanner.Tag, column: inout Int, _ scanner: inout XMLScanner, _ context: inout ODSContext
    ) throws {
        let attributes = CellAttributes(tag, scanner.bytes)
        var value = attributes.attributeValue(scanner.bytes, nullDay: context.nullDay, scratch: &context.scratch)
        if tag.kind == .open {
            if attributes.needsText(attributeValue: value) {
                try Self.readParagraphs(&scanner, &context)
                value = attributes.textValue(context.text.string)
            } else {
                try scanner.skipElement(tag)
            }
        }
        if case .text(let text)? = value, text.isEmpty { value = nil }
        if attributes.isMerge, column < CellAddress.maxColumns {
            let last = CellAddress(row: min(attributes.rowsSpanned - 1, CellAddress.maxRows - 1),
                                   column: min(column + attributes.columnsSpanned - 1, CellAddress.maxColumns - 1))
            rowMerges.append(CellRange(first: CellAddress(row: 0, column: column), last: last))
        }
        if let value {
            try place(value, isFormula: attributes.isFormula, column: column, repeated: attributes.repeated, &context)
        }
        column = Self.advance(column, by: attributes.repeated)
    }

    /// The cell's paragraphs into `context.text`; the scanner is just past the cell's open tag
    /// and is left past its close tag.
    private static func readParagraphs(_ scanner: inout XMLScanner, _ context: inout ODSContext) throws {
        context.text.reset()
        while let tag = try scanner.nextTag() {
            let name = tag.nameStart..<tag.nameEnd
            let isParagraph = ODFBytes.equals(scanner.bytes, name, "p") || ODFBytes.equals(scanner.bytes, name, "h")
            switch tag.kind {
            case .close: return
            case .selfClosing: if isParagraph { context.text.addEmptyParagraph() }
            case .open:
                if isParagraph {
                    try context.text.readParagraph(&scanner, spaces: &context.spaceBudget)
                } else {
                    // Annotations, shapes anchored to the cell, nested tables: not the cell's text.
                    try scanner.skipElement(tag)
                }
            }
        }
    }

    private mutating func place(
        _ value: CellValue, isFormula: Bool, column: Int, repeated: Int, _ context: inout ODSContext
    ) throws {
        try context.cellBudget.spend(repeated - 1)
        guard column <= CellAddress.maxColumns - repeated else {
            throw Failure.beyondGrid(row: nextRow, column: max(column, CellAddress.maxColumns))
        }
        for offset in 0..<repeated {
            rowCells.append(Cell(address: CellAddress(row: 0, column: column + offset), value: value, isFormula: isFormula))
        }
    }

    private mutating func emitRow(repeated: Int, _ context: inout ODSContext) throws {
        let perRow = rowCells.count + rowMerges.count
        guard perRow > 0 else { return }
        let (extra, overflow) = (repeated - 1).multipliedReportingOverflow(by: perRow)
        try context.cellBudget.spend(overflow ? Int.max : extra)
        guard nextRow <= CellAddress.maxRows - repeated else {
            throw Failure.beyondGrid(row: max(nextRow, CellAddress.maxRows), column: rowCells.first?.column ?? 0)
        }
        guard cells.count + rowCells.count * repeated <= context.maxCells else { throw Failure.tooManyCells }
        for offset in 0..<repeated {
            let row = nextRow + offset
            for cell in rowCells {
                cells.append(Cell(address: CellAddress(row: row, column: cell.column), value: cell.value, isFormula: cell.isFormula))
            }
            for range in rowMerges {
                let last = CellAddress(row: min(row + range.last.row, CellAddress.maxRows - 1), column: range.last.column)
                merged.append(CellRange(first: CellAddress(row: row, column: range.first.column), last: last))
            }
        }
    }

    /// `position + count`, saturated far beyond the grid so that huge repeats cannot overflow.
    private static func advance(_ position: Int, by count: Int) -> Int {
        min(position + min(count, 1 << 40), 1 << 41)
    }
}
