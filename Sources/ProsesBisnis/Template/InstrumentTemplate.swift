import Foundation
import Spreadsheet
import XLSXWriter

/// The blank instrument workbook a province sends to its OPDs: `Petunjuk`, then the three
/// official sheets in the validated workbook's layout with hint rows, empty input rows,
/// dropdowns, help notes and protected headers. Filled in as it asks, it reads back through
/// probis with no finding.
///
/// ```swift
/// let options = try TemplateOptions(region: "Kota Metro", opd: "Dinas Pendidikan", prefix: "MTR",
///                                   units: ["Sekretariat", "Bidang PAUD"])
/// try InstrumentTemplate.write(to: "templat/Dinas Pendidikan.xlsx", options: options)
/// ```
public enum InstrumentTemplate {
    /// Writes the template to `path` through a temporary file in the same folder (created
    /// when missing). An existing file is kept unless `overwrite`: without it the file is put
    /// in place with `link(2)`, which refuses to replace a file created meanwhile. The same
    /// options and content always give the same bytes.
    public static func write(to path: String, options: TemplateOptions, content: TemplateContent = TemplateContent(),
                             overwrite: Bool = false) throws {
        guard path.lowercased().hasSuffix(".xlsx") else { throw TemplateError.notXLSX(path: path) }
        if !overwrite, FileManager.default.fileExists(atPath: path) { throw TemplateError.fileExists(path: path) }
        let sheets = try plan(options, content: content)
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw TemplateError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        let temporary = AtomicFile.temporaryPath(for: path)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        try render(sheets, options: options, to: temporary)
        try place(temporary, at: path, overwrite: overwrite)
    }

    /// Writes the template, filled with `content`, to exactly `path` (a temporary path an
    /// `AtomicFile.produce` or an `OutputSession` puts in place): `probis convert` writes its
    /// drafts through this, so a draft is the template's layout with rows.
    public static func render(to path: String, options: TemplateOptions, content: TemplateContent) throws {
        try render(try plan(options, content: content), options: options, to: path)
    }

    private static func render(_ sheets: [TemplateSheet], options: TemplateOptions, to path: String) throws {
        do {
            let book = try XLSXWriter.Workbook(path: path, properties: properties(options))
            let renderer = TemplateRenderer()
            for sheet in sheets { try renderer.write(sheet, to: book.addWorksheet(sheet.plan.name)) }
            try book.close()
        } catch let error as XLSXWriterError {
            throw TemplateError.writer(error)
        }
    }

    /// The four sheets, laid out but not written.
    static func plan(_ options: TemplateOptions, content: TemplateContent) throws -> [TemplateSheet] {
        let planner = TemplatePlanner(options: options, content: content)
        return [planner.petunjukSheet(), planner.prosesSheet(), planner.subProsesSheet(), try planner.lintasFungsiSheet()]
    }

    /// Title and subject for File › Info; the creation date stays XLSXWriter's fixed default.
    static func properties(_ options: TemplateOptions) -> DocumentProperties {
        let who = [options.opd, options.region].filter { !$0.isEmpty }.joined(separator: " — ")
        return DocumentProperties(
            title: "Instrumen Peta Proses Bisnis" + (who.isEmpty ? "" : " — \(who)"),
            subject: "Templat instrumen Peta Proses Bisnis (PermenPANRB 19/2018)", author: "probis",
            category: "Peta Proses Bisnis", keywords: options.prefix.map { "prefiks kode \($0)" },
            comments: "Diisi oleh OPD; baca lembar Petunjuk.")
    }

    private static func place(_ temporary: String, at path: String, overwrite: Bool) throws {
        if overwrite {
            guard rename(temporary, path) == 0 else {
                throw TemplateError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } else if link(temporary, path) != 0 {
            if errno == EEXIST { throw TemplateError.fileExists(path: path) }
            throw TemplateError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
