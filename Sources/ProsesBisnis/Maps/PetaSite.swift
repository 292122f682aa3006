import Dispatch
import Foundation
import Spreadsheet

/// Writes the map site into a folder: per region `<wilayah>/index.html` and the OPD pages with
/// their SVG and BPMN files, then `index.html` for the whole root. `probis peta` writes it into
/// its output folder; `consolidate` can write it into `DIR/peta/` with the same two calls
/// (`writeRegion` per region as it goes, `writeIndex` at the end).
public enum PetaSite {
    /// What the root page lists of one written region.
    public struct RegionLine: Sendable {
        let line: RegionPages.Line
    }

    /// Writes one region's pages and files under `folder`; `submissions` and `summaries` are
    /// parallel (the summaries after `RegionAnalysis`, the submissions carrying their findings).
    public static func writeRegion(_ region: String, submissions: [Submission], summaries: [SubmissionSummary],
                                   regionFindings: [Finding], into folder: String, language: Language,
                                   jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> RegionLine {
        let dictionary = UnitDictionary(submissions)
        let regionFolder = OutputFolder.safeName(region)
        let pages = OutputFolder.workbookPaths(submissions).map { ($0 as NSString).deletingPathExtension + ".html" }
        let members = submissions.indices.map {
            RegionPages.Member(submission: submissions[$0], summary: summaries[$0], pagePath: pages[$0])
        }
        let failures = ResultSlots<Error>(count: members.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, members.count))) { _ in
            while let index = next.take(below: members.count) {
                let member = members[index]
                let page = OPDPage(submission: member.submission, summary: member.summary,
                                   maps: OPDMaps(member.submission, dictionary: dictionary, language: language),
                                   pagePath: member.pagePath, language: language)
                do {
                    for file in page.files() { try write(file.data, folder: folder, relative: file.path) }
                } catch {
                    failures.set(index, error)
                }
            }
        }
        if let failure = failures.values.first { throw failure }
        let html = RegionPages.regionPage(region, members: members, regionFindings: regionFindings, dictionary: dictionary,
                                          language: language)
        try write(Data(html.utf8), folder: folder, relative: regionFolder + "/index.html")
        var statuses: [SubmissionStatus: Int] = [:]
        for summary in summaries { statuses[SubmissionStatus(summary), default: 0] += 1 }
        let counted = CheckReport.countedRegionFindings(regionFindings)
        return RegionLine(line: RegionPages.Line(
            region: region, folder: regionFolder, submissions: submissions.count, statuses: statuses,
            errors: summaries.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
                + counted.filter { $0.severity == .error }.count,
            warnings: summaries.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
                + counted.filter { $0.severity == .warning }.count))
    }

    /// Writes `index.html`, listing the regions in the order given.
    public static func writeIndex(_ regions: [RegionLine], root: String, into folder: String, language: Language) throws {
        let html = RegionPages.indexPage(regions.map(\.line), root: root, language: language)
        try write(Data(html.utf8), folder: folder, relative: "index.html")
    }

    static func write(_ data: Data, folder: String, relative: String) throws {
        try AtomicFile.write(data, to: (folder as NSString).appendingPathComponent(relative))
    }
}
