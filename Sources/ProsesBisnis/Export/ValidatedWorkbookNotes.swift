import Spreadsheet
import XLSXWriter

/// What a printed validated sheet needs to say what is wrong: fills and comments do not print
/// (comments) or say nothing without a key (fills). A sheet with marked cells therefore gets
///
/// - a `TEMUAN PEMERIKSAAN` column at the right of its tables, holding on each row the
///   messages of the findings marked in that row (those of a header row or of a lintas
///   fungsi table's key/value lines on the first row under the header), each with its
///   severity and fix;
/// - a legend of the fills it uses on row 5 (0-based 4), between the title and the table,
///   repeated on every printed page with the header.
///
/// A sheet without findings is left as the instrument is, ready to be attached to a decree.
/// The reader knows the column's header and leaves the column out of the table
/// (`HeaderVocabulary.reviewNotes`), so a validated workbook reads back as the same
/// submission; the legend row is above the table, where no reader looks for data.
enum FindingNotes {
    static func header(_ language: Language) -> String {
        language == .en ? "REVIEW FINDINGS" : "TEMUAN PEMERIKSAAN"
    }

    static let width = 40.0
    /// The row of the legend: the blank row between the title block and the first table.
    static let legendRow = 4

    /// `plan` with the findings column and the legend, when `map` marks any of its cells.
    static func annotate(_ plan: PlannedSheet, map: ValidatedFindingMap, language: Language) -> PlannedSheet {
        let marks = map.marks.filter { $0.key.sheet == plan.name }
        guard !marks.isEmpty else { return plan }
        var sheet = plan
        let column = plan.widths.count
        let headerRows = rows(of: plan, roles: [.header])
        let numberingRows = rows(of: plan, roles: [.numbering])
        for range in consecutive(headerRows) {
            sheet.add(header(language), rows: range, columns: column...column, .header)
        }
        for row in numberingRows.sorted() { sheet.add(PlannedCell(row, column, "", .numbering)) }
        // A key/value line reads every cell right of its key as the value: its notes go under
        // the table's header too, so that the line reads back as written.
        let keyValueRows = rows(of: plan, roles: [.key, .value])
        let notes = notesByRow(marks, skipping: headerRows.union(numberingRows).union(keyValueRows), language: language)
        for row in rows(of: plan, roles: tableRoles).union(notes.keys).sorted() {
            sheet.add(PlannedCell(row, column, notes[row] ?? "", .finding))
        }
        sheet.widths.append(width)
        addLegend(Set(marks.values.joined().map(\.severity)), into: &sheet, language: language)
        return sheet
    }

    /// The roles of a table's body, whose rows get a (possibly blank) findings cell.
    private static let tableRoles: Set<ValidatedCellRole> = [.ordinal, .text, .code, .jenis, .mark, .groupText, .groupCode]

    /// The rows a cell of one of `roles` covers (merged cells every row of their span).
    private static func rows(of plan: PlannedSheet, roles: Set<ValidatedCellRole>) -> Set<Int> {
        var rows = Set<Int>()
        for cell in plan.cells where roles.contains(cell.role) {
            if let span = cell.span { rows.formUnion(span.firstRow...span.lastRow) } else { rows.insert(cell.row) }
        }
        return rows
    }

    /// Runs of consecutive rows, in order: a two-row header gets one merged findings header.
    private static func consecutive(_ rows: Set<Int>) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for row in rows.sorted() {
            if let last = ranges.last, last.upperBound == row - 1 {
                ranges[ranges.count - 1] = last.lowerBound...row
            } else {
                ranges.append(row...row)
            }
        }
        return ranges
    }

    /// Each row's notes, cells left to right, worst finding first within a cell; a reserved
    /// row's notes (header, numbering, key/value) go to the first row under it that is none.
    private static func notesByRow(_ marks: [CellLocation: [Finding]], skipping reserved: Set<Int>,
                                   language: Language) -> [Int: String] {
        var lines: [Int: [String]] = [:]
        for (place, findings) in marks.sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
            var row = place.row
            while reserved.contains(row) { row += 1 }
            let ordered = findings.enumerated().sorted { lhs, rhs in
                (lhs.element.severity, lhs.offset) < (rhs.element.severity, rhs.offset)
            }.map(\.element)
            lines[row, default: []] += ordered.map { note($0, language) }
        }
        return lines.mapValues { $0.joined(separator: "\n") }
    }

    /// `galat: Kode ... (perbaikan: MTR.02)`.
    static func note(_ finding: Finding, _ language: Language) -> String {
        var text = "\(FindingPresentation.word(finding.severity, language)): \(finding.message.text(language))"
        if let fix = finding.fix, !fix.isEmpty {
            text += " (\(FindingPresentation.fixLabel(language).lowercased()): \(fix))"
        }
        return text
    }

    /// `Warna sel:` then one filled cell per severity used, from column C on.
    private static func addLegend(_ severities: Set<Severity>, into sheet: inout PlannedSheet, language: Language) {
        sheet.add(PlannedCell(legendRow, 1, language == .en ? "Cell colours:" : "Warna sel:", .legendLabel))
        for (offset, severity) in Severity.allCases.filter(severities.contains).enumerated() {
            sheet.add(PlannedCell(legendRow, 2 + offset, FindingPresentation.word(severity, language), .legend(severity)))
        }
        if let header = sheet.printHeader {
            sheet.printHeader = min(header.lowerBound, legendRow)...max(header.upperBound, legendRow)
        }
    }
}
