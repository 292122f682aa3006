import Foundation
import ProsesBisnis
import Spreadsheet

/// Runs one job: the CLI's `consolidate` pipeline (`ConsolidateRun`, unchanged) from the job's
/// `input/` into its `out/`, then lists what can be downloaded. Blocking; called off the
/// server's event loops.
enum JobRunner {
    static let inputFolder = "input"
    static let outputFolder = "out"
    static let validatedArchive = "tervalidasi.zip"
    static let petaFolder = "peta"

    /// What a finished job adds to its record.
    typealias Outcome = (summary: JobRecord.Summary, downloads: [JobRecord.Download], validated: [String], peta: String?)

    /// Consolidates and returns the record's outcome: the summary and the downloads.
    static func run(folder: URL, root: URL, language: Language, progress: JobProgress) throws
        -> Outcome {
        let out = folder.appendingPathComponent(outputFolder)
        // Several jobs run at once, one per core: each run keeps to one core of its own.
        var run = ConsolidateRun(jobs: 1, language: language, progress: { progress.update(done: $0, total: $1) })
        run.stage = { progress.update(stage: $0) }
        let result = try run.run(root: root.path, out: out.path)
        let summary = JobRecord.Summary(
            regions: result.regions.count,
            submissions: result.regions.reduce(0) { $0 + $1.submissions },
            errors: result.regions.reduce(0) { $0 + $1.errors },
            warnings: result.regions.reduce(0) { $0 + $1.warnings })
        let downloads = try downloads(folder: folder, regions: result.regions.map(\.workbook))
        return (summary, downloads, validatedWorkbooks(out: out), drawMaps(root: root, folder: folder, language: language))
    }

    /// The map site of `probis peta` for the same submissions, shown as the report's HTML. A
    /// failure here costs the maps only: the consolidation's outputs stand.
    static func drawMaps(root: URL, folder: URL, language: Language) -> String? {
        let run = PetaRun(jobs: 1, language: language)
        let out = folder.appendingPathComponent(petaFolder).path
        guard let result = try? run.run(root: root.path, out: out) else { return nil }
        let index = URL(fileURLWithPath: result.index).standardizedFileURL.path
        let base = URL(fileURLWithPath: out).standardizedFileURL.path + "/"
        return index.hasPrefix(base) ? String(index.dropFirst(base.count)) : "index.html"
    }

    /// REKAP, each regional workbook, the validated workbooks as one ZIP, the database and the
    /// JSON report, in the order the page shows them.
    static func downloads(folder: URL, regions: [String]) throws -> [JobRecord.Download] {
        let out = folder.appendingPathComponent(outputFolder)
        var list: [JobRecord.Download] = []
        func add(_ name: String, _ kind: String, _ relative: String) {
            let path = folder.appendingPathComponent(relative).path
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return }
            list.append(.init(name: name, kind: kind, path: relative, bytes: size))
        }
        add(ConsolidateRun.summaryName, "rekap", "\(outputFolder)/\(ConsolidateRun.summaryName)")
        for workbook in regions.sorted() {
            add((workbook as NSString).lastPathComponent, "regional", "\(outputFolder)/\(workbook)")
        }
        try zipValidated(out: out, regions: regions, to: folder.appendingPathComponent(validatedArchive))
        add(validatedArchive, "validated", validatedArchive)
        add(ConsolidateRun.databaseName, "database", "\(outputFolder)/\(ConsolidateRun.databaseName)")
        add(ConsolidateRun.reportName, "report", "\(outputFolder)/\(ConsolidateRun.reportName)")
        return list
    }

    /// The validated workbooks (`<wilayah>/<opd>.xlsx`, every file below a region's folder)
    /// in one archive, with the same folders.
    static func validatedWorkbooks(out: URL) -> [String] {
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).sorted()
        return files.filter { $0.split(separator: "/").count == 2 && $0.lowercased().hasSuffix(".xlsx") && !$0.hasPrefix(".") }
    }

    static func zipValidated(out: URL, regions: [String], to archiveURL: URL) throws {
        var archive = ZipWriter()
        for relative in validatedWorkbooks(out: out) {
            archive.add(name: relative, data: try Data(contentsOf: out.appendingPathComponent(relative)))
        }
        try AtomicFile.write(archive.finished(), to: archiveURL.path)
    }
}
