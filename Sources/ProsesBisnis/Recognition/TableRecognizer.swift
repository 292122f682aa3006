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
        if !grid.hiddenRowsWithContent.isEmpty {
            submission.findings.append(RecognitionFindings.hiddenRows(grid.hiddenRowsWithContent, grid: grid))
        }
        let found = HeaderDetector.headers(in: grid)
        let repeated = repeatedHeaders(found, grid: grid)
        let headers = found.indices.filter { !repeated.contains($0) }.map { found[$0] }
        for (index, header) in headers.enumerated() {
            submission.tablesFound.insert(header.kind)
            let following = headers[(index + 1)...].first { $0.span.overlaps(header.span) && $0.row > header.row }
            let limit = following?.row ?? grid.rowCount
            let repeats = repeated.isEmpty ? [] : Set(repeated.map { found[$0] }.filter { $0.row > header.row && $0.row < limit
                && $0.kind == header.kind && $0.span.overlaps(header.span) }.map(\.row))
            let extent = TableExtent(header: header, grid: grid, repeats: repeats, limit: limit)
            for column in header.unknownColumns {
                submission.findings.append(RecognitionFindings.unknownColumn(header, column: column, grid: grid))
            }
            switch header.kind {
            case .proses:
                ProsesTableReader.read(extent, into: &submission)
            case .subproses:
                SubProsesTableReader(header: header, grid: grid).read(extent, into: &submission)
            case .lintasfungsi:
                let previous = headers[..<index].last { $0.span.overlaps(header.span) }
                LintasFungsiTableReader(header: header, grid: grid)
                    .read(extent, previousEnd: (previous?.row ?? -1) + 1, into: &submission)
            }
        }
    }

    /// Indices of headers that repeat an earlier header of the same table with the same columns
    /// (pages pasted together). A lintas fungsi header with its own key/value block above it
    /// starts a new table instead.
    static func repeatedHeaders(_ headers: [TableHeader], grid: Grid) -> Set<Int> {
        var repeated: Set<Int> = []
        for (index, header) in headers.enumerated() {
            guard let previous = headers[..<index].last(where: { $0.span.overlaps(header.span) }),
                  previous.kind == header.kind, previous.columns == header.columns else { continue }
            if header.kind == .lintasfungsi, KeyValueBlock.endsAbove(header.row, notBefore: previous.row + 1, grid: grid, span: header.span) {
                continue
            }
            repeated.insert(index)
        }
        return repeated
    }

    /// Adds `table.missing` for each of the three tables that no sheet held.
    public static func reportMissingTables(in submission: inout Submission, found: Set<TableKind>) {
        for kind in TableKind.allCases where !found.contains(kind) {
            submission.findings.append(RecognitionFindings.missingTable(kind))
        }
    }
}
