import Foundation

/// Reads a CSV file into a one-sheet workbook named after the file.
///
/// Every field is text (CSV has no types). A record's cells sit on the row of the line where
/// the record starts, so `row` is what the user sees in a text editor even when an earlier
/// record spans several lines; the `sep=` line, when present, is line 1 and holds no cells.
public struct CSVReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
    }

    public func read(path: String) throws -> Workbook {
        try read(data: FileLoading.load(path, limits: limits), path: path)
    }

    public func read(data: Data, path: String) throws -> Workbook {
        let (text, _) = TextDecoding.decode([UInt8](data))
        let dialect = CSVDialect.sniff(text)
        var cells: [Cell] = []
        for record in CSVParser(dialect: dialect).records(text) {
            guard record.line <= CellAddress.maxRows else {
                throw SpreadsheetError.tooManyCells(file: path, part: "CSV", limit: CellAddress.maxRows)
            }
            for (column, field) in record.fields.enumerated() where !field.isEmpty && column < CellAddress.maxColumns {
                cells.append(Cell(address: CellAddress(row: record.line - 1, column: column), value: .text(field)))
            }
            guard cells.count <= limits.maxCellsPerSheet else {
                throw SpreadsheetError.tooManyCells(file: path, part: "CSV", limit: limits.maxCellsPerSheet)
            }
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return Workbook(path: path, format: .csv, sheets: [Sheet(name: name, cells: cells)])
    }
}
