/// `ref.unknown_parent`: a reference to a process, sub process or lintas fungsi code that the
/// submission does not define:
/// - a sub process whose structural parent (`MTR.02` for `MTR.02.03`) is no process code;
/// - a lintas fungsi whose structural parent is no sub process (nor, for codes broken down one
///   level further such as `P1.2.1.1`, a lintas fungsi);
/// - a group row of the Sub Proses table naming a process code that is not defined (reported
///   once per group row, not once per sub process under it);
/// - a lintas fungsi table whose key/value block names an undefined code.
///
/// Defining codes off the document's pattern are left to `code.malformed`. Only when the
/// defining table is there at all: without a Proses table, `table.missing` says
/// it once and no process reference is reported.
struct UnknownParentRule: Rule {
    static let id = RuleID.refUnknownParent
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        let defined = Dictionary(uniqueKeysWithValues: ItemKind.allCases.map { ($0, context.definedKeys($0)) })
        let known = { (kind: ItemKind) -> Set<String>? in context.hasTable(defining: kind) ? defined[kind] : nil }
        var findings: [Finding] = []
        let submission = context.submission
        if let proses = known(.proses) {
            findings += submission.subProses.compactMap { structural($0.kode, kind: .subProses, parents: [proses], context: context) }
            context.forEachGroupCode { group in
                if let found = reference(group, kind: .proses, known: proses, table: .subproses, context: context) { findings.append(found) }
            }
        }
        if let sub = known(.subProses), let lintas = known(.lintasFungsi) {
            findings += submission.lintasFungsi.compactMap { structural($0.kode, kind: .lintasFungsi, parents: [sub, lintas], context: context) }
        }
        func check(_ field: FieldValue?, _ kind: ItemKind) {
            guard let field, let keys = known(kind),
                  let found = reference(field, kind: kind, known: keys, table: .lintasfungsi, context: context) else { return }
            findings.append(found)
        }
        for table in submission.tabelLintasFungsi {
            check(table.proses?.kode, .proses)
            check(table.subProses?.kode, .subProses)
            check(table.lintasFungsi?.kode, .lintasFungsi)
        }
        return findings
    }

    /// A defining code whose structural parent is in none of the key sets `parents`.
    private func structural(_ field: FieldValue?, kind: ItemKind, parents: [Set<String>], context: RuleContext) -> Finding? {
        guard let field, let kode = context.kode(field), !context.isMalformed(kode), let parentKey = kode.parentKey,
              !parents.contains(where: { $0.contains(parentKey) }) else { return nil }
        let parentKind: ItemKind = kind == .subProses ? .proses : kode.level > 2 ? .lintasFungsi : .subProses
        return finding(Messages.structural(kode.raw, kind: kind, parent: Self.parentText(of: kode), parentKind: parentKind),
                       table: .subproses, code: kode.raw, at: field.location)
    }

    /// A code written where an item is referred to, not defined.
    private func reference(_ field: FieldValue, kind: ItemKind, known: Set<String>, table: TableKind, context: RuleContext) -> Finding? {
        guard let kode = context.kode(field), !known.contains(kode.key) else { return nil }
        return finding(Messages.reference(kode.raw, kind: kind), table: table, code: kode.raw, at: field.location)
    }

    /// The parent's code as the child writes it: the child's text up to its second-to-last
    /// number (`MTR.02` for `MTR.02.03`, `KECKLB.02.01` for `KECKLB.02.01.CFM.01`).
    static func parentText(of kode: Kode) -> String {
        let digits = kode.numberIndices
        guard digits.count >= 2 else { return kode.raw }
        let last = digits[digits.count - 2]
        return (0...last).map { i in kode.segments[i].text + (i < last ? kode.separators[i] : "") }.joined()
    }

    private enum Messages {
        static func structural(_ code: String, kind: ItemKind, parent: String, parentKind: ItemKind) -> LocalizedText {
            LocalizedText(
                id: "\(kind.name.id.capitalizedFirst) \(code) merujuk ke \(parentKind.name.id) \(parent), tetapi kode \(parent) tidak ada dalam dokumen ini. Mohon tambahkan \(parentKind.name.id) tersebut atau perbaiki kodenya.",
                en: "The \(kind.name.en) \(code) refers to the \(parentKind.name.en) \(parent), but the code \(parent) is not defined in this document. Please add that \(parentKind.name.en) or correct the code.")
        }

        static func reference(_ code: String, kind: ItemKind) -> LocalizedText {
            LocalizedText(
                id: "Kode \(kind.name.id) \(code) disebut di sini, tetapi tidak ada dalam tabel \(kind == .proses ? "Identifikasi Proses" : "Identifikasi Sub Proses"). Mohon samakan kodenya atau tambahkan \(kind.name.id) tersebut.",
                en: "The \(kind.name.en) code \(code) is named here but not defined in the \(kind == .proses ? "process" : "sub process") table. Please make the codes agree or add that \(kind.name.en).")
        }
    }
}
