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
        }
    }
}

/// Writes planned sheets: cells with their role's style, filled and annotated where findings
/// fall, then widths, the JENIS PROSES dropdown, frozen panes and print setup.
struct ValidatedRenderer {
    let map: ValidatedFindingMap
    let language: Language

    /// Signs the notes so that users see who wrote them.
    static let commentAuthor = "probis"

    func write(_ plan: PlannedSheet, to sheet: Worksheet) throws {
        for (column, width) in plan.widths.enumerated() { try sheet.setColumnWidth(width, first: column) }
        for cell in plan.cells { try write(cell, to: sheet) }
        for (row, lines) in Self.wrappedLines(plan) where lines > 1 {
            try sheet.setRowHeight(Double(min(lines, 12)) * 15, row: row)
        }
        for range in plan.jenisRanges { try sheet.addListValidation(Self.jenisValidation(language), to: range) }
        if let row = plan.freezeRow { try sheet.freezePanes(row: row) }
        try Self.printSetup(sheet, header: plan.printHeader)
    }

    /// Lines each row needs for its wrapped text, estimated from text length and column width:
    /// LibreOffice does not grow rows by itself when it opens a file, and a printed table
    /// with clipped activities is useless as a decree attachment.
    /// Words are not broken, and bold text (unit names in a header) is wider.
    static func wrappedLines(_ plan: PlannedSheet) -> [Int: Int] {
        var lines: [Int: Int] = [:]
        for cell in plan.cells where cell.span == nil && !cell.text.isEmpty && cell.column < plan.widths.count {
            // Most cells fit on one line however they are measured (UTF-8 bytes never count
            // fewer than characters): the estimate below is for the few that may not.
            let width = plan.widths[cell.column]
            if cell.text.utf8.count <= Int(width * 0.9), !cell.text.utf8.contains(UInt8(ascii: "\n")) { continue }
            let perLine = max(1, Int(width * (cell.role.style.bold ? 0.9 : 1.1)))
            lines[cell.row] = max(lines[cell.row] ?? 1, wordWrappedLines(cell.text, perLine: perLine))
        }
        return lines
    }

    /// Lines a text takes when each of its lines wraps at spaces, a word longer than a line
    /// being cut. Counted over UTF-8 bytes (characters are the bytes that do not continue
    /// one), since every row of every table passes here.
    static func wordWrappedLines(_ text: String, perLine: Int) -> Int {
        var total = 0, lines = 1, used = 0, word = 0
        func place() {
            guard word > 0 else { return }
            if used > 0, used + 1 + word <= perLine {
                used += 1 + word
            } else {
                if used > 0 { lines += 1 }
                lines += (word - 1) / perLine
                used = (word - 1) % perLine + 1
            }
            word = 0
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                place()
                total += lines
                lines = 1
                used = 0
            case UInt8(ascii: " "): place()
            default: if byte & 0xC0 != 0x80 { word += 1 }
            }
        }
        place()
        return total + lines
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
    static func printSetup(_ sheet: Worksheet, header: ClosedRange<Int>?) throws {
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPageWidth()
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        if let header { try sheet.repeatRows(first: header.lowerBound, last: header.upperBound) }
    }
}
