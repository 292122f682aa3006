/// What a rule sees: the submission as recognised, plus what is derived once for all rules:
/// the submission's dominant code style.
public struct RuleContext: Sendable {
    public let submission: Submission
    /// The dominant code pattern of the submission, inferred from every code in it.
    public let codeStyle: CodeStyle?

    public init(submission: Submission) {
        self.submission = submission
        self.codeStyle = CodeStyle.infer(from: RuleContext.allCodeFields(submission).compactMap { Kode($0.text) })
    }

    /// The parsed code of a field, nil when empty or not a code.
    public func kode(_ field: FieldValue?) -> Kode? {
        field.flatMap { Kode($0.text) }
    }

    /// Every code cell of the submission with its table: process, sub process and lintas fungsi
    /// codes where they are defined (references in group rows and key/value blocks excluded).
    public var codeFields: [(field: FieldValue, table: TableKind)] {
        submission.proses.compactMap { $0.kode.map { ($0, TableKind.proses) } }
            + submission.subProses.compactMap { $0.kode.map { ($0, TableKind.subproses) } }
            + submission.lintasFungsi.compactMap { $0.kode.map { ($0, TableKind.subproses) } }
    }

    static func allCodeFields(_ submission: Submission) -> [FieldValue] {
        submission.proses.compactMap(\.kode) + submission.subProses.compactMap(\.kode)
            + submission.lintasFungsi.compactMap(\.kode)
    }
}
