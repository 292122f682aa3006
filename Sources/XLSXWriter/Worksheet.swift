import CXlsxWriter

/// One sheet of a `Workbook`, obtained from `Workbook.addWorksheet(_:)`.
///
/// Every position is 0-based: `row: 0, column: 0` is cell A1. Every call checks Excel's
/// limits first and throws `XLSXWriterError`, so libxlsxwriter never sees a value it would
/// reject or warn about. In constant-memory mode, rows must be written in ascending order.
public final class Worksheet {
    /// The name on the sheet's tab.
    public let name: String
    /// True after `hide()`.
    public internal(set) var isHidden = false
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let handle: WorkbookHandle
    /// Highest row written so far, for the constant-memory ordering rule (-1 before any).
    var lastRow = -1
    /// Merged ranges so far, to refuse overlaps Excel would call damage.
    var mergedRanges: [SheetRange] = []
    /// For each row, the indices in `mergedRanges` of the ranges covering it: a sheet with
    /// thousands of merges checks a new one against its own rows' only.
    var mergedRangesByRow: [Int: [Int]] = [:]
    var linkCount = 0

    init(name: String, pointer: UnsafeMutablePointer<lxw_worksheet>, handle: WorkbookHandle) {
        self.name = name
        self.pointer = pointer
        self.handle = handle
    }

    /// Writes text, always as a string: `"=SUM(A1)"` or `"=HYPERLINK(…)"` stays literal text.
    ///
    /// ```swift
    /// try sheet.write("=bukan rumus", row: 2, column: 1)   // cell B3 shows =bukan rumus
    /// ```
    public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws {
        let text = LiteralEscapes.protect(text)
        // UTF-16 never counts more units than UTF-8, whose count is stored: most text needs no count.
        if text.utf8.count > ExcelLimits.maxTextLength, text.excelLength > ExcelLimits.maxTextLength {
            throw XLSXWriterError.textTooLong(CellLocation(sheet: name, row: row, column: column), length: text.excelLength)
        }
        let format = try prepareCell(row: row, column: column, style: style)
        let code = worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), text, format)
        try LXW.check(code, "worksheet_write_string")
    }

    /// Writes a number; NaN and infinities are refused because Excel cannot store them.
    public func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) throws {
        guard number.isFinite else {
            throw XLSXWriterError.numberNotFinite(CellLocation(sheet: name, row: row, column: column))
        }
        let format = try prepareCell(row: row, column: column, style: style)
        let code = worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format)
        try LXW.check(code, "worksheet_write_number")
    }

    /// Writes an integer as a number (exact up to 2^53, as in Excel).
    public func write(_ number: Int, row: Int, column: Int, style: CellStyle? = nil) throws {
        try write(Double(number), row: row, column: column, style: style)
    }

    /// Writes `TRUE` or `FALSE`.
    public func write(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) throws {
        let format = try prepareCell(row: row, column: column, style: style)
        let code = worksheet_write_boolean(pointer, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, format)
        try LXW.check(code, "worksheet_write_boolean")
    }

    /// Gives an empty cell a style (borders, fill); without a style Excel would drop it anyway.
    public func writeBlank(row: Int, column: Int, style: CellStyle?) throws {
        let format = try prepareCell(row: row, column: column, style: style)
        guard format != nil else { return }
        let code = worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(column), format)
        try LXW.check(code, "worksheet_write_blank")
    }

    // MARK: - Checks shared by every call

    /// Checks the workbook is open, the cell is inside Excel and in order, and returns its format.
    func prepareCell(row: Int, column: Int, style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        _ = try handle.open()
        try checkCell(row: row, column: column)
        try advance(to: row)
        return try handle.format(for: style)
    }

    /// Throws unless the 0-based row and column are inside Excel's grid; `sheet` names another
    /// sheet in the error when the cell is a link target there.
    func checkCell(row: Int, column: Int, sheet: String? = nil) throws {
        let sheet = sheet ?? name
        if row < 0 || row >= ExcelLimits.maxRows { throw XLSXWriterError.rowOutOfRange(sheet: sheet, row: row) }
        if column < 0 || column >= ExcelLimits.maxColumns {
            throw XLSXWriterError.columnOutOfRange(sheet: sheet, column: column)
        }
    }

    /// Throws unless both corners are inside Excel's grid and in order.
    func checkRange(_ range: SheetRange) throws {
        try checkCell(row: range.firstRow, column: range.firstColumn)
        try checkCell(row: range.lastRow, column: range.lastColumn)
        if !range.isOrdered { throw XLSXWriterError.rangeReversed(sheet: name, range: range) }
    }

    /// In constant-memory mode libxlsxwriter has already flushed earlier rows; refuse to go back.
    func advance(to row: Int) throws {
        guard handle.constantMemory else { return }
        if row < lastRow { throw XLSXWriterError.rowOutOfOrder(sheet: name, row: row, lastRow: lastRow) }
        lastRow = row
    }
}
