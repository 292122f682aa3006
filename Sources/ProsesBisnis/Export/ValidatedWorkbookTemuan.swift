import Spreadsheet
import XLSXWriter

/// The `Temuan` sheet: one row per finding, linked to the cell it marks so that a user can
/// jump from the list to the problem and back to work.
///
/// Columns: No | Aturan | Tingkat | Lembar | Sel | Pesan | Perbaikan | Lokasi asli, header on
/// row 1, findings from row 2 in the submission's order.
struct TemuanSheet {
    let map: ValidatedFindingMap
    let language: Language
    let submissionPath: String
    var pageText: (header: String, footer: String)?

    static func headers(_ language: Language) -> [String] {
        language == .en
            ? ["No", "Rule", "Severity", "Sheet", "Cell", "Message", "Fix", "Original location"]
            : ["No", "Aturan", "Tingkat", "Lembar", "Sel", "Pesan", "Perbaikan", "Lokasi asli"]
    }

    static let widths: [Double] = [5, 24, 12, 20, 10, 60, 24, 44]
    static let bodyStyle = CellStyle(border: true, wrap: true, vertical: .top)
    /// Excel's own hyperlink blue, kept with the table's border (the writer has no underline).
    static let linkStyle = CellStyle(fontColor: RGBColor(hex: 0x0563C1), border: true, vertical: .top)

    func write(_ findings: [Finding], to sheet: Worksheet) throws {
        let headers = Self.headers(language)
        for (column, width) in Self.widths.enumerated() { try sheet.setColumnWidth(width, first: column) }
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: 0, column: column, style: ValidatedCellRole.header.style)
        }
        for (index, finding) in findings.enumerated() {
            try write(finding, number: index + 1, row: index + 1, to: sheet)
        }
        try sheet.setAutofilter(SheetRange(firstRow: 0, firstColumn: 0, lastRow: max(findings.count, 1),
                                           lastColumn: headers.count - 1))
        try sheet.freezePanes(row: 1)
        try ValidatedRenderer.printSetup(sheet, header: 0...0, pageText: pageText)
    }

    private func write(_ finding: Finding, number: Int, row: Int, to sheet: Worksheet) throws {
        let body = Self.bodyStyle
        var severityStyle = body
        severityStyle.fill = FindingPresentation.fill(finding.severity)
        let target = map.target(for: finding.location)
        let original = FindingPresentation.originalPlace(finding.location, submissionPath: submissionPath)
        let texts = [finding.rule.rawValue, finding.message.text(language), finding.fix ?? "", original]
        let lines = zip(texts, [1, 5, 6, 7]).map { WrappedText.lines($0, width: Self.widths[$1]) }.max() ?? 1
        if lines > 1 { try sheet.setRowHeight(WrappedText.height(lines: lines), row: row) }
        try sheet.write(number, row: row, column: 0, style: body)
        try sheet.write(finding.rule.rawValue, row: row, column: 1, style: body)
        try sheet.write(FindingPresentation.word(finding.severity, language), row: row, column: 2, style: severityStyle)
        try writeText(target?.sheet, row: row, column: 3, to: sheet)
        if let target {
            let reference = CellAddress(row: target.row, column: target.column).description
            try sheet.writeInternalLink(reference, row: row, column: 4, to: target, style: Self.linkStyle)
        } else {
            try writeText(finding.location?.description, row: row, column: 4, to: sheet)
        }
        try sheet.write(finding.message.text(language), row: row, column: 5, style: body)
        try writeText(finding.fix, row: row, column: 6, to: sheet)
        try sheet.write(original, row: row, column: 7, style: body)
    }

    /// Text or a bordered blank, so the table's grid has no holes.
    private func writeText(_ text: String?, row: Int, column: Int, to sheet: Worksheet) throws {
        if let text, !text.isEmpty {
            try sheet.write(text, row: row, column: column, style: Self.bodyStyle)
        } else {
            try sheet.writeBlank(row: row, column: column, style: Self.bodyStyle)
        }
    }
}
