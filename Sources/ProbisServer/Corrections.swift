import Foundation
import ProsesBisnis
import Spreadsheet

/// `fix` and `template` from the page: the CLI's `CorrectionRun` with `FixPlanner` (every rule
/// that is safe without a human) on a finished job's submissions, first as a dry run that
/// lists the changes, then for real into `diperbaiki/`; and the blank instrument for an OPD.
enum Corrections {
    static let fixFolder = "diperbaiki"
    static let fixArchive = "diperbaiki.zip"

    /// One changed cell, as the page lists it.
    struct Change: Codable, Sendable {
        var file: String
        var sheet: String
        var cell: String
        var old: String
        var new: String
        var rule: String
    }

    struct FixResult: Codable, Sendable {
        var dryRun: Bool
        var changes: [Change]
        /// Error-level findings left after the fixes.
        var errorsLeft: Int
        var download: JobRecord.Download?
    }

    /// Runs `fix` on the job's submissions; a dry run writes nothing.
    static func fix(job folder: URL, root: URL, language: Language, dryRun: Bool) throws -> FixResult {
        let out = folder.appendingPathComponent(fixFolder)
        if !dryRun { try? FileManager.default.removeItem(at: out) }
        var run = CorrectionRun(jobs: 1, language: language, dryRun: dryRun)
        run.command = "fix"
        let planner = FixPlanner()
        let outcome = try run.run(root: root.path, out: out.path) { planner.fix($0) }
        let changes = outcome.changes.map { Change(file: $0.file, sheet: $0.sheet, cell: $0.cell, old: $0.old, new: $0.new, rule: $0.rule.rawValue) }
        var result = FixResult(dryRun: dryRun, changes: changes, errorsLeft: outcome.report.count(.error), download: nil)
        guard !dryRun else { return result }
        // The corrected workbooks and the change log, in their folders, as one download.
        var archive = ZipWriter()
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).sorted()
        for relative in files where !relative.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let url = out.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            archive.add(name: relative, data: try Data(contentsOf: url))
        }
        let data = archive.finished()
        try AtomicFile.write(data, to: folder.appendingPathComponent(fixArchive).path)
        result.download = .init(name: fixArchive, kind: "fixed", path: fixArchive, bytes: data.count)
        return result
    }

    /// The blank instrument for an OPD, as `probis template` writes it.
    static func template(region: String, opd: String, prefix: String?, units: String?, language: Language,
                         scratch: URL) throws -> Data {
        let options = try TemplateOptions(region: region, opd: opd, prefix: prefix?.isEmpty == true ? nil : prefix,
                                          units: units.map(TemplateOptions.units(from:)) ?? [], language: language)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let path = scratch.appendingPathComponent(UUID().uuidString + ".xlsx")
        defer { try? FileManager.default.removeItem(at: path) }
        try InstrumentTemplate.write(to: path.path, options: options, overwrite: true)
        return try Data(contentsOf: path)
    }

    /// Runs blocking work on a thread of its own, never on the server's event loops.
    static func offLoop<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result(catching: work)) }
        }
    }
}
