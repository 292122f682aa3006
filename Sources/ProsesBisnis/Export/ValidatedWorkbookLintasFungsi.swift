import Spreadsheet
import XLSXWriter

/// Where one lintas fungsi table goes: the key/value block on `top`...`top + 2`, the header on
/// `top + 3`, the unit names on `top + 4`, the numbering on `top + 5` and the activities after.
/// At least one unit column is kept so that a table without units still has the official shape.
struct LintasFungsiTableLayout {
    var top: Int
    var unitCount: Int

    init(top: Int, table: TabelLintasFungsi) {
        self.init(top: top, unitCount: table.units.count)
    }

    init(top: Int, unitCount: Int) {
        self.top = top
        self.unitCount = max(1, unitCount)
    }

    var header: Int { top + 3 }
    var unitNames: Int { top + 4 }
    var numbering: Int { top + 5 }
    var firstActivity: Int { top + 6 }
    var units: ClosedRange<Int> { 2...(1 + unitCount) }
    var output: Int { 2 + unitCount }
    var penanggungJawab: Int { 3 + unitCount }
}

extension ValidatedContext {
    /// Tabel Identifikasi Lintas Fungsi: one table per lintas fungsi, stacked with a blank row
    /// between them, the first on row 6 (0-based 5).
    func lintasFungsiSheet(_ tables: [TabelLintasFungsi]) -> PlannedSheet {
        var sheet = PlannedSheet(name: ValidatedSheetName.lintasFungsi)
        let widest = tables.map { LintasFungsiTableLayout(top: 0, table: $0).penanggungJawab }.max() ?? 4
        titleBlock("3. Tabel Identifikasi Lintas Fungsi", into: &sheet, lastColumn: widest)
        var top = ValidatedLayout.firstTableRow
        for table in tables {
            let layout = LintasFungsiTableLayout(top: top, table: table)
            Self.addKeyValueBlock(table, layout, into: &sheet)
            Self.addHeader(table, layout, into: &sheet)
            Self.addActivities(table, layout, into: &sheet)
            sheet.blocks.append(layout.top..<(layout.firstActivity + table.kegiatan.count))
            top = layout.firstActivity + table.kegiatan.count + 1
        }
        sheet.widths = Self.widths(tables, last: widest)
        sheet.printHeader = 0...2
        return sheet
    }

    /// `PROSES (KODE PROSES) :` then `name (code)` in the cells to its right, and the same for the sub process and the lintas fungsi.
    private static func addKeyValueBlock(_ table: TabelLintasFungsi, _ layout: LintasFungsiTableLayout,
                                         into sheet: inout PlannedSheet) {
        let values = [table.proses, table.subProses, table.lintasFungsi].map { reference in
            (valueText(reference), [reference?.nama?.location, reference?.kode?.location].compactMap { $0 })
        }
        addKeyValueLines(values, layout, into: &sheet)
    }

    /// The three key/value lines: the key over columns A–B, the value (with the original
    /// places it shows) merged over the rest of the table's width.
    static func addKeyValueLines(_ values: [(text: String, sources: [SourceLocation])], _ layout: LintasFungsiTableLayout,
                                 into sheet: inout PlannedSheet) {
        for (offset, key) in keyValueKeys.enumerated() {
            let value: (text: String, sources: [SourceLocation]) = offset < values.count ? values[offset] : ("", [])
            sheet.add(key + " :", row: layout.top + offset, columns: 0...1, .key)
            sheet.add(value.text, row: layout.top + offset, columns: 2...layout.penanggungJawab, .value, sources: value.sources)
        }
    }

    /// The keys of a lintas fungsi table's key/value block, as the instrument writes them.
    static let keyValueKeys = ["PROSES (KODE PROSES)", "SUB PROSES (KODE SUB PROSES)", "LINTAS FUNGSI (KODE LINTAS FUNGSI)"]

    /// `Nama (KODE)` as the template shows it; either part alone when the other is missing.
    static func valueText(_ reference: ParentReference?) -> String {
        let nama = reference?.nama?.text ?? "", kode = reference?.kode?.text ?? ""
        if nama.isEmpty || kode.isEmpty { return nama + kode }
        return "\(nama) (\(kode))"
    }

    /// The two header rows (UNIT KERJA TERKAIT over the unit names) and the numbering row.
    private static func addHeader(_ table: TabelLintasFungsi, _ layout: LintasFungsiTableLayout,
                                  into sheet: inout PlannedSheet) {
        var tableRow = table.location
        tableRow.column = nil
        let names = (0..<layout.unitCount).map { offset -> (name: String, sources: [SourceLocation]) in
            offset < table.units.count ? (table.units[offset].name, [table.units[offset].location]) : ("", [])
        }
        addLintasFungsiHeader(layout, unitNames: names, sources: (row: [tableRow], kegiatan: [table.location]), into: &sheet)
    }

    /// NO, KEGIATAN, OUTPUT and PENANGGUNG JAWAB over two rows, UNIT KERJA TERKAIT over the
    /// unit names (with the original places they show), then the numbering row.
    static func addLintasFungsiHeader(
        _ layout: LintasFungsiTableLayout, unitNames: [(name: String, sources: [SourceLocation])],
        sources: (row: [SourceLocation], kegiatan: [SourceLocation]) = ([], []), into sheet: inout PlannedSheet
    ) {
        let both = layout.header...layout.unitNames
        sheet.add("NO", rows: both, columns: 0...0, .header, sources: sources.row)
        sheet.add("KEGIATAN", rows: both, columns: 1...1, .header, sources: sources.kegiatan)
        sheet.add("UNIT KERJA TERKAIT", row: layout.header, columns: layout.units, .header)
        sheet.add("OUTPUT", rows: both, columns: layout.output...layout.output, .header)
        sheet.add("PENANGGUNG JAWAB", rows: both, columns: layout.penanggungJawab...layout.penanggungJawab, .header)
        for (offset, column) in layout.units.enumerated() {
            let unit: (name: String, sources: [SourceLocation]) = offset < unitNames.count ? unitNames[offset] : ("", [])
            sheet.add(PlannedCell(layout.unitNames, column, unit.name, .header, sources: unit.sources))
        }
        for column in 0...layout.penanggungJawab {
            sheet.add(PlannedCell(layout.numbering, column, "(\(column + 1))", .numbering))
        }
    }

    /// One row per activity, with "√" under each unit marked as taking part.
    private static func addActivities(_ table: TabelLintasFungsi, _ layout: LintasFungsiTableLayout,
                                      into sheet: inout PlannedSheet) {
        for (index, kegiatan) in table.kegiatan.enumerated() {
            let row = layout.firstActivity + index
            sheet.add(ordinal(kegiatan.no, number: index + 1, row: row, record: kegiatan.location))
            sheet.add(PlannedCell(row, 1, kegiatan.uraian, .text))
            for (offset, column) in layout.units.enumerated() {
                sheet.add(PlannedCell(row, column, kegiatan.units.contains(offset) ? "√" : "", .mark))
            }
            sheet.add(PlannedCell(row, layout.output, kegiatan.output, .text))
            sheet.add(PlannedCell(row, layout.penanggungJawab, kegiatan.penanggungJawab, .text))
        }
    }

    /// NO narrow, KEGIATAN wide, unit columns narrow, OUTPUT and PENANGGUNG JAWAB medium; a
    /// column that is a unit in one table and OUTPUT in another takes the wider of the two.
    private static func widths(_ tables: [TabelLintasFungsi], last: Int) -> [Double] {
        lintasFungsiWidths(tables.map { LintasFungsiTableLayout(top: 0, table: $0) }, last: last)
    }

    static func lintasFungsiWidths(_ layouts: [LintasFungsiTableLayout], last: Int) -> [Double] {
        var widths = [6.0, 40.0] + Array(repeating: 14.0, count: max(0, last - 1))
        for layout in layouts {
            widths[layout.output] = max(widths[layout.output], 24)
            widths[layout.penanggungJawab] = max(widths[layout.penanggungJawab], 22)
        }
        return widths
    }
}
