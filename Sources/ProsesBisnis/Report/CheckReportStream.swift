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
/// a province's submissions and findings are never all held at once.
public protocol CheckReportSink: AnyObject {
    /// The next submissions in report order (one region's, in path order) and the regions
    /// they bring (most often one; in name order).
    func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) throws
    /// The totals: the report's end.
    func finish(totals: CheckTotals) throws
}

/// The report of a check as the batch hands it over region by region: counts the totals and
/// passes each region on to every sink at once, so that memory holds one region's findings,
/// not the province's.
///
/// Submissions are listed region by region (regions in name order, as `SubmissionBatch` hands
/// them over), each region's in path order; regions in the same order; several roots follow
/// each other.
public final class CheckReportStream {
    public private(set) var totals = CheckTotals()
    private let sinks: [CheckReportSink]

    public init(_ sinks: [CheckReportSink]) {
        self.sinks = sinks
    }

    public func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) throws {
        let regions = regions.sorted { $0.name < $1.name }
        for submission in submissions { totals.add(submission) }
        for region in regions { totals.add(region) }
        for sink in sinks { try sink.add(submissions, regions: regions) }
    }

    /// Ends every sink; returns the totals.
    @discardableResult
    public func finish() throws -> CheckTotals {
        for sink in sinks { try sink.finish(totals: totals) }
        return totals
    }
}

/// Keeps the whole report in memory (`CheckReport`): for tests, `fix` and the web service,
/// whose batches are small.
public final class CheckReportCollector: CheckReportSink {
    public let root: String
    private var submissions: [SubmissionSummary] = []
    private var regions: [CheckReport.Region] = []
    public private(set) var report: CheckReport?

    public init(root: String) {
        self.root = root
    }

    public func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) {
        self.submissions += submissions
        self.regions += regions
    }

    public func finish(totals: CheckTotals) {
        report = CheckReport(root: root, submissions: submissions, regions: regions)
        submissions = []
        regions = []
    }
}
