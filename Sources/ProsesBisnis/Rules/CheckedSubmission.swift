/// A submission after the rules, with the code style they inferred.
public struct CheckedSubmission: Sendable {
    public var submission: Submission
    /// The code style the rules inferred (its `pattern` is what reports show).
    public var codeStyle: CodeStyle?
    /// The comparison key of each code text the rules parsed, so later steps need not parse again.
    var codeKeys: [String: String] = [:]
}
