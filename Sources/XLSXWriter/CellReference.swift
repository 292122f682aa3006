import Foundation

/// A cell on a named sheet, kept 0-based so it matches every writing call; shown 1-based in A1 form.
///
/// Errors carry it so a message can name the exact cell (`Sub Proses!C9`) without the caller
/// having to remember which call failed.
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    /// The sheet's name as given to `Workbook.addWorksheet(_:)`.
    public var sheet: String
    /// 0-based row (row 1 in Excel is 0 here).
    public var row: Int
    /// 0-based column (column A in Excel is 0 here).
    public var column: Int

    /// Creates a location from a sheet name and a 0-based row and column.
    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `Sheet!A1`: how a person finds the cell in Excel.
    public var description: String { "\(sheet)!\(A1.reference(row: row, column: column))" }
}

/// A rectangle of cells, 0-based and inclusive at both ends, as libxlsxwriter takes ranges.
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    /// 0-based first row.
    public var firstRow: Int
    /// 0-based first column.
    public var firstColumn: Int
    /// 0-based last row (inclusive).
    public var lastRow: Int
    /// 0-based last column (inclusive).
    public var lastColumn: Int

    /// Creates a range from 0-based inclusive corners.
    ///
    /// ```swift
    /// let header = SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5) // A1:F1
    /// ```
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A range of one cell, 0-based.
    public init(row: Int, column: Int) {
        self.init(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }

    /// `A1:F1` (or `A1` for a single cell), 1-based as Excel shows it.
    public var description: String {
        let first = A1.reference(row: firstRow, column: firstColumn)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + A1.reference(row: lastRow, column: lastColumn)
    }

    /// True when both corners are in order; libxlsxwriter would silently swap them otherwise.
    var isOrdered: Bool { firstRow <= lastRow && firstColumn <= lastColumn }

    /// True for a one-cell range, which Excel refuses to merge.
    var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }

    /// True when the two rectangles share at least one cell.
    func overlaps(_ other: SheetRange) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }
}

/// A1 formatting for messages and link targets; the Spreadsheet module has its own full parser.
enum A1 {
    /// Column letters for a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B3` for 0-based row 2, column 1.
    static func reference(row: Int, column: Int) -> String {
        guard row >= 0, column >= 0 else { return "R\(row + 1)C\(column + 1)" }
        return columnName(column) + String(row + 1)
    }

    /// `'Daftar'!$A$2:$A$40`: an absolute range on a quoted sheet, for validation sources.
    static func absoluteRange(sheet: String, range: SheetRange) -> String {
        let escaped = sheet.replacingOccurrences(of: "'", with: "''")
        func absolute(_ row: Int, _ column: Int) -> String { "$" + columnName(column) + "$" + String(row + 1) }
        return "'\(escaped)'!" + absolute(range.firstRow, range.firstColumn) + ":"
            + absolute(range.lastRow, range.lastColumn)
    }

    /// `'Sheet name'!A1`, quoting the sheet name as Excel formulas and links require.
    static func quotedReference(sheet: String, row: Int, column: Int) -> String {
        let escaped = sheet.replacingOccurrences(of: "'", with: "''")
        return "'\(escaped)'!" + reference(row: row, column: column)
    }
}
