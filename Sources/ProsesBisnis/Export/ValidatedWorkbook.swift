import Foundation
import Spreadsheet
import XLSXWriter

/// The workbook a province sends back to an OPD: its submission's data as read, in the
/// official instrument's layout, with every finding marked on its cell and listed in `Temuan`.
///
/// Sheets: `Identifikasi Proses`, `Sub Proses`, `Lintas Fungsi`, `Temuan`. Nothing is
/// corrected here: the point is to show the OPD what it wrote and what is wrong with it. The
/// same input always gives the same bytes (fixed creation date, no clock or random input).
///
/// ```swift
/// let checked = RuleCatalogue.checkWithStyle(submission)
/// try ValidatedWorkbook.write(checked.submission, codeStyle: checked.codeStyle,
///                             to: "keluaran/Kota Metro/Dinas Pendidikan.xlsx", language: .id)
/// ```
public enum ValidatedWorkbook {
    /// Writes the validated workbook to `path` through `AtomicFile`: checked whole, then
    /// renamed into place, so a reader never sees half a file. `syncingLater`: see
    /// `AtomicFile.writeSyncingLater`.
    public static func write(_ submission: Submission, codeStyle: String?, to path: String, language: Language,
                             syncingLater: Bool = false) throws {
        let planned = plan(submission, codeStyle: codeStyle, language: language)
        let map = ValidatedFindingMap(sheets: planned, findings: submission.findings)
        let sheets = planned.map { FindingNotes.annotate($0, map: map, language: language) }
        let who = [submission.opd, submission.region].filter { !$0.isEmpty }.joined(separator: " — ")
        let pageText = RegionalPrint.pageText(title: who, language: language)
        try AtomicFile.produce(at: path, package: true, syncingLater: syncingLater) { temporary in
            // libxlsxwriter stages its parts beside the destination: a memory-backed folder
            // (`/dev/shm`) that fills up cuts parts short without an error from the library.
            let book = try XLSXWriter.Workbook(
                path: temporary, options: .init(temporaryDirectory: AtomicFile.parent(of: path)),
                properties: properties(submission, codeStyle: codeStyle))
            let renderer = ValidatedRenderer(map: map, language: language, pageText: pageText)
            for sheet in sheets { try renderer.write(sheet, to: book.addWorksheet(sheet.name)) }
            let temuan = TemuanSheet(map: map, language: language, submissionPath: submission.path, pageText: pageText)
            try temuan.write(submission.findings, to: book.addWorksheet(ValidatedSheetName.temuan))
            try book.close()
        }
    }

    /// Where each original cell (and each original row, with a nil column) is shown in the
    /// validated workbook; places that were not written (placeholders, unmapped columns) are
    /// absent. Rows and columns are 0-based on both sides.
    public static func layout(_ submission: Submission) -> [SourceLocation: CellLocation] {
        ValidatedFindingMap(sheets: plan(submission, codeStyle: nil, language: .id), findings: [], everyTarget: true).targets
    }

    /// The three instrument sheets, laid out but not written.
    static func plan(_ submission: Submission, codeStyle: String?, language: Language) -> [PlannedSheet] {
        let context = ValidatedContext(opd: submission.opd, region: submission.region, codeStyle: codeStyle, language: language)
        return [
            context.prosesSheet(submission.proses),
            context.subProsesSheet(submission),
            context.lintasFungsiSheet(submission.tabelLintasFungsi),
        ]
    }

    /// Title and author for File › Info; the creation date stays XLSXWriter's fixed default so
    /// that two runs give byte-identical files.
    static func properties(_ submission: Submission, codeStyle: String?) -> DocumentProperties {
        let who = [submission.opd, submission.region].filter { !$0.isEmpty }.joined(separator: " — ")
        return DocumentProperties(
            title: "Peta Proses Bisnis — \(who)", subject: "Instrumen Peta Proses Bisnis tervalidasi",
            author: "probis", category: "Peta Proses Bisnis", keywords: codeStyle.map { "pola kode \($0)" },
            comments: "Data sebagaimana dibaca dari \(submission.path); temuan ditandai pada selnya.")
    }
}
