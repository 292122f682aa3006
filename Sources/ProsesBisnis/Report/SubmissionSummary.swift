import Spreadsheet

/// What the report keeps of a checked submission: identity, counts, findings, code style and
/// the codes it defines (for the region analysis), but not its rows, so that a whole
/// province's check fits in little memory.
public struct SubmissionSummary: Sendable {
    public struct Counts: Sendable, Equatable {
        public var proses: Int
        public var subProses: Int
        public var lintasFungsi: Int
        public var aktivitas: Int
    }

    /// A code defined by the submission (process, sub process or lintas fungsi), with its name.
    struct CodeDefinition: Sendable {
        var key: String
        var code: FieldValue
        var nama: String
        var table: TableKind
    }

    public var path: String
    public var region: String
    public var opd: String
    public var format: SpreadsheetFormat
    public var counts: Counts
    public var findings: [Finding]
    /// The dominant code pattern (`MTR.NN.NN.NN`), nil when the submission has no codes.
    public var codeStyle: String?
    var definitions: [CodeDefinition]
    /// `Submission.dataFingerprint`: what tells two copies of one submission.
    var dataFingerprint: Int?
    /// `Submission.documentDate`: what tells the newer of two versions.
    var documentDate: String?

    public init(_ checked: CheckedSubmission) {
        let submission = checked.submission
        path = submission.path
        region = submission.region
        opd = submission.opd
        format = submission.format
        counts = Counts(proses: submission.proses.count, subProses: submission.subProses.count,
                        lintasFungsi: submission.lintasFungsi.count, aktivitas: submission.aktivitasCount)
        findings = submission.findings
        codeStyle = checked.codeStyle?.pattern
        definitions = Self.definitions(submission, keys: checked.codeKeys)
        dataFingerprint = submission.dataFingerprint
        documentDate = submission.documentDate
    }

    /// True for a copy of another submission of its region (`submission.duplicate`): its
    /// counts are zero, so that totals count the content once.
    public private(set) var isCopy = false

    mutating func setAsCopy() {
        isCopy = true
        counts = Counts(proses: 0, subProses: 0, lintasFungsi: 0, aktivitas: 0)
        definitions = []
    }

    private static func definitions(_ submission: Submission, keys: [String: String]) -> [CodeDefinition] {
        var definitions: [CodeDefinition] = []
        definitions.reserveCapacity(submission.proses.count + submission.subProses.count + submission.lintasFungsi.count)
        func add(_ kode: FieldValue?, _ nama: FieldValue?, _ table: TableKind) {
            guard let kode, let key = keys[kode.text] ?? Kode(kode.text)?.key else { return }
            definitions.append(CodeDefinition(key: key, code: kode, nama: nama?.text ?? "", table: table))
        }
        for item in submission.proses { add(item.kode, item.nama, .proses) }
        for item in submission.subProses { add(item.kode, item.nama, .subproses) }
        for item in submission.lintasFungsi { add(item.kode, item.nama, .subproses) }
        return definitions
    }
}
