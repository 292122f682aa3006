import Spreadsheet
import XLSXWriter

/// Plans the template's sheets with the validated workbook's title block, headers, widths and
/// styles, a hint row the reader skips, the content's rows and then empty input rows.
struct TemplatePlanner: Sendable {
    let options: TemplateOptions
    let content: TemplateContent

    var codes: TemplateCodes { TemplateCodes(prefix: options.prefix) }
    var texts: TemplateTexts { TemplateTexts(language: options.language, codes: codes) }
    var context: ValidatedContext {
        ValidatedContext(opd: options.opd, region: options.region, codeStyle: codes.pattern(options.language),
                         language: options.language)
    }

    /// The official hint rows (seed 000), in words the reader knows as hints, never as data.
    /// The expected codes (`MTR.01`) go in the title's pattern line and the code cells' notes
    /// instead: a code in the hint row would make the reader take the row for data.
    static let prosesHint = ["No", "Nama Proses", "Utama/Manajemen/Pendukung", "Kode"]
    static let subProsesHint = ["No", "Nama Sub Proses", "Kode", "Nama Lintas Fungsi", "Kode"]

    /// Tabel Identifikasi Proses: one row per process, then empty rows.
    func prosesSheet() -> TemplateSheet {
        var sheet = TemplateSheet(name: ValidatedSheetName.proses)
        titleRows("1. Tabel Identifikasi Proses", lastColumn: 3, headers: InstrumentColumns.proses, into: &sheet)
        for (column, hint) in Self.prosesHint.enumerated() {
            sheet.plan.add(PlannedCell(TemplateLayout.hintRow, column, hint, .hint))
        }
        let rows = content.proses.map { ["", $0.nama, $0.jenis, $0.kode] }
            + Array(repeating: ["", "", "", ""], count: options.emptyRows.proses)
        let roles: [ValidatedCellRole] = [.ordinal, .text, .jenis, .code]
        for (index, values) in rows.enumerated() {
            let row = TemplateLayout.firstDataRow + index
            for (column, value) in values.enumerated() {
                let text = column == 0 && index < content.proses.count ? String(index + 1) : value
                sheet.plan.add(PlannedCell(row, column, text, roles[column]))
            }
        }
        for (index, proses) in content.proses.enumerated() {
            if let sumber = proses.sumber { sheet.comments.append((TemplateLayout.firstDataRow + index, 1, sumber)) }
        }
        let last = TemplateLayout.firstDataRow + rows.count - 1
        sheet.dropdowns = [(ValidatedRenderer.jenisValidation(options.language), TemplateLayout.column(2, rows: TemplateLayout.firstDataRow, last))]
        sheet.notes += [(texts.prosesNama, TemplateLayout.column(1, rows: TemplateLayout.firstDataRow, last)),
                        (texts.prosesKode, TemplateLayout.column(3, rows: TemplateLayout.firstDataRow, last))]
        sheet.plan.widths = InstrumentColumns.prosesWidths
        return sheet
    }

    /// Tabel Identifikasi Sub Proses - Lintas Fungsi: per process a group row, its sub processes
    /// each with its first lintas fungsi, continuation rows for the others; then empty rows.
    func subProsesSheet() -> TemplateSheet {
        var sheet = TemplateSheet(name: ValidatedSheetName.subProses)
        titleRows("2. Tabel Identifikasi Sub Proses - Lintas Fungsi", lastColumn: 4, headers: InstrumentColumns.subProses,
                  into: &sheet)
        for (column, hint) in Self.subProsesHint.enumerated() {
            sheet.plan.add(PlannedCell(TemplateLayout.hintRow, column, hint, .hint))
        }
        var rows: [([String], [ValidatedCellRole])] = []
        let plain: [ValidatedCellRole] = [.ordinal, .text, .code, .text, .code]
        var number = 0
        func comment(_ column: Int, _ sumber: String?) {
            if let sumber { sheet.comments.append((TemplateLayout.firstDataRow + rows.count - 1, column, sumber)) }
        }
        for proses in content.proses where !proses.subProses.isEmpty {
            rows.append((["", proses.nama, proses.kode, "", ""], [.groupText, .groupText, .groupCode, .groupText, .groupText]))
            for sub in proses.subProses {
                number += 1
                let first = sub.lintasFungsi.first
                rows.append(([String(number), sub.nama, sub.kode, first?.nama ?? "", first?.kode ?? ""], plain))
                comment(1, sub.sumber)
                comment(3, first?.sumber)
                for other in sub.lintasFungsi.dropFirst() {
                    rows.append((["", "", "", other.nama, other.kode], plain))
                    comment(3, other.sumber)
                }
            }
        }
        rows += Array(repeating: (["", "", "", "", ""], plain), count: options.emptyRows.subProses)
        for (index, (values, roles)) in rows.enumerated() {
            for column in values.indices {
                sheet.plan.add(PlannedCell(TemplateLayout.firstDataRow + index, column, values[column], roles[column]))
            }
        }
        let last = TemplateLayout.firstDataRow + rows.count - 1
        let notes = [texts.subProsesNama, texts.subProsesKode, texts.lintasFungsiNama, texts.lintasFungsiKode]
        sheet.notes += notes.enumerated().map { ($1, TemplateLayout.column($0 + 1, rows: TemplateLayout.firstDataRow, last)) }
        sheet.plan.widths = InstrumentColumns.subProsesWidths
        return sheet
    }

    /// The validated workbook's title block, and its header and numbering rows when `headers`
    /// are given; the OPD/region line is editable when the province left it blank. Header to
    /// hint rows repeat on every printed page.
    func titleRows(_ caption: String, lastColumn: Int, headers: [String]? = nil, into sheet: inout TemplateSheet) {
        context.titleBlock(caption, into: &sheet.plan, lastColumn: lastColumn)
        if options.opd.isEmpty && options.region.isEmpty {
            let line = SheetRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: max(lastColumn, 1))
            sheet.inputs.append(line)
            sheet.notes.append((texts.who, line))
        }
        guard let headers else { return }
        context.headerRows(headers, at: TemplateLayout.headerRow, into: &sheet.plan)
        sheet.plan.printHeader = TemplateLayout.headerRow...TemplateLayout.hintRow
        sheet.plan.freezeRow = TemplateLayout.firstDataRow
    }
}
