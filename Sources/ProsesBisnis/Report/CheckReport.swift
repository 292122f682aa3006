import Spreadsheet

/// The result of checking a root: every submission with its findings, per-region findings,
/// and totals. Renders to the JSON contract of REPORT-FORMAT.md and to a text report.
public struct CheckReport: Sendable {
    public struct Region: Sendable {
        public var name: String
        public var submissions: Int
        public var findings: [Finding]
    }

    public var root: String
    public var submissions: [SubmissionSummary]
    public var regions: [Region]

    public init(root: String, submissions: [SubmissionSummary], regions: [Region]) {
        self.root = root
        self.submissions = submissions
        self.regions = regions
    }

    /// Findings of `severity`, each problem once: a region finding that mirrors findings on
    /// its submissions (`RegionRules.mirrored`) is counted on the submissions only,
    /// so that totals equal the sum of the per-submission lines plus the region-only findings.
    public func count(_ severity: Severity) -> Int { totals.count(severity) }

    /// The region findings that totals count (those not mirrored on submissions).
    public static func countedRegionFindings(_ findings: [Finding]) -> [Finding] {
        findings.filter { !RegionRules.mirrored.contains($0.rule) }
    }

    /// Exit status per the contract: 1 when any finding is at error level.
    public var hasErrors: Bool { totals.hasErrors }

    public var totals: CheckTotals {
        var totals = CheckTotals()
        for submission in submissions { totals.add(submission) }
        for region in regions { totals.add(region) }
        return totals
    }

    /// Feeds the report to `sinks` as a check would have.
    public func write(to sinks: [CheckReportSink]) throws {
        let stream = CheckReportStream(sinks)
        try stream.add(submissions, regions: regions)
        try stream.finish()
    }
}

extension CheckReport {
    /// One report for several roots given on one command line.
    public static func merging(_ reports: [CheckReport]) -> CheckReport {
        guard reports.count != 1 else { return reports[0] }
        return CheckReport(
            root: reports.map(\.root).joined(separator: " "),
            submissions: reports.flatMap(\.submissions), regions: reports.flatMap(\.regions))
    }
}
