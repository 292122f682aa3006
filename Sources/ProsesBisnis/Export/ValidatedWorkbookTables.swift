import Spreadsheet
import XLSXWriter

/// The names of the validated workbook's sheets: the official instrument's three tables, then
/// the findings. They stay Indonesian in both languages because the instrument is Indonesian.
public enum ValidatedSheetName {
    public static let proses = "Identifikasi Proses"
    public static let subProses = "Sub Proses"
    public static let lintasFungsi = "Lintas Fungsi"
    public static let temuan = "Temuan"
}

/// The regulation's column headers and the widths the instrument sheets use for them, shared
/// by the validated workbook and the blank template so that both print alike.
enum InstrumentColumns {
    static let proses = ["NO", "PROSES", "JENIS PROSES", "KODE"]
    static let prosesWidths: [Double] = [6, 50, 16, 18]
    static let subProses = ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"]
    static let subProsesWidths: [Double] = [6, 40, 18, 40, 20]
}

extension ValidatedContext {
    /// Tabel Identifikasi Proses: `NO | PROSES | JENIS PROSES | KODE`, one row per process.
    func prosesSheet(_ proses: [Proses]) -> PlannedSheet {
        var sheet = PlannedSheet(name: ValidatedSheetName.proses)
        titleBlock("1. Tabel Identifikasi Proses", into: &sheet, lastColumn: 3)
        headerRows(InstrumentColumns.proses, at: ValidatedLayout.headerRow, into: &sheet)
        for (index, item) in proses.enumerated() {
            let row = ValidatedLayout.firstDataRow + index
            sheet.add(Self.ordinal(item.no, number: index + 1, row: row, record: item.location))
            sheet.add(PlannedCell(row, 1, item.nama, .text))
            sheet.add(PlannedCell(row, 2, item.jenis, .jenis))
            sheet.add(PlannedCell(row, 3, item.kode, .code))
        }
        if !proses.isEmpty {
            let last = ValidatedLayout.firstDataRow + proses.count - 1
            sheet.jenisRanges = [SheetRange(firstRow: ValidatedLayout.firstDataRow, firstColumn: 2, lastRow: last, lastColumn: 2)]
        }
        sheet.widths = InstrumentColumns.prosesWidths
        Self.tableSheetSetup(&sheet)
        return sheet
    }

    /// Tabel Identifikasi Sub Proses - Lintas Fungsi: a group row whenever the parent process
    /// changes, each sub process with its first lintas fungsi on its own row, and continuation
    /// rows (NO and SUB PROSES blank) for the others, in reading order.
    func subProsesSheet(_ submission: Submission) -> PlannedSheet {
        var sheet = PlannedSheet(name: ValidatedSheetName.subProses)
        titleBlock("2. Tabel Identifikasi Sub Proses - Lintas Fungsi", into: &sheet, lastColumn: 4)
        headerRows(InstrumentColumns.subProses, at: ValidatedLayout.headerRow, into: &sheet)
        let listing = Self.lintasFungsiListing(submission)
        var row = ValidatedLayout.firstDataRow
        var parent: ParentReference?
        for (index, sub) in submission.subProses.enumerated() {
            if let group = sub.parent, group != parent {
                Self.addGroupRow(group, row: row, into: &sheet)
                row += 1
            }
            parent = sub.parent
            sheet.add(Self.ordinal(sub.no, number: index + 1, row: row, record: sub.location))
            sheet.add(PlannedCell(row, 1, sub.nama, .text))
            sheet.add(PlannedCell(row, 2, sub.kode, .code))
            row = Self.addLintasFungsi(listing.bySubProses[index], from: row, into: &sheet)
        }
        row = Self.addLintasFungsi(listing.orphans, from: row, continuing: true, into: &sheet)
        sheet.widths = InstrumentColumns.subProsesWidths
        Self.tableSheetSetup(&sheet)
        return sheet
    }

    /// Frozen and repeated header rows and print setup shared by the first two sheets.
    private static func tableSheetSetup(_ sheet: inout PlannedSheet) {
        sheet.printHeader = ValidatedLayout.headerRow...ValidatedLayout.numberingRow
        sheet.freezeRow = ValidatedLayout.firstDataRow
    }

    /// The NO cell: the value as read, or the running number when the row had none (NO is an
    /// ordinal, not data). It also stands for the whole row, so row-level findings land on it.
    static func ordinal(_ no: FieldValue?, number: Int, row: Int, record: SourceLocation) -> PlannedCell {
        var whole = record
        whole.column = nil
        let sources = (no.map { [$0.location] } ?? []) + [whole]
        return PlannedCell(row, 0, no?.text ?? String(number), .ordinal, sources: sources)
    }

    /// A group row: the parent process's name and code in bold, without NO.
    private static func addGroupRow(_ group: ParentReference, row: Int, into sheet: inout PlannedSheet) {
        sheet.add(PlannedCell(row, 0, "", .groupText))
        sheet.add(PlannedCell(row, 1, group.nama, .groupText))
        sheet.add(PlannedCell(row, 2, group.kode, .groupCode))
        sheet.add(PlannedCell(row, 3, "", .groupText))
        sheet.add(PlannedCell(row, 4, "", .groupText))
    }

    /// Writes lintas fungsi into columns D and E starting on `row` (the sub process's own row
    /// unless `continuing`); returns the row after the last one used.
    private static func addLintasFungsi(_ items: [LintasFungsi], from row: Int, continuing: Bool = false,
                                        into sheet: inout PlannedSheet) -> Int {
        var row = row
        if items.isEmpty {
            if continuing { return row }
            sheet.add(PlannedCell(row, 3, "", .text))
            sheet.add(PlannedCell(row, 4, "", .code))
            return row + 1
        }
        for (index, item) in items.enumerated() {
            if continuing || index > 0 {
                sheet.add(ordinalBlank(row: row, record: item.location))
                sheet.add(PlannedCell(row, 1, "", .text))
                sheet.add(PlannedCell(row, 2, "", .code))
            }
            sheet.add(PlannedCell(row, 3, item.nama, .text))
            sheet.add(PlannedCell(row, 4, item.kode, .code))
            row += 1
        }
        return row
    }

    /// The blank NO cell of a continuation row, standing for its original row.
    private static func ordinalBlank(row: Int, record: SourceLocation) -> PlannedCell {
        var whole = record
        whole.column = nil
        return PlannedCell(row, 0, "", .ordinal, sources: [whole])
    }

    /// Each sub process's lintas fungsi (matched by the exact reference the reader recorded),
    /// and those that name no listed sub process, each list in reading order.
    static func lintasFungsiListing(_ submission: Submission) -> (bySubProses: [[LintasFungsi]], orphans: [LintasFungsi]) {
        var index: [ParentReference: Int] = [:]
        for (position, sub) in submission.subProses.enumerated() {
            let reference = ParentReference(nama: sub.nama, kode: sub.kode)
            if index[reference] == nil { index[reference] = position }
        }
        var bySubProses = Array(repeating: [LintasFungsi](), count: submission.subProses.count)
        var orphans: [LintasFungsi] = []
        for item in submission.lintasFungsi {
            if let reference = item.subProses, let position = index[reference] {
                bySubProses[position].append(item)
            } else {
                orphans.append(item)
            }
        }
        return (bySubProses, orphans)
    }
}
