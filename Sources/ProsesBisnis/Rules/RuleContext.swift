/// What a rule sees: the submission as recognised, plus what is derived once for all rules:
/// the submission's dominant code style.
public struct RuleContext: Sendable {
    public let submission: Submission
    /// The dominant code pattern of the submission, inferred from every code in it.
    public let codeStyle: CodeStyle?
    /// Every defining code cell, in table order: processes, sub processes, lintas fungsi.
    let definitions: [CodeDefinition]
    /// Codes parsed once for all rules (several rules look at the same cells), defining codes
    /// and references alike.
    private let parsed: [String: Kode]
    /// How each parsed code fits the style, checked once.
    private let fits: [String: CodeStyle.Conformance]
    private let keysByKind: [ItemKind: Set<String>]

    public init(submission: Submission) {
        self.submission = submission
        let definitions = RuleContext.definitions(of: submission)
        var parsed: [String: Kode] = [:]
        parsed.reserveCapacity(definitions.count)
        // Each distinct text is parsed once; each definition is looked up once.
        func parse(_ text: String) -> Kode? {
            if let known = parsed[text] { return known }
            guard let kode = Kode(text) else { return nil }
            parsed[text] = kode
            return kode
        }
        var defined: [Kode] = []
        defined.reserveCapacity(definitions.count)
        var keys: [ItemKind: Set<String>] = [:]
        for definition in definitions {
            guard let kode = parse(definition.field.text) else { continue }
            defined.append(kode)
            keys[definition.kind, default: []].insert(kode.key)
        }
        RuleContext.forEachReference(in: submission) { _ = parse($0) }
        self.definitions = definitions
        self.parsed = parsed
        self.keysByKind = keys
        let style = CodeStyle.infer(from: defined)
        self.codeStyle = style
        self.fits = style.map { style in parsed.mapValues { style.check($0) } } ?? [:]
    }

    /// The code style the rules infer for `submission` (as `codeStyle` after `init`), without
    /// the rest of the context: for a submission taken back from the database.
    public static func codeStyle(of submission: Submission) -> CodeStyle? {
        CodeStyle.infer(from: definitions(of: submission).compactMap { Kode($0.field.text) })
    }

    /// The key of every code text parsed, for the steps after the rules.
    var codeKeys: [String: String] { parsed.mapValues(\.key) }

    /// How a code fits the submission's style; nil when there is no style.
    func conformance(_ kode: Kode) -> CodeStyle.Conformance? {
        guard let style = codeStyle else { return nil }
        return fits[kode.raw] ?? style.check(kode)
    }

    /// Calls `body` with each code written where an item is referred to: group rows and
    /// key/value blocks.
    private static func forEachReference(in submission: Submission, _ body: (String) -> Void) {
        for item in submission.subProses { if let text = item.parent?.kode?.text { body(text) } }
        for table in submission.tabelLintasFungsi {
            if let text = table.proses?.kode?.text { body(text) }
            if let text = table.subProses?.kode?.text { body(text) }
            if let text = table.lintasFungsi?.kode?.text { body(text) }
        }
    }

    /// The code cell of each group row of the Sub Proses table, once: the sub processes under
    /// one group row share that cell, and follow each other.
    func forEachGroupCode(_ body: (FieldValue) -> Void) {
        var last: SourceLocation?
        for sub in submission.subProses {
            guard let group = sub.parent?.kode, group.location != last else { continue }
            last = group.location
            body(group)
        }
    }

    /// The parsed code of a field, nil when empty or not a code.
    public func kode(_ field: FieldValue?) -> Kode? {
        guard let text = field?.text else { return nil }
        return parsed[text] ?? Kode(text)
    }

    /// The keys of the parseable codes defined for one kind of item.
    func definedKeys(_ kind: ItemKind) -> Set<String> {
        keysByKind[kind] ?? []
    }

    private static func definitions(of submission: Submission) -> [CodeDefinition] {
        submission.proses.compactMap { $0.kode.map { CodeDefinition(field: $0, kind: .proses) } }
            + submission.subProses.compactMap { $0.kode.map { CodeDefinition(field: $0, kind: .subProses) } }
            + submission.lintasFungsi.compactMap { $0.kode.map { CodeDefinition(field: $0, kind: .lintasFungsi) } }
    }
}
