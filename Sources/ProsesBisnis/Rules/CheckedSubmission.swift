/// A submission after the rules, with the code style they inferred.
public struct CheckedSubmission: Sendable {
    public var submission: Submission
    public var codeStyle: String?
    /// The comparison key of each code text the rules parsed, so later steps need not parse again.
    var codeKeys: [String: String] = [:]
}
