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
    public var submissions: [Submission]
    public var regions: [Region]
    /// The code style of each submission (`MTR.NN.NN.NN`), by path.
    public var codeStyles: [String: String]

    public init(root: String, submissions: [Submission], regions: [Region], codeStyles: [String: String]) {
        self.root = root
        self.submissions = submissions
        self.regions = regions
        self.codeStyles = codeStyles
    }

    public func count(_ severity: Severity) -> Int {
        submissions.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
            + regions.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
    }

    /// Exit status per the contract: 1 when any finding is at error level.
    public var hasErrors: Bool { count(.error) > 0 }

    public var totals: (proses: Int, subProses: Int, lintasFungsi: Int, aktivitas: Int) {
        submissions.reduce((0, 0, 0, 0)) { sum, submission in
            (sum.0 + submission.proses.count, sum.1 + submission.subProses.count,
             sum.2 + submission.lintasFungsi.count, sum.3 + submission.aktivitasCount)
        }
    }
}

extension CheckReport {
    /// One report for several roots given on one command line.
    public static func merging(_ reports: [CheckReport]) -> CheckReport {
        guard reports.count != 1 else { return reports[0] }
        return CheckReport(
            root: reports.map(\.root).joined(separator: " "),
            submissions: reports.flatMap(\.submissions), regions: reports.flatMap(\.regions),
            codeStyles: reports.reduce(into: [:]) { $0.merge($1.codeStyles) { first, _ in first } })
    }
}
