/// A check over one submission. Each rule lives in its own file with its messages beside it
/// (in the spirit of swift-format), and returns findings; it never throws.
public protocol Rule: Sendable {
    /// The stable identifier from REPORT-FORMAT.md, e.g. `code.duplicate`.
    static var id: RuleID { get }
    static var severity: Severity { get }
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    /// A finding of this rule with its default severity.
    func finding(_ message: LocalizedText, table: TableKind? = nil, code: String? = nil,
                 at location: SourceLocation? = nil, fix: String? = nil, severity: Severity? = nil) -> Finding {
        Finding(rule: Self.id, severity: severity ?? Self.severity, table: table, code: code,
                location: location, message: message, fix: fix)
    }
}

/// The rules run by `probis check`, in report order.
public enum RuleCatalogue {
    public static let all: [any Rule] = [
        CodeMissingRule(), CodeMalformedRule(), CodeSeparatorRule(), CodeNumericRule(), CodeDuplicateRule(),
        ParentMismatchRule(), UnknownParentRule(), JenisInvalidRule(), JenisSynonymRule(), PlaceholderLeftRule(),
        LintasFungsiNoUnitRule(), LintasFungsiPJMissingRule(), LintasFungsiPJNotUnitRule(), TextTooLongRule(), SubmissionEmptyRule(),
    ]

    /// Runs every rule over a recognised submission and returns it with their findings added,
    /// sorted by place so that reports read top to bottom.
    /// Runs the rules and returns the submission with the code style they inferred.
    public static func checkWithStyle(_ submission: Submission, rules: [any Rule] = all) -> CheckedSubmission {
        let context = RuleContext(submission: submission)
        var checked = submission
        for rule in rules { checked.findings += rule.check(context) }
        checked.findings += PlaceholderFindings.findings(submission.placeholders)
        // An empty submission is one cause: its tables are not reported missing one by one,
        // nor the template text of a blank template cell by cell.
        if checked.findings.contains(where: { $0.rule == SubmissionEmptyRule.id }) {
            checked.findings.removeAll { $0.rule == RuleID.tableMissing || $0.rule == PlaceholderLeftRule.id }
        }
        checked.findings.sort(by: FindingOrder.precedes)
        return CheckedSubmission(submission: checked, codeStyle: context.codeStyle, codeKeys: context.codeKeys)
    }
}

/// Findings ordered by file, sheet, row, column, then rule, for stable reports.
enum FindingOrder {
    static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.location, right = rhs.location
        if (left == nil) != (right == nil) { return left == nil }
        if let left, let right {
            if left.file != right.file { return (left.file ?? "") < (right.file ?? "") }
            if left.sheet != right.sheet { return (left.sheet ?? "") < (right.sheet ?? "") }
            if left.row != right.row { return left.row < right.row }
            if left.column != right.column { return (left.column ?? -1) < (right.column ?? -1) }
        }
        return lhs.rule < rhs.rule
    }
}

