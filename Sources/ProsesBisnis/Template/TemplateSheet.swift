import Spreadsheet
import XLSXWriter

/// One sheet of the template, laid out like the validated workbook's (a `PlannedSheet`) plus
/// what makes it a form: which cells stay editable under protection, dropdowns and notes.
struct TemplateSheet: Sendable {
    var plan: PlannedSheet
    /// Cells editable although their role is not an input role (a blank title, `*****` units).
    var inputs: [SheetRange] = []
    var dropdowns: [(validation: ListValidation, range: SheetRange)] = []
    var notes: [(note: InputMessage, range: SheetRange)] = []
    /// Cell comments (0-based row and column): where a filled row came from.
    var comments: [(row: Int, column: Int, text: String)] = []
    /// Heights in points for rows the wrapped-text estimate underrates (bold unit names).
    var rowHeights: [Int: Double] = [:]
    /// A sheet with no input at all (the instructions).
    var readOnly = false
    /// Columns whose empty cells stay editable, so whole tables can be pasted below the last.
    var openColumns: ClosedRange<Int>?

    init(name: String) { plan = PlannedSheet(name: name) }

    /// The roles of the cells the OPD fills in; titles, headers, numbering and hints stay locked.
    static let inputRoles: Set<ValidatedCellRole> = [.ordinal, .text, .code, .jenis, .mark, .groupText, .groupCode, .value]

    func isInput(_ cell: PlannedCell) -> Bool {
        !readOnly && Self.inputRoles.contains(cell.role) || inputs.contains { $0.covers(row: cell.row, column: cell.column) }
    }
}

/// Where the first two sheets' tables sit: the validated workbook's title, header and
/// numbering rows, then the hint row where the validated workbook starts its data.
enum TemplateLayout {
    static let headerRow = ValidatedLayout.headerRow
    static let hintRow = ValidatedLayout.firstDataRow
    static let firstDataRow = ValidatedLayout.firstDataRow + 1

    /// One column's cells from `first` through `last` (0-based rows).
    static func column(_ column: Int, rows first: Int, _ last: Int) -> SheetRange {
        SheetRange(firstRow: first, firstColumn: column, lastRow: max(first, last), lastColumn: column)
    }
}

extension SheetRange {
    func covers(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }
}
