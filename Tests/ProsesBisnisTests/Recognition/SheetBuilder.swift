import Spreadsheet
@testable import ProsesBisnis

/// Builds sheets from rows of text for recognition tests: `""` is an empty cell, a text that
/// parses as a number with `#` in front (`"#1.1"`) is stored as a number.
struct SheetBuilder {
    var name: String
    var rows: [[String]]
    var origin = CellAddress(row: 0, column: 0)
    var merged: [String] = []
    var visibility: SheetVisibility = .visible

    var sheet: Sheet {
        var cells: [Cell] = []
        for (rowIndex, row) in rows.enumerated() {
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                let value: CellValue = text.hasPrefix("#") && Double(text.dropFirst()) != nil
                    ? .number(Double(text.dropFirst())!) : .text(text)
                cells.append(Cell(address: CellAddress(row: origin.row + rowIndex, column: origin.column + columnIndex), value: value))
            }
        }
        return Sheet(name: name, visibility: visibility, cells: cells, mergedRanges: merged.compactMap { CellRange($0) })
    }

    /// Recognises the sheets as one XLSX submission.
    static func recognise(_ sheets: [SheetBuilder], format: SpreadsheetFormat = .xlsx) -> Submission {
        var submission = Submission(path: "Wilayah/OPD.xlsx", region: "Wilayah", opd: "OPD", format: format)
        TableRecognizer.recognise(Workbook(path: "x", format: format, sheets: sheets.map(\.sheet)), file: nil, into: &submission)
        return submission
    }
}
