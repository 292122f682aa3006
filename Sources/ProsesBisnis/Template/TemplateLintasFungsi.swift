import Spreadsheet
import XLSXWriter

extension TemplatePlanner {
    /// One filled-in table: the key/value lines and the activities.
    private struct Table {
        var values: [String]
        var kegiatan: [TemplateKegiatan]
        var sumber: String?
    }

    /// Tabel Identifikasi Lintas Fungsi: one table per lintas fungsi of the content (one blank
    /// table for a blank template), stacked as the validated workbook stacks them, each with
    /// a hint row under its numbering and empty activity rows. The table's columns stay
    /// editable below it, so the OPD can paste a copy of a table for each further lintas fungsi.
    func lintasFungsiSheet() throws -> TemplateSheet {
        var sheet = TemplateSheet(name: ValidatedSheetName.lintasFungsi)
        let units = options.unitHeaders
        let shape = LintasFungsiTableLayout(top: 0, unitCount: units.count)
        titleRows("3. Tabel Identifikasi Lintas Fungsi", lastColumn: shape.penanggungJawab, into: &sheet)
        let tables = content.lintasFungsi.isEmpty
            ? [Table(values: ["", "", ""], kegiatan: [], sumber: nil)]
            : content.lintasFungsi.map { item in
                Table(values: [Self.nameAndCode(item.proses.nama, item.proses.kode),
                               Self.nameAndCode(item.subProses.nama, item.subProses.kode),
                               Self.nameAndCode(item.lintasFungsi.nama, item.lintasFungsi.kode)],
                      kegiatan: item.lintasFungsi.kegiatan, sumber: item.lintasFungsi.sumber)
            }
        let widths = ValidatedContext.lintasFungsiWidths([shape], last: shape.penanggungJawab)
        var top = ValidatedLayout.firstTableRow
        for table in tables {
            let layout = LintasFungsiTableLayout(top: top, unitCount: units.count)
            ValidatedContext.addKeyValueLines(table.values.map { ($0, []) }, layout, into: &sheet.plan)
            if let sumber = table.sumber { sheet.comments.append((layout.top + 2, 2, sumber)) }
            ValidatedContext.addLintasFungsiHeader(layout, unitNames: units.map { ($0, []) }, into: &sheet.plan)
            addHint(layout, into: &sheet)
            sheet.rowHeights[layout.unitNames] = unitNamesHeight(width: widths[layout.units.lowerBound])
            let last = try addActivities(table.kegiatan, layout, into: &sheet)
            addForm(layout, lastActivity: last, into: &sheet)
            top = last + 2
        }
        sheet.plan.widths = widths
        sheet.plan.printHeader = 0...2
        sheet.openColumns = 0...shape.penanggungJawab
        return sheet
    }

    /// Bold names wrap sooner than the shared estimate assumes: about 0.8 characters a unit
    /// of width, by word; a printed header with a clipped unit name is useless.
    private func unitNamesHeight(width: Double) -> Double {
        let perLine = max(1, Int(width * 0.8))
        let lines = options.unitHeaders.map { name -> Int in
            var count = 1, used = 0
            for word in name.split(separator: " ").map(\.count) {
                if used > 0, used + 1 + word > perLine { count += 1; used = word } else { used += (used > 0 ? 1 : 0) + word }
            }
            return count
        }.max() ?? 1
        return Double(min(lines, 6)) * 13 + 4
    }

    /// `Nama (KODE)` as the instrument writes a key/value line.
    static func nameAndCode(_ nama: String, _ kode: String) -> String {
        nama.isEmpty || kode.isEmpty ? nama + kode : "\(nama) (\(kode))"
    }

    /// Under the numbering: `No | Uraian | | Output | Nama Unit Kerja`. The official hint row
    /// says `Aktifitas` under KEGIATAN, but with the unit names between header and hint the
    /// reader would take that for a second table's header; `Uraian` is read as a hint.
    private func addHint(_ layout: LintasFungsiTableLayout, into sheet: inout TemplateSheet) {
        let row = layout.firstActivity
        sheet.plan.add(PlannedCell(row, 0, "No", .hint))
        sheet.plan.add(PlannedCell(row, 1, "Uraian", .hint))
        for column in layout.units { sheet.plan.add(PlannedCell(row, column, "", .hint)) }
        sheet.plan.add(PlannedCell(row, layout.output, "Output", .hint))
        sheet.plan.add(PlannedCell(row, layout.penanggungJawab, "Nama Unit Kerja", .hint))
    }

    /// The activities, each unit taking part marked √, then empty rows; returns the last row.
    private func addActivities(_ kegiatan: [TemplateKegiatan], _ layout: LintasFungsiTableLayout,
                               into sheet: inout TemplateSheet) throws -> Int {
        let units = options.unitHeaders
        let first = layout.firstActivity + 1
        let empty = TemplateKegiatan(uraian: "", units: [], output: "", penanggungJawab: "")
        let rows = kegiatan + Array(repeating: empty, count: options.emptyRows.kegiatan)
        for (index, item) in rows.enumerated() {
            if let unknown = item.units.first(where: { !units.contains($0) }) { throw TemplateError.unknownUnit(unknown) }
            let row = first + index
            sheet.plan.add(PlannedCell(row, 0, index < kegiatan.count ? String(index + 1) : "", .ordinal))
            sheet.plan.add(PlannedCell(row, 1, item.uraian, .text))
            for (offset, column) in layout.units.enumerated() {
                sheet.plan.add(PlannedCell(row, column, item.units.contains(units[offset]) ? "√" : "", .mark))
            }
            sheet.plan.add(PlannedCell(row, layout.output, item.output, .text))
            sheet.plan.add(PlannedCell(row, layout.penanggungJawab, item.penanggungJawab, .text))
        }
        return first + rows.count - 1
    }

    /// Notes on the key/value values, KEGIATAN and OUTPUT; √ in the unit columns; the unit
    /// names as PENANGGUNG JAWAB's dropdown; editable unit names when they are placeholders.
    private func addForm(_ layout: LintasFungsiTableLayout, lastActivity: Int, into sheet: inout TemplateSheet) {
        for line in 0..<3 {
            let value = SheetRange(firstRow: layout.top + line, firstColumn: 2, lastRow: layout.top + line,
                                   lastColumn: layout.penanggungJawab)
            sheet.notes.append((texts.keyValue(line), value))
        }
        let first = layout.firstActivity + 1
        sheet.notes.append((texts.kegiatan, TemplateLayout.column(1, rows: first, lastActivity)))
        sheet.notes.append((texts.output, TemplateLayout.column(layout.output, rows: first, lastActivity)))
        let names = SheetRange(firstRow: layout.unitNames, firstColumn: layout.units.lowerBound,
                               lastRow: layout.unitNames, lastColumn: layout.units.upperBound)
        if options.units.isEmpty {
            sheet.inputs.append(names)
            sheet.notes.append((texts.unitNames, names))
        }
        let marks = SheetRange(firstRow: first, firstColumn: layout.units.lowerBound, lastRow: lastActivity,
                               lastColumn: layout.units.upperBound)
        sheet.dropdowns.append((texts.mark, marks))
        sheet.dropdowns.append((texts.penanggungJawab(sheet: sheet.plan.name, units: names),
                                TemplateLayout.column(layout.penanggungJawab, rows: first, lastActivity)))
    }
}
