import Spreadsheet
import XLSXWriter

extension ValidatedCellRole {
    /// The look of each role before any finding; thin borders and wrapping inside the tables.
    var style: CellStyle {
        switch self {
        case .title: CellStyle(bold: true, fontSize: 14, horizontal: .center)
        case .subtitle: CellStyle(bold: true, fontSize: 12, horizontal: .center)
        case .caption: CellStyle(bold: true, horizontal: .center)
        case .note: CellStyle(italic: true, fontSize: 9, horizontal: .center)
        case .header:
            CellStyle(bold: true, fill: .lightGray, border: true, wrap: true, horizontal: .center, vertical: .center)
        case .numbering: CellStyle(italic: true, fontSize: 9, border: true, horizontal: .center)
        case .hint:
            CellStyle(italic: true, fontColor: RGBColor(hex: 0x7F7F7F), border: true, wrap: true,
                      horizontal: .center, vertical: .top)
        case .ordinal, .mark: CellStyle(border: true, horizontal: .center, vertical: .top)
        case .text, .jenis: CellStyle(border: true, wrap: true, vertical: .top)
        case .code: CellStyle(border: true, wrap: true, vertical: .top, numberFormat: "@")
        case .groupText: CellStyle(bold: true, border: true, wrap: true, vertical: .top)
        case .groupCode: CellStyle(bold: true, border: true, wrap: true, vertical: .top, numberFormat: "@")
        case .key: CellStyle(bold: true, vertical: .top)
        case .value: CellStyle(wrap: true, vertical: .top, numberFormat: "@")
        case .finding: CellStyle(border: true, wrap: true, vertical: .top)
        case .legendLabel: CellStyle(italic: true, horizontal: .right, vertical: .center)
        case .legend(let severity):
            CellStyle(fill: FindingPresentation.fill(severity), border: true, horizontal: .center, vertical: .center)
        }
    }
}

/// Writes planned sheets: cells with their role's style, filled and annotated where findings
/// fall, then widths, the JENIS PROSES dropdown, frozen panes and print setup.
struct ValidatedRenderer {
    let map: ValidatedFindingMap
    let language: Language
    /// The running header and footer of every printed page (`RegionalPrint.pageText`).
    var pageText: (header: String, footer: String)?

    /// Signs the notes so that users see who wrote them.
    static let commentAuthor = "probis"

    func write(_ plan: PlannedSheet, to sheet: Worksheet) throws {
        for (column, width) in plan.widths.enumerated() { try sheet.setColumnWidth(width, first: column) }
        for cell in plan.cells { try write(cell, to: sheet) }
        let heights = Self.wrappedLines(plan).filter { $0.value > 1 }.mapValues { WrappedText.height(lines: $0) }
        for (row, height) in heights { try sheet.setRowHeight(height, row: row) }
        try sheet.setPageBreaks(before: PrintedPage.breaks(blocks: plan.blocks, heights: heights, widths: plan.widths,
                                                           repeated: plan.printHeader))
        for range in plan.jenisRanges { try sheet.addListValidation(Self.jenisValidation(language), to: range) }
        if let row = plan.freezeRow { try sheet.freezePanes(row: row) }
        try Self.printSetup(sheet, header: plan.printHeader, pageText: pageText)
    }

    /// Lines each row needs for its wrapped text (see `WrappedText`): LibreOffice does not
    /// grow rows by itself when it opens a file, and a printed table with clipped activities
    /// is useless as a decree attachment.
    static func wrappedLines(_ plan: PlannedSheet) -> [Int: Int] {
        var lines: [Int: Int] = [:]
        for cell in plan.cells where cell.span == nil && !cell.text.isEmpty && cell.column < plan.widths.count {
            let count = WrappedText.lines(cell.text, width: plan.widths[cell.column], bold: cell.role.style.bold)
            if count > 1 { lines[cell.row] = max(lines[cell.row] ?? 1, count) }
        }
        return lines
    }

    private func write(_ cell: PlannedCell, to sheet: Worksheet) throws {
        var style = cell.role.style
        let findings = map.marks.isEmpty ? nil : map.marks[CellLocation(sheet: sheet.name, row: cell.row, column: cell.column)]
        if let worst = findings?.map(\.severity).min() { style.fill = FindingPresentation.fill(worst) }
        try cell.write(to: sheet, style: style)
        if let findings {
            let note = FindingPresentation.comment(findings, language)
            try sheet.writeComment(note, row: cell.row, column: cell.column, author: Self.commentAuthor)
        }
    }

    /// The official terms as a dropdown; wrong values are refused for new input, while the
    /// values already there stay as read (Excel validates only what is typed).
    static func jenisValidation(_ language: Language) -> ListValidation {
        let english = language == .en
        return ListValidation(
            choices: JenisProses.allCases.map(\.rawValue),
            inputTitle: english ? "Process type" : "Jenis Proses",
            inputMessage: english
                ? "Choose Utama (core), Manajemen (management) or Pendukung (support)."
                : "Pilih Utama, Manajemen, atau Pendukung (PermenPANRB 19/2018).",
            errorTitle: english ? "Unknown process type" : "Jenis proses tidak dikenal",
            errorMessage: english
                ? "Only Utama, Manajemen or Pendukung are allowed."
                : "Hanya Utama, Manajemen, atau Pendukung yang diperbolehkan.")
    }

    /// Landscape A4, one page wide, with the header rows repeated on every page, as the
    /// tables are printed and attached to a decree.
    static func printSetup(_ sheet: Worksheet, header: ClosedRange<Int>?,
                           pageText: (header: String, footer: String)? = nil) throws {
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPageWidth()
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        if let header { try sheet.repeatRows(first: header.lowerBound, last: header.upperBound) }
        if let pageText { try sheet.setHeaderFooter(header: pageText.header, footer: pageText.footer) }
    }
}
