import Spreadsheet

/// Plans and applies what `probis fix` mends without a human: the code fixes the rules found
/// (`code.separator`, `code.numeric`, `code.parent_mismatch` where its fix is certain) with
/// their cascade to every code under a renamed one, JENIS PROSES synonyms, typos and case,
/// surrounding spaces, NO numbering, and template rows and unmarked `*****` unit columns.
///
/// Works in rounds until nothing is left to do (a code renamed by a cascade may make a
/// key/value block's upper line wrong, which the next round mends), so that fixing the result
/// again changes nothing.
///
/// ```swift
/// let (fixed, edits) = FixPlanner(rules: Set(CorrectionRule.fixable)).fix(submission)
/// ```
public struct FixPlanner: Sendable {
    /// The rule ids to apply (`--only`); any of `CorrectionRule.fixable`.
    public var rules: Set<RuleID>
    static let maxRounds = 6

    public init(rules: Set<RuleID> = Set(CorrectionRule.fixable)) {
        self.rules = rules
    }

    /// The corrected submission and its edits, each field once (first old, last new).
    public func fix(_ submission: Submission) -> (submission: Submission, edits: [CellEdit]) {
        var current = submission
        var all: [CellEdit] = []
        if rules.contains(CorrectionRule.placeholderRemove) {
            let removal = PlaceholderRemoval(current)
            current.placeholders = removal.kept
            all += removal.edits
        }
        for _ in 0..<Self.maxRounds {
            let edits = round(current)
            guard !edits.isEmpty else { break }
            current = current.applying(edits)
            all += edits
        }
        return (current, all.merged())
    }

    /// One round's edits, chained per field (a trimmed code may also be renamed).
    func round(_ submission: Submission) -> [CellEdit] {
        var edits = rules.contains(CorrectionRule.trim) ? trims(submission) : []
        let findings = RuleCatalogue.checkWithStyle(submission, rules: Self.findingRules).submission.findings
            .filter { $0.fix != nil && rules.contains($0.rule) }
        edits += codeEdits(submission, findings: findings)
        edits += jenisEdits(submission, findings: findings)
        if rules.contains(CorrectionRule.renumber) { edits += Renumbering.edits(submission) }
        return edits.merged()
    }

    /// The rules whose fixes are applied.
    static let findingRules: [any Rule] = [CodeSeparatorRule(), CodeNumericRule(), ParentMismatchRule(),
                                           JenisInvalidRule(), JenisSynonymRule()]

    /// Code fixes on their own cells, and the cascade of those that move a defined code
    /// elsewhere in the hierarchy (its key changes) to the codes under it and to references.
    private func codeEdits(_ submission: Submission, findings: [Finding]) -> [CellEdit] {
        let fields = Dictionary(CodeCascade.codeFields(submission).map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
        var seeds: [SourceLocation: CellEdit] = [:]
        for rule in CorrectionRule.codePrecedence {
            for finding in findings where finding.rule == rule {
                guard let location = finding.location, seeds[location] == nil, let field = fields[location],
                      let fix = finding.fix, let code = CellText.code(fromCellFix: fix, for: field), code != field.text else { continue }
                seeds[location] = CellEdit(location: location, target: .code, old: field.text, new: code, rule: rule)
            }
        }
        let definitions = CodeCascade.definitions(submission)
        var definedCount: [String: Int] = [:]
        for (location, kind) in definitions {
            if let key = fields[location].flatMap({ Kode($0.text)?.key }) { definedCount["\(kind)|\(key)", default: 0] += 1 }
        }
        let renames = seeds.values.sorted { $0.location.row < $1.location.row }.compactMap { seed -> CodeRename? in
            guard let kind = definitions[seed.location], let old = Kode(seed.old), let new = Kode(seed.new),
                  old.key != new.key, definedCount["\(kind)|\(old.key)"] == 1 else { return nil }
            return CodeRename(old: old, new: seed.new, rule: seed.rule)
        }
        return CodeCascade.edits(submission, renames: renames, seeds: Array(seeds.values))
    }

    /// JENIS PROSES: the fixes of `jenis.synonym` and `jenis.invalid`, and official terms
    /// written in another case.
    private func jenisEdits(_ submission: Submission, findings: [Finding]) -> [CellEdit] {
        let jenis = Dictionary(submission.proses.compactMap { $0.jenis.map { ($0.location, $0) } }, uniquingKeysWith: { a, _ in a })
        var edits = findings.compactMap { finding -> CellEdit? in
            guard finding.rule.family == "jenis", let location = finding.location, let field = jenis[location],
                  let fix = finding.fix else { return nil }
            return CellEdit(location: location, target: .jenis, old: field.text, new: fix, rule: finding.rule)
        }
        if rules.contains(CorrectionRule.jenisCase) {
            for field in jenis.values {
                guard case .official(let term) = JenisReading(field.text), field.text != term.rawValue else { continue }
                edits.append(CellEdit(location: field.location, target: .jenis, old: field.text, new: term.rawValue,
                                      rule: CorrectionRule.jenisCase))
            }
        }
        return edits
    }

    /// Names, codes and JENIS PROSES that fill their cell with spaces around them.
    private func trims(_ submission: Submission) -> [CellEdit] {
        var fields: [(FieldValue, EditTarget)] = CodeCascade.codeFields(submission).map { ($0, .code) }
        for item in submission.proses { fields += [(item.nama, .name), (item.jenis, .jenis)].compactMap { f, t in f.map { ($0, t) } } }
        for item in submission.subProses { fields += [item.nama, item.parent?.nama].compactMap { $0.map { ($0, .name) } } }
        for item in submission.lintasFungsi { fields += [item.nama].compactMap { $0.map { ($0, .name) } } }
        var seen: Set<CellEdit.Slot> = []
        return fields.compactMap { field, target in
            guard field.raw != field.text, CellText.isWhole(field),
                  seen.insert(CellEdit.Slot(location: field.location, target: target)).inserted else { return nil }
            return CellEdit(location: field.location, target: target, old: field.raw, new: field.text, rule: CorrectionRule.trim)
        }
    }
}
