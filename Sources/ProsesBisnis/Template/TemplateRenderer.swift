import Spreadsheet
import XLSXWriter

/// Writes a planned template sheet: the validated workbook's styles with input cells
/// unlocked, row heights for wrapped text, dropdowns and notes, frozen panes, the validated
/// workbook's print setup, and sheet protection without a password.
struct TemplateRenderer {
    /// Locked cells cannot change; rows may be inserted and deleted (Excel refuses deleting a
    /// row holding locked cells, so headers survive), widths, heights and looks may change,
    /// and columns may not be inserted or deleted, which would break the layout.
    static let protection = SheetProtection(
        password: nil, formatCells: true, formatColumns: true, formatRows: true,
        insertRows: true, deleteRows: true, sort: false, autofilter: true)

    func write(_ template: TemplateSheet, to sheet: Worksheet) throws {
        let plan = template.plan
        for (column, width) in plan.widths.enumerated() {
            let open = template.openColumns?.contains(column) == true
            try sheet.setColumnWidth(width, first: column, style: open ? CellStyle(locked: false) : nil)
        }
        for cell in plan.cells { try write(cell, input: template.isInput(cell), to: sheet) }
        var heights = template.rowHeights
        for (row, lines) in ValidatedRenderer.wrappedLines(plan) where lines > 1 {
            heights[row] = max(heights[row] ?? 0, Double(min(lines, 12)) * 15)
        }
        for (row, height) in heights.sorted(by: { $0.key < $1.key }) { try sheet.setRowHeight(height, row: row) }
        for (validation, range) in template.dropdowns { try sheet.addListValidation(validation, to: range) }
        for (note, range) in template.notes { try sheet.addInputMessage(note, to: range) }
        for comment in template.comments { try sheet.writeComment(comment.text, row: comment.row, column: comment.column, author: "probis") }
        if let row = plan.freezeRow { try sheet.freezePanes(row: row) }
        try ValidatedRenderer.printSetup(sheet, header: plan.printHeader)
        try sheet.protect(Self.protection)
    }

    private func write(_ cell: PlannedCell, input: Bool, to sheet: Worksheet) throws {
        var style = cell.role.style
        style.locked = !input
        // The key/value values are boxed in the form, so the OPD sees where to write them.
        if input, cell.role == .value { style.border = true }
        try cell.write(to: sheet, style: style)
    }
}
