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
    public func count(_ severity: Severity) -> Int {
        submissions.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
            + regions.reduce(0) { $0 + Self.countedRegionFindings($1.findings).filter { $0.severity == severity }.count }
    }

    /// The region findings that totals count (those not mirrored on submissions).
    public static func countedRegionFindings(_ findings: [Finding]) -> [Finding] {
        findings.filter { !RegionRules.mirrored.contains($0.rule) }
    }

    /// Exit status per the contract: 1 when any finding is at error level.
    public var hasErrors: Bool { count(.error) > 0 }

    public var totals: (proses: Int, subProses: Int, lintasFungsi: Int, aktivitas: Int) {
        submissions.reduce((0, 0, 0, 0)) { sum, submission in
            let counts = submission.counts
            return (sum.0 + counts.proses, sum.1 + counts.subProses, sum.2 + counts.lintasFungsi, sum.3 + counts.aktivitas)
        }
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
