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
        /// Pages and drawings in the region's folder, relative to the site's folder, that an
        /// earlier run wrote and this one did not (of OPDs that are gone): found when the region
        /// is written, so that no list of the site's files is held until the end.
        let stale: [String]
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
        /// Each OPD page's Peta Relasi, drawn once for its page and shown again on the region page.
        private let relasi: ResultSlots<MarkupBuffer>
        /// The region's folder in the site (`Kota Metro`), and while a region that had no folder
        /// yet is drawn, the temporary folder beside it that receives its files: each file is
        /// then written once, without a temporary name and a rename of its own, and `finish`
        /// renames the whole folder into place (a reader sees the region whole or not at all).
        /// A region drawn over an earlier run's folder is written file by file, each renamed
        /// into place, as before.
        private let regionFolder: String
        /// `regionFolder` and a slash: what the paths of its files start with.
        private let regionPrefix: String
        private let staging: String?

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
            relasi = ResultSlots(count: members.count)
            regionFolder = OutputFolder.safeName(region)
            regionPrefix = regionFolder + "/"
            let final = (folder as NSString).appendingPathComponent(regionFolder)
            staging = FileManager.default.fileExists(atPath: final) ? nil : AtomicFile.temporaryPath(for: final)
        }

        var pageCount: Int { members.count }

        /// The region's line on the root page when its files stay as an earlier run wrote them.
        var unchanged: RegionLine {
            RegionLine(line: PetaSite.line(region, folder: OutputFolder.safeName(region), summaries: members.map(\.summary),
                                           regionFindings: regionFindings), stale: [])
        }

        /// Draws and writes OPD page `index` with its SVG and BPMN files.
        func writePage(_ index: Int) throws {
            let member = members[index]
            let page = OPDPage(submission: member.submission, summary: member.summary,
                               maps: OPDMaps(member.submission, dictionary: dictionary, language: language),
                               pagePath: member.pagePath, language: language, regionIndex: index)
            let (files, relasiMarkup) = page.files()
            relasi.set(index, relasiMarkup)
            // A page's files go into three folders: each created once, not once per file.
            var folders: [Substring] = []
            for file in files {
                // Paths made by `OPDPage` (`<wilayah>/<opd>/bpmn/<kode>.bpmn`): the part before the
                // last slash, found on bytes (`NSString` path handling costs more than the write).
                let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? file.path.startIndex
                let parent = file.path[..<slash]
                if !folders.contains(parent) { folders.append(parent) }
            }
            for relative in folders.map(String.init) {
                try AtomicFile.createFolder(destination(relative))
            }
            for file in files { try write(file.pieces, relative: file.path) }
            written.set(index, files.map(\.path))
        }

        /// Where the file or folder `relative` (to the site) is written now: inside the staging
        /// folder while there is one.
        private func destination(_ relative: String) -> String {
            guard let staging, relative == regionFolder || relative.hasPrefix(regionPrefix) else {
                return (folder as NSString).appendingPathComponent(relative)
            }
            return staging + relative.dropFirst(regionFolder.count)
        }

        private func write(_ pieces: [ArraySlice<UInt8>], relative: String) throws {
            let final = folder + "/" + relative
            if staging == nil {
                try AtomicFile.writeSyncingLater(pieces, to: final, creatingFolder: false)
            } else {
                try AtomicFile.writeInStagedFolder(pieces, to: destination(relative), finalPath: final)
            }
        }

        /// Writes the region page, after every OPD page.
        func finish() throws -> RegionLine {
            let html = RegionPages.regionPage(region, members: members, relasi: relasi.all, regionFindings: regionFindings,
                                              dictionary: dictionary, language: language)
            let index = regionFolder + "/index.html"
            if let staging {
                // A new folder: nothing in it can be stale.
                try AtomicFile.createFolder(staging)
                try write([Array(html.utf8)[...]], relative: index)
                try AtomicFile.putStagedFolderInPlace(staging, at: (folder as NSString).appendingPathComponent(regionFolder))
                return RegionLine(line: unchanged.line, stale: [])
            }
            try PetaSite.write(html, folder: folder, relative: index)
            return RegionLine(line: unchanged.line, stale: staleFiles(written: Set(written.values.joined()).union([index])))
        }

        /// Pages and drawings in the region's folder that are not among `written`.
        private func staleFiles(written: Set<String>) -> [String] {
            guard let walker = FileManager.default.enumerator(atPath: (folder as NSString).appendingPathComponent(regionFolder))
            else { return [] }
            var stale: [String] = []
            for case let relative as String in walker {
                let file = regionPrefix + relative
                guard ["html", "svg", "bpmn"].contains((relative as NSString).pathExtension), !written.contains(file) else { continue }
                stale.append(file)
            }
            return stale
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
        try write(html, folder: folder, relative: "index.html")
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
        for file in regions.flatMap(\.stale) {
            try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
        }
    }

    /// A page written whole (the root and region pages: one piece each).
    static func write(_ html: String, folder: String, relative: String) throws {
        try AtomicFile.writeSyncingLater([Array(html.utf8)[...]], to: (folder as NSString).appendingPathComponent(relative))
    }
}
