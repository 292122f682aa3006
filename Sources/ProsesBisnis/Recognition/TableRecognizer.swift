import Spreadsheet

/// Finds the instrument tables in the sheets of a submission and fills the domain model.
public enum TableRecognizer {
    /// Recognises every visible sheet of `workbook` into `submission`. `file` names the file
    /// inside a multi-file (CSV folder) submission, nil otherwise.
    public static func recognise(_ workbook: Workbook, file: String?, into submission: inout Submission) {
        for sheet in workbook.sheets {
            guard sheet.visibility == .visible else {
                submission.findings.append(RecognitionFindings.hiddenSheet(sheet.name, file: file))
                continue
            }
            let grid = Grid(sheet, file: file, isCSV: workbook.format == .csv)
            recognise(grid, into: &submission)
        }
    }

    static func recognise(_ grid: Grid, into submission: inout Submission) {
        let headers = HeaderDetector.headers(in: grid)
        for (index, header) in headers.enumerated() {
            submission.tablesFound.insert(header.kind)
            let following = headers[(index + 1)...].first { $0.span.overlaps(header.span) && $0.row > header.row }
            let rows = (header.row + 1)..<(following?.row ?? grid.rowCount)
            for column in header.unknownColumns {
                submission.findings.append(RecognitionFindings.unknownColumn(header, column: column, grid: grid))
            }
            switch header.kind {
            case .proses:
                ProsesTableReader.read(header, rows: rows, grid: grid, into: &submission)
            case .subproses:
                SubProsesTableReader(header: header, grid: grid).read(rows: rows, into: &submission)
            case .lintasfungsi:
                let previous = headers[..<index].last { $0.span.overlaps(header.span) }
                LintasFungsiTableReader(header: header, grid: grid)
                    .read(rows: rows, previousEnd: (previous?.row ?? -1) + 1, into: &submission)
            }
        }
    }

    /// Adds `table.missing` for each of the three tables that no sheet held.
    public static func reportMissingTables(in submission: inout Submission, found: Set<TableKind>) {
        for kind in TableKind.allCases where !found.contains(kind) {
            submission.findings.append(RecognitionFindings.missingTable(kind))
        }
    }
}
