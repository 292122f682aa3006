/// The totals of a check, counted as its submissions and regions come: what the report's last
/// lines and the exit status need, without keeping the submissions.
public struct CheckTotals: Sendable, Equatable {
    public var submissions = 0
    public var proses = 0
    public var subProses = 0
    public var lintasFungsi = 0
    public var aktivitas = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init() {}

    /// Exit status per the contract: 1 when any finding is at error level.
    public var hasErrors: Bool { errors > 0 }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }

    mutating func add(_ submission: SubmissionSummary) {
        submissions += 1
        proses += submission.counts.proses
        subProses += submission.counts.subProses
        lintasFungsi += submission.counts.lintasFungsi
        aktivitas += submission.counts.aktivitas
        add(submission.findings)
    }

    /// A region's findings, each problem once: those mirroring findings on its submissions
    /// (`RegionRules.mirrored`) are counted on the submissions only.
    mutating func add(_ region: CheckReport.Region) {
        add(CheckReport.countedRegionFindings(region.findings))
    }

    private mutating func add(_ findings: [Finding]) {
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

/// One form of the report (JSON, text, the in-memory `CheckReport`) written as the check goes:
/// a province's submissions and their findings are never all held at once.
public protocol CheckReportSink: AnyObject {
    /// The next submissions in report order (one region's, in path order).
    func add(_ submissions: [SubmissionSummary]) throws
    /// The regions' own findings, in name order, and the totals: the report's end.
    func finish(regions: [CheckReport.Region], totals: CheckTotals) throws
}

/// The report of a check as the batch hands it over region by region: counts the totals,
/// keeps the regions' own findings (few) for the end, and passes each region's submissions
/// on to every sink at once, so that memory holds one region's findings, not the province's.
///
/// Submissions are listed region by region (regions in name order, as `SubmissionBatch` hands
/// them over), each region's in path order; regions of several roots follow each other.
public final class CheckReportStream {
    public private(set) var totals = CheckTotals()
    private var regions: [CheckReport.Region] = []
    private let sinks: [CheckReportSink]

    public init(_ sinks: [CheckReportSink]) {
        self.sinks = sinks
    }

    public func add(_ submissions: [SubmissionSummary], regions reports: [CheckReport.Region]) throws {
        for submission in submissions { totals.add(submission) }
        for report in reports { totals.add(report) }
        regions += reports
        for sink in sinks { try sink.add(submissions) }
    }

    /// Ends every sink; returns the totals.
    @discardableResult
    public func finish() throws -> CheckTotals {
        let sorted = regions.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(\.element)
        for sink in sinks { try sink.finish(regions: sorted, totals: totals) }
        return totals
    }
}

/// Keeps the whole report in memory (`CheckReport`): for tests, `fix` and the web service,
/// whose batches are small.
public final class CheckReportCollector: CheckReportSink {
    public let root: String
    private var submissions: [SubmissionSummary] = []
    public private(set) var report: CheckReport?

    public init(root: String) {
        self.root = root
    }

    public func add(_ submissions: [SubmissionSummary]) {
        self.submissions += submissions
    }

    public func finish(regions: [CheckReport.Region], totals: CheckTotals) {
        report = CheckReport(root: root, submissions: submissions, regions: regions)
        submissions = []
    }
}
