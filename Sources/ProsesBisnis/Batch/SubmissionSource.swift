import Foundation
import Spreadsheet

/// Where one submission's data lives: a workbook, or a folder of CSV files (one per table).
public struct SubmissionSource: Sendable, Hashable {
    /// Path relative to the root, `/`-separated: the workbook, or the CSV folder.
    public var path: String
    /// Absolute paths of the files to read, sorted.
    public var files: [String]
    public var format: SpreadsheetFormat
    /// Region and OPD from the folder structure, when it gives them.
    public var region: String?
    public var opd: String
    /// The region known before reading: the folder's, when it names a region. Submissions
    /// without one (at the root, or in a folder such as `Email/`) learn theirs from their
    /// titles, so batches read them first and place them after.
    public var placedRegion: String? { region.flatMap(SubmissionIdentity.regionName) }

    /// Why nothing under `path` could be read (a folder that cannot be opened, a link that is
    /// not followed): the submission is then this one `table.unreadable` finding.
    public var unreadable: LocalizedText?

    /// Finds the submissions under `root`: `<region>/<opd>.xlsx`, or `<region>/<opd>/*.csv`
    /// (a folder holding CSV files is one submission). A root that is itself a file is one
    /// submission. In a folder `probis consolidate` wrote, only `<region>/<opd>.xlsx` are (not
    /// REKAP and the regional workbooks at the top, nor the map site in `peta/`).
    public static func discover(root: String) throws -> [SubmissionSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw DiscoveryError.rootNotFound(root)
        }
        guard isDirectory.boolValue else {
            let url = URL(fileURLWithPath: root)
            return [source(relative: url.lastPathComponent, files: [root])]
        }
        let walk = FolderWalk(root: root)
        let files = walk.files
        // A consolidate output folder may be read again (to fix its validated workbooks): its
        // own workbooks at the top (REKAP and one per region) are not submissions.
        let isConsolidateOutput = ProbisOutputs.isConsolidateOutput(root)
        // A convert output folder is read to check or consolidate its drafts: its summary is not one.
        let isConvertOutput = ProbisOutputs.isConvertOutput(root)
        var csvFolders: [String: [String]] = [:]
        var sources: [SubmissionSource] = []
        for relative in files {
            let absolute = (root as NSString).appendingPathComponent(relative)
            // The change log of `fix` / `recode` sits in the folder it describes: not a submission.
            if ProbisOutputs.isChangeLog(path: absolute) { continue }
            if isConsolidateOutput, !relative.contains("/") || relative.hasPrefix(ProbisOutputs.mapsFolder + "/") { continue }
            if isConvertOutput, relative == ProbisOutputs.conversionSummary { continue }
            if ["csv", "tsv"].contains((relative as NSString).pathExtension.lowercased()) {
                csvFolders[(relative as NSString).deletingLastPathComponent, default: []].append(absolute)
            } else {
                sources.append(source(relative: relative, files: [absolute]))
            }
        }
        for (folder, members) in csvFolders {
            sources.append(source(relative: folder, files: members.sorted(), format: .csv))
        }
        for (relative, problem) in walk.problems {
            // What probis itself wrote beside the workbooks (the database, the report, the
            // change log) is not a submission when its output folder is read again.
            if isConsolidateOutput, !relative.contains("/") || relative.hasPrefix(ProbisOutputs.mapsFolder + "/") { continue }
            if isProbisReport(root: root, relative: relative) { continue }
            var skipped = source(relative: relative, files: [])
            skipped.unreadable = problem.message
            sources.append(skipped)
        }
        guard !sources.isEmpty else { throw DiscoveryError.noSubmissions(root) }
        return sources.sorted { $0.path < $1.path }
    }

    /// The format a file's extension names (the reader decides by content all the same).
    static func format(of files: [String]) -> SpreadsheetFormat {
        guard files.count == 1 else { return .xlsx }
        switch (files[0] as NSString).pathExtension.lowercased() {
        case "csv", "tsv": return .csv
        case "ods": return .ods
        case "xls": return .xls
        default: return .xlsx
        }
    }

    /// `perubahan.json` of fix/recode, or a JSON report, at the top of the root.
    private static func isProbisReport(root: String, relative: String) -> Bool {
        !relative.contains("/") && relative.lowercased().hasSuffix(".json")
            && OutputFolder.isProbisReport((root as NSString).appendingPathComponent(relative))
    }

    private static func source(relative: String, files: [String], format: SpreadsheetFormat = .xlsx) -> SubmissionSource {
        let components = relative.split(separator: "/").map(String.init)
        let name = components.last.map { format == .csv ? $0 : ($0 as NSString).deletingPathExtension } ?? relative
        let region = components.count >= 2 ? components[components.count - 2] : nil
        return SubmissionSource(path: relative.isEmpty ? "." : relative, files: files, format: format == .csv ? .csv : Self.format(of: files),
                                region: region, opd: name.isEmpty ? "(root)" : name, unreadable: nil)
    }

}

/// Why a root could not be scanned: a failure of the command, not a finding.
public enum DiscoveryError: Error, Equatable {
    case rootNotFound(String)
    /// The root holds nothing to read or report: no file at all.
    case noSubmissions(String)

    public func message(_ language: Language) -> String {
        switch self {
        case .rootNotFound(let root):
            language == .en ? "\(root): folder or file not found." : "\(root): folder atau berkas tidak ditemukan."
        case .noSubmissions(let root):
            language == .en ? "\(root): the folder holds no submission (no .xlsx or .csv file, nor any other file); nothing was written."
                : "\(root): folder ini tidak berisi kiriman (tidak ada berkas .xlsx atau .csv, maupun berkas lain); tidak ada yang ditulis."
        }
    }
}
