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
    /// Writes the validated workbook to `path`, atomically: a temporary file in the same
    /// folder (created when missing) is renamed into place, so a reader never sees half a file.
    public static func write(_ submission: Submission, codeStyle: String?, to path: String, language: Language) throws {
        let sheets = plan(submission, codeStyle: codeStyle, language: language)
        let map = ValidatedFindingMap(sheets: sheets, findings: submission.findings)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let temporary = temporaryPath(for: path)
        do {
            let book = try XLSXWriter.Workbook(
                path: temporary, options: .init(temporaryDirectory: XLSXWriter.Workbook.Options.memoryBackedTemporaryDirectory),
                properties: properties(submission, codeStyle: codeStyle))
            let renderer = ValidatedRenderer(map: map, language: language)
            for sheet in sheets { try renderer.write(sheet, to: book.addWorksheet(sheet.name)) }
            let temuan = TemuanSheet(map: map, language: language, submissionPath: submission.path)
            try temuan.write(submission.findings, to: book.addWorksheet(ValidatedSheetName.temuan))
            try book.close()
            try moveIntoPlace(temporary, path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
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

    /// A hidden sibling of `path` (same folder, so the final rename cannot cross file systems).
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// `rename(2)` replaces the destination atomically; FileManager's move would refuse it.
    private static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else {
            throw ValidatedWorkbookError.cannotReplace(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// Why a validated workbook could not be put in place (writing errors are `XLSXWriterError`).
public enum ValidatedWorkbookError: Error, Equatable, Sendable {
    case cannotReplace(path: String, reason: String)

    public func message(_ language: Language = .id) -> String {
        switch self {
        case .cannotReplace(let path, let reason):
            language == .en
                ? "Cannot move the validated workbook into place at '\(path)': \(reason)."
                : "Workbook tervalidasi tidak dapat ditempatkan di '\(path)': \(reason)."
        }
    }
}

extension ValidatedWorkbookError: CustomStringConvertible {
    public var description: String { message(.id) }
}
