import Dispatch
import Foundation
import Spreadsheet

/// Writes the map site into a folder: per region `<wilayah>/index.html` and the OPD pages with
/// their SVG and BPMN files, then `index.html` for the whole root. `probis peta` writes it into
/// its output folder; `consolidate` can write it into `DIR/peta/` with the same two calls
/// (`writeRegion` per region as it goes, `writeIndex` at the end).
public enum PetaSite {
    /// What the root page lists of one region, and what was written for it.
    public struct RegionLine: Sendable {
        let line: RegionPages.Line
        /// The files written for the region, relative to the site's folder; nil when the
        /// region was left as an earlier run wrote it.
        let files: Set<String>?
    }

    /// Writes one region's pages and files under `folder`; `submissions` and `summaries` are
    /// parallel (the summaries after `RegionAnalysis`, the submissions carrying their findings).
    /// `write: false` only describes the region for the root page (its files are kept).
    public static func writeRegion(_ region: String, submissions: [Submission], summaries: [SubmissionSummary],
                                   regionFindings: [Finding], into folder: String, language: Language,
                                   jobs: Int = ProcessInfo.processInfo.activeProcessorCount, write: Bool = true) throws -> RegionLine {
        let drawing = RegionDrawing(region, submissions: submissions, summaries: summaries, regionFindings: regionFindings,
                                    into: folder, language: language)
        guard write else { return drawing.unchanged }
        let failures = ResultSlots<Error>(count: drawing.pageCount)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, drawing.pageCount))) { _ in
            while let index = next.take(below: drawing.pageCount) {
                do { try drawing.writePage(index) } catch { failures.set(index, error) }
            }
        }
        if let failure = failures.values.first { throw failure }
        return try drawing.finish()
    }

    /// One region of the site drawn a page at a time, so that a caller can spread the pages over
    /// its own threads (consolidate: each OPD page one task beside its workbooks): `writePage`
    /// for every index, from any threads, then `finish` once.
    final class RegionDrawing: @unchecked Sendable {
        let region: String
        let folder: String
        let language: Language
        let members: [RegionPages.Member]
        let regionFindings: [Finding]
        let dictionary: UnitDictionary
        private let written: ResultSlots<[String]>

        /// `dictionary`: the region's unit dictionary when the caller has built it already.
        init(_ region: String, submissions: [Submission], summaries: [SubmissionSummary], regionFindings: [Finding],
                    dictionary: UnitDictionary? = nil, into folder: String, language: Language) {
            self.region = region
            self.folder = folder
            self.language = language
            self.regionFindings = regionFindings
            self.dictionary = dictionary ?? UnitDictionary(submissions)
            let pages = OutputFolder.workbookPaths(submissions).map { ($0 as NSString).deletingPathExtension + ".html" }
            members = submissions.indices.map {
                RegionPages.Member(submission: submissions[$0], summary: summaries[$0], pagePath: pages[$0])
            }
            written = ResultSlots(count: members.count)
        }

        var pageCount: Int { members.count }

        /// The region's line on the root page when its files stay as an earlier run wrote them.
        var unchanged: RegionLine {
            RegionLine(line: PetaSite.line(region, folder: OutputFolder.safeName(region), summaries: members.map(\.summary),
                                           regionFindings: regionFindings), files: nil)
        }

        /// Draws and writes OPD page `index` with its SVG and BPMN files.
        func writePage(_ index: Int) throws {
            let member = members[index]
            let page = OPDPage(submission: member.submission, summary: member.summary,
                               maps: OPDMaps(member.submission, dictionary: dictionary, language: language),
                               pagePath: member.pagePath, language: language)
            let files = page.files()
            // A page's files go into three folders: each created once, not once per file.
            for relative in Set(files.map { AtomicFile.parent(of: $0.path) }) {
                try AtomicFile.createFolder((folder as NSString).appendingPathComponent(relative))
            }
            for file in files {
                try AtomicFile.writeSyncingLater(file.bytes.bytes, to: folder + "/" + file.path, creatingFolder: false)
            }
            written.set(index, files.map(\.path))
        }

        /// Writes the region page, after every OPD page.
        func finish() throws -> RegionLine {
            let html = RegionPages.regionPage(region, members: members, regionFindings: regionFindings, dictionary: dictionary,
                                              language: language)
            let index = OutputFolder.safeName(region) + "/index.html"
            try PetaSite.write(Data(html.utf8), folder: folder, relative: index)
            return RegionLine(line: unchanged.line, files: Set(written.values.joined()).union([index]))
        }
    }

    static func line(_ region: String, folder: String, summaries: [SubmissionSummary], regionFindings: [Finding]) -> RegionPages.Line {
        var statuses: [SubmissionStatus: Int] = [:]
        for summary in summaries { statuses[SubmissionStatus(summary), default: 0] += 1 }
        let counted = CheckReport.countedRegionFindings(regionFindings)
        return RegionPages.Line(
            region: region, folder: folder, submissions: summaries.count, statuses: statuses,
            errors: summaries.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
                + counted.filter { $0.severity == .error }.count,
            warnings: summaries.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
                + counted.filter { $0.severity == .warning }.count)
    }

    /// Writes `index.html`, listing the regions in the order given, then syncs every file of
    /// the site to disk (`AtomicFile.writeSyncingLater`; `syncing: false` when the caller syncs
    /// once for this and its other outputs). `removingStale`: the folder is the site alone
    /// (consolidate's `peta/`), so the pages of OPDs and regions that are gone are removed from
    /// the regions rewritten, and folders of regions no longer listed.
    public static func finish(_ regions: [RegionLine], root: String, into folder: String, language: Language,
                              removingStale: Bool = false, syncing: Bool = true) throws {
        let html = RegionPages.indexPage(regions.map(\.line), root: root, language: language)
        try write(Data(html.utf8), folder: folder, relative: "index.html")
        if removingStale { removeStale(regions, in: folder) }
        if syncing { try AtomicFile.syncFileSystem(containing: folder) }
    }

    private static func removeStale(_ regions: [RegionLine], in folder: String) {
        let manager = FileManager.default
        let listed = Set(regions.map(\.line.folder))
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue, !listed.contains(name) else { continue }
            try? manager.removeItem(atPath: path)
        }
        for region in regions {
            guard let kept = region.files,
                  let walker = manager.enumerator(atPath: (folder as NSString).appendingPathComponent(region.line.folder)) else { continue }
            for case let relative as String in walker {
                let file = region.line.folder + "/" + relative
                guard ["html", "svg", "bpmn"].contains((relative as NSString).pathExtension), !kept.contains(file) else { continue }
                try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
            }
        }
    }

    static func write(_ data: Data, folder: String, relative: String) throws {
        try AtomicFile.writeSyncingLater(data, to: (folder as NSString).appendingPathComponent(relative))
    }
}
