/// One non-empty cell: where it is and what it holds.
public struct Cell: Hashable, Sendable {
    /// 0-based row and column.
    public var address: CellAddress
    public var value: CellValue
    /// True when the cell holds a formula; `value` is then the cached result.
    public var isFormula: Bool

    public init(address: CellAddress, value: CellValue, isFormula: Bool = false) {
        self.address = address
        self.value = value
        self.isFormula = isFormula
    }

    public var row: Int { address.row }
    public var column: Int { address.column }
}

/// Whether a sheet is shown to the user. Hidden sheets often hold old versions or dropdown
/// lists, which callers may want to treat differently.
public enum SheetVisibility: String, Sendable {
    case visible, hidden, veryHidden
}

/// A sheet as read: its name, visibility, non-empty cells sorted by row then column, and
/// merged ranges. Knows nothing of what the cells mean.
public struct Sheet: Sendable {
    public var name: String
    public var visibility: SheetVisibility
    /// Non-empty cells, sorted by row, then column, each address at most once.
    public private(set) var cells: [Cell]
    public var mergedRanges: [CellRange]
    /// 0-based indices of rows the file marks hidden, ascending. Like hidden sheets, hidden rows
    /// often hold old data, and callers may skip them. Formats without the notion (CSV) leave it
    /// empty.
    public var hiddenRows: [Int]

    /// Sorts the cells and keeps the last of any cells that share an address, so that lookups
    /// can rely on the order whatever order the file used.
    public init(
        name: String, visibility: SheetVisibility = .visible, cells: [Cell], mergedRanges: [CellRange] = [],
        hiddenRows: [Int] = []
    ) {
        self.name = name
        self.visibility = visibility
        self.cells = Sheet.normalised(cells)
        self.mergedRanges = mergedRanges
        self.hiddenRows = Array(Set(hiddenRows)).sorted()
    }

    /// Whether the 0-based `row` is hidden in the file.
    public func isRowHidden(_ row: Int) -> Bool {
        var low = 0
        var high = hiddenRows.count
        while low < high {
            let middle = (low + high) / 2
            if hiddenRows[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < hiddenRows.count && hiddenRows[low] == row
    }

    /// The value at a 0-based position, or nil when the cell is empty.
    public func value(row: Int, column: Int) -> CellValue? {
        let target = CellAddress(row: row, column: column)
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].address < target { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].address == target ? cells[low].value : nil
    }

    /// The value at an A1 reference such as `C9`.
    public func value(at reference: String) -> CellValue? {
        guard let address = CellAddress(reference) else { return nil }
        return value(row: address.row, column: address.column)
    }

    /// The 0-based index of the last row and column holding a value, or nil for an empty sheet.
    public var usedExtent: CellAddress? {
        guard let lastRow = cells.last?.row else { return nil }
        return CellAddress(row: lastRow, column: cells.map(\.column).max() ?? 0)
    }

    /// Cells grouped by row, in order; rows without cells are left out.
    public func rows() -> [(row: Int, cells: ArraySlice<Cell>)] {
        var result: [(Int, ArraySlice<Cell>)] = []
        var start = 0
        while start < cells.count {
            let row = cells[start].row
            var end = start + 1
            while end < cells.count, cells[end].row == row { end += 1 }
            result.append((row, cells[start..<end]))
            start = end
        }
        return result
    }

    /// A copy in which every cell of a merged area holds the area's top-left value, as a reader
    /// of the printed table would assume. Areas whose top-left cell is empty stay empty.
    public func fillingMergedRanges() -> Sheet {
        var filled = cells
        for range in mergedRanges {
            guard let origin = value(row: range.first.row, column: range.first.column) else { continue }
            let area = (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1)
            guard area <= Sheet.maxFilledArea else { continue }
            for row in range.first.row..<(range.last.row + 1) {
                for column in range.first.column..<(range.last.column + 1) where row != range.first.row || column != range.first.column {
                    filled.append(Cell(address: CellAddress(row: row, column: column), value: origin))
                }
            }
        }
        return Sheet(name: name, visibility: visibility, cells: filled, mergedRanges: mergedRanges, hiddenRows: hiddenRows)
    }

    /// Larger merged areas (a whole column merged by accident) are not filled: copying one value
    /// a million times helps nobody.
    static let maxFilledArea = 100_000

    private static func normalised(_ cells: [Cell]) -> [Cell] {
        var isSorted = true
        var index = 1
        while index < cells.count {
            if !(cells[index - 1].address < cells[index].address) { isSorted = false; break }
            index += 1
        }
        if isSorted { return cells }
        // Stable sort by address, then keep the last cell written at each address.
        let ordered = cells.enumerated().sorted { lhs, rhs in
            lhs.element.address != rhs.element.address
                ? lhs.element.address < rhs.element.address : lhs.offset < rhs.offset
        }.map(\.element)
        var unique: [Cell] = []
        unique.reserveCapacity(ordered.count)
        for cell in ordered {
            if let last = unique.last, last.address == cell.address {
                unique[unique.count - 1] = cell
            } else {
                unique.append(cell)
            }
        }
        return unique
    }
}

/// The file formats the readers understand.
public enum SpreadsheetFormat: String, Sendable {
    case xlsx, csv
    /// Excel 97-2003 (BIFF8 in a Compound File).
    case xls
    /// OpenDocument Spreadsheet (LibreOffice, WPS).
    case ods
}

/// A whole file as read: its sheets in the order the user sees them.
public struct Workbook: Sendable {
    /// The path the workbook was read from, as given to the reader.
    public var path: String
    public var format: SpreadsheetFormat
    public var sheets: [Sheet]

    public init(path: String, format: SpreadsheetFormat, sheets: [Sheet]) {
        self.path = path
        self.format = format
        self.sheets = sheets
    }

    /// The sheet with this name, compared case-insensitively as Excel does.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}
