import Foundation
import XLSXWriter

/// One sheet of a robustness-corpus submission as text cells, written by a cursor that moves
/// down like a person filling a document: a table, a blank row, a signature block.
struct CorpusSheet {
    var name: String
    private(set) var cells: [Int: [Int: String]] = [:]
    private(set) var merges: [SheetRange] = []
    private(set) var hidden: [Int] = []
    /// The next row to write (0-based).
    var row = 0

    init(name: String, startRow: Int = 0) {
        self.name = name
        self.row = startRow
    }

    /// Writes `texts` from `column` on the cursor row and moves down; `""` leaves a cell empty.
    mutating func line(_ texts: [String], at column: Int = 0) {
        put(texts, row: row, column: column)
        row += 1
    }

    /// Writes `texts` on `row` without moving the cursor (a block beside another).
    mutating func put(_ texts: [String], row: Int, column: Int) {
        for (offset, text) in texts.enumerated() where !text.isEmpty { cells[row, default: [:]][column + offset] = text }
    }

    mutating func blank(_ count: Int = 1) { row += count }

    mutating func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        merges.append(SheetRange(firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                                 lastRow: rows.upperBound, lastColumn: columns.upperBound))
    }

    /// Writes a line and hides its row.
    mutating func hiddenLine(_ texts: [String], at column: Int = 0) {
        hidden.append(row)
        line(texts, at: column)
    }

    var lastRow: Int { cells.keys.max() ?? -1 }

    /// The rows as text, for a CSV file: merged areas show their value in the first cell only,
    /// as Excel's CSV export does.
    func csv(delimiter: Character) -> String {
        guard lastRow >= 0 else { return "" }
        return (0...lastRow).map { row in
            let line = cells[row] ?? [:]
            let width = (line.keys.max() ?? -1) + 1
            return (0..<width).map { Self.quoted(line[$0] ?? "", delimiter: delimiter) }.joined(separator: String(delimiter))
        }.joined(separator: "\r\n") + "\r\n"
    }

    private static func quoted(_ text: String, delimiter: Character) -> String {
        guard text.contains(delimiter) || text.contains("\"") || text.contains("\n") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The sheet's `<sheetData>` with inline strings, as web exporters write it.
    var inlineSheetData: String {
        let hiddenRows = Set(hidden)
        return cells.keys.sorted().map { row in
            let line = cells[row]!
            let cellsXML = line.keys.sorted().map { column in
                "<c r=\"\(CorpusSheet.reference(row: row, column: column))\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(CorpusSheet.escaped(line[column]!))</t></is></c>"
            }.joined()
            return "<row r=\"\(row + 1)\"\(hiddenRows.contains(row) ? " hidden=\"1\"" : "")>\(cellsXML)</row>"
        }.joined()
    }

    var inlineMergeCells: String {
        guard !merges.isEmpty else { return "" }
        let refs = merges.map {
            "<mergeCell ref=\"\(Self.reference(row: $0.firstRow, column: $0.firstColumn)):\(Self.reference(row: $0.lastRow, column: $0.lastColumn))\"/>"
        }
        return "<mergeCells count=\"\(merges.count)\">\(refs.joined())</mergeCells>"
    }

    /// Writes the sheet with the project's own writer (shared strings).
    func write(to sheet: Worksheet) throws {
        var covered: Set<[Int]> = []
        for range in merges {
            try sheet.merge(range, text: cells[range.firstRow]?[range.firstColumn] ?? "")
            for row in range.firstRow...range.lastRow {
                for column in range.firstColumn...range.lastColumn { covered.insert([row, column]) }
            }
        }
        for (row, line) in cells {
            for (column, text) in line where !covered.contains([row, column]) { try sheet.write(text, row: row, column: column) }
        }
        for row in hidden { try sheet.hideRow(row) }
    }

    static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return "\(letters)\(row + 1)"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
