import Spreadsheet

/// Where a value came from inside a submission, so that every finding can point at a cell.
///
/// `row` and `column` are stored 0-based and shown 1-based: `Sub Proses!C9` is row 8, column 2.
/// For CSV, `row` is the 0-based line on which the record starts and `sheet` is nil.
public struct SourceLocation: Hashable, Sendable {
    /// The file inside a submission made of several files (CSV folders); nil for one-file submissions.
    public var file: String?
    public var sheet: String?
    public var row: Int
    /// nil when the location is a whole row.
    public var column: Int?

    public init(file: String? = nil, sheet: String?, row: Int, column: Int?) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// The A1 reference (`C9`) for spreadsheet cells; nil for CSV and whole rows.
    public var cell: String? {
        guard sheet != nil, let column else { return nil }
        return CellAddress(row: row, column: column).description
    }

    /// The 1-based row as the user sees it.
    public var displayRow: Int { row + 1 }

    /// `Sub Proses!C9`, `sub-proses.csv:9`, for text reports.
    public var description: String {
        if let sheet {
            let place = cell ?? "\(displayRow)"
            return "\(sheet)!\(place)"
        }
        return "\(file ?? ""):\(displayRow)"
    }

    /// The same place, another column of its row.
    public func column(_ column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }
}

/// One cell's content as a table field: trimmed text, whether the file stored it as a number,
/// and where it is.
public struct FieldValue: Hashable, Sendable {
    /// The text with surrounding spaces removed (not a finding, per the report contract).
    public var text: String
    /// The raw text before trimming.
    public var raw: String
    /// True when the cell held a number (a code Excel turned into `1.1`).
    public var wasNumber: Bool
    public var location: SourceLocation

    public init(text: String, raw: String? = nil, wasNumber: Bool = false, location: SourceLocation) {
        self.text = text
        self.raw = raw ?? text
        self.wasNumber = wasNumber
        self.location = location
    }
}
