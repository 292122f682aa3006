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

/// `probis peta`: reads and checks every submission under a root (as `check` does), analyses
/// each region, and writes the map site into an output folder outside the root.
public struct PetaRun {
    public var jobs: Int
    public var language: Language
    public var force = false
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .id,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.language = language
        self.progress = progress
    }

    public struct Result: Sendable {
        public var index: String
        public var regions: Int
        public var submissions: Int
        public var hasErrors: Bool
    }

    public func run(root: String, out: String) throws -> Result {
        let sources = try SubmissionSource.discover(root: root)
        try OutputFolder.prepare(root: root, out: out, force: force)
        let session = try OutputSession(folder: out, command: "peta")
        var submissions = checkAll(sources)
        let (summaries, regions) = RegionAnalysis.analyse(submissions.map { SubmissionSummary($0) })
        for index in submissions.indices { submissions[index].submission.findings = summaries[index].findings }
        let byRegion = Dictionary(grouping: submissions.indices, by: { summaries[$0].region })
        var lines: [PetaSite.RegionLine] = []
        for region in regions.sorted(by: { $0.name < $1.name }) {
            let members = (byRegion[region.name] ?? []).sorted { summaries[$0].path < summaries[$1].path }
            lines.append(try PetaSite.writeRegion(region.name, submissions: members.map { submissions[$0].submission },
                                                  summaries: members.map { summaries[$0] }, regionFindings: region.findings,
                                                  into: out, language: language, jobs: jobs))
        }
        try PetaSite.writeIndex(lines, root: root, into: out, language: language)
        try session.complete()
        let report = CheckReport(root: root, submissions: summaries, regions: regions)
        return Result(index: (out as NSString).appendingPathComponent("index.html"), regions: regions.count,
                      submissions: summaries.count, hasErrors: report.hasErrors)
    }

    private func checkAll(_ sources: [SubmissionSource]) -> [CheckedSubmission] {
        let results = ResultSlots<CheckedSubmission>(count: sources.count)
        let next = WorkCounter()
        let progress = self.progress
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, sources.count))) { _ in
            let loader = SubmissionLoader()
            while let index = next.take(below: sources.count) {
                results.set(index, RuleCatalogue.checkWithStyle(loader.load(sources[index])))
                progress?(next.finish(), sources.count)
            }
        }
        return results.values
    }
}
