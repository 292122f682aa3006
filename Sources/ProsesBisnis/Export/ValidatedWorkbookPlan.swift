import Spreadsheet
import XLSXWriter

/// What a planned cell is; the role decides its look, and findings only add a fill and a note.
enum ValidatedCellRole: Hashable, Sendable {
    case title, subtitle, caption
    /// A line of the title block in small italics (the code pattern).
    case note
    case header, numbering
    /// A template's example row under the numbering (`No | Nama Proses | ...`), which readers skip.
    case hint
    /// NO and other short ordinals, centred.
    case ordinal
    case text
    /// A code column: text number format so Excel keeps `01` and `1.10`.
    case code
    case jenis
    /// The "√" of a unit taking part in an activity.
    case mark
    /// The parent process written over its sub processes.
    case groupText, groupCode
    /// The key and value of a lintas fungsi table's key/value block.
    case key, value
    /// The messages of a row's findings, in the column right of the table (`FindingNotes`).
    case finding
    /// The legend of the fills: its label, and a cell filled and named for each severity.
    case legendLabel
    case legend(Severity)
}

/// One cell to write, planned before writing so that every finding is known when its cell's
/// style is chosen (libxlsxwriter fixes a cell's format at the moment it is written).
struct PlannedCell: Hashable, Sendable {
    /// 0-based row and column of the cell (the top-left one for a merged span).
    var row: Int
    var column: Int
    var text: String
    var role: ValidatedCellRole
    /// The merged range the text covers, nil for one cell.
    var span: SheetRange?
    /// The original places whose values (or whole rows) this cell shows; findings there land here.
    var sources: [SourceLocation]

    init(_ row: Int, _ column: Int, _ text: String, _ role: ValidatedCellRole,
         span: SheetRange? = nil, sources: [SourceLocation] = []) {
        self.row = row
        self.column = column
        self.text = text
        self.role = role
        self.span = span
        self.sources = sources
    }

    /// A cell showing a field as read: its trimmed text, located at its original cell.
    init(_ row: Int, _ column: Int, _ field: FieldValue?, _ role: ValidatedCellRole,
         extra: [SourceLocation] = []) {
        self.init(row, column, field?.text ?? "", role, sources: (field.map { [$0.location] } ?? []) + extra)
    }
}

/// One sheet of the validated workbook, fully laid out but not yet written.
struct PlannedSheet: Sendable {
    var name: String
    var cells: [PlannedCell] = []
    /// Column widths in Excel character units, column A first.
    var widths: [Double] = []
    /// Rows repeated at the top of each printed page.
    var printHeader: ClosedRange<Int>?
    /// The first row below the frozen panes, nil for no freezing.
    var freezeRow: Int?
    /// Ranges that get the JENIS PROSES dropdown.
    var jenisRanges: [SheetRange] = []
    /// Rows that belong together on paper (a lintas fungsi table with its key/value block).
    var blocks: [Range<Int>] = []

    init(name: String) { self.name = name }

    mutating func add(_ cell: PlannedCell) { cells.append(cell) }

    /// Adds `text` merged over `rows` × `columns` (one plain cell when that is a single cell).
    mutating func add(_ text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>,
                      _ role: ValidatedCellRole, sources: [SourceLocation] = []) {
        let span = SheetRange(firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                              lastRow: rows.upperBound, lastColumn: columns.upperBound)
        let single = rows.count == 1 && columns.count == 1
        add(PlannedCell(rows.lowerBound, columns.lowerBound, text, role, span: single ? nil : span, sources: sources))
    }

    /// Adds `text` merged over `columns` of one row.
    mutating func add(_ text: String, row: Int, columns: ClosedRange<Int>, _ role: ValidatedCellRole,
                      sources: [SourceLocation] = []) {
        add(text, rows: row...row, columns: columns, role, sources: sources)
    }
}

/// Everything the sheets share: who the workbook is for and in which language.
struct ValidatedContext: Sendable {
    var opd: String
    var region: String
    var codeStyle: String?
    var language: Language

    /// `PETA PROSES BISNIS` / `<OPD> — <region>` / the table's name / the code pattern, merged
    /// over the table's width, so a printed page says whose table it is.
    func titleBlock(_ caption: String, into sheet: inout PlannedSheet, lastColumn: Int) {
        let columns = 0...max(lastColumn, 1)
        sheet.add("PETA PROSES BISNIS", row: 0, columns: columns, .title)
        let who = [opd, region].filter { !$0.isEmpty }.joined(separator: " — ")
        sheet.add(who, row: 1, columns: columns, .subtitle)
        sheet.add(caption, row: 2, columns: columns, .caption)
        if let codeStyle, !codeStyle.isEmpty {
            let label = language == .en ? "Code pattern" : "Pola kode"
            sheet.add("\(label): \(codeStyle)", row: 3, columns: columns, .note)
        }
    }

    /// The regulation's header row followed by the numbering row `(1) (2) ...`.
    func headerRows(_ headers: [String], at row: Int, into sheet: inout PlannedSheet) {
        for (column, header) in headers.enumerated() {
            sheet.add(PlannedCell(row, column, header, .header))
            sheet.add(PlannedCell(row + 1, column, "(\(column + 1))", .numbering))
        }
    }
}

/// Where the tables of the first two sheets start: title rows 1–4, a blank row, the header on
/// row 6 (A6), the numbering row on row 7 and the data from row 8 (0-based 5, 6 and 7).
enum ValidatedLayout {
    static let headerRow = 5
    static let numberingRow = 6
    static let firstDataRow = 7
    /// The first lintas fungsi table's key/value block starts on row 6 (0-based 5).
    static let firstTableRow = 5
}

extension PlannedCell {
    /// Writes the cell (merged over its span, blank with its look when empty) in `style`.
    func write(to sheet: Worksheet, style: CellStyle) throws {
        if let span {
            try sheet.merge(span, text: ExcelText.fitted(text), style: style)
        } else if text.isEmpty {
            try sheet.writeBlank(row: row, column: column, style: style)
        } else {
            // Always as text: a code read from a number cell (`1.1`) must stay what was read.
            try sheet.write(ExcelText.fitted(text), row: row, column: column, style: style)
        }
    }
}
