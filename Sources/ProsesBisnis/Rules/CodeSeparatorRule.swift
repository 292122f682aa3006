/// `code.separator`: a defining code that fits the submission's dominant style only once its
/// separators, zero padding, letter case or literal are normalised (`BO.04` among `BO-0x`,
/// `P.1.2.1.2` among `P1.x`). The fix is the code written in that style. A later duplicate is
/// left to `code.duplicate`, so that one cell never gets two different fixes.
struct CodeSeparatorRule: Rule {
    static let id = "code.separator"
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        guard let style = context.codeStyle else { return [] }
        let duplicates = CodeDuplicateRule.laterOccurrences(in: context)
        return context.definitions.compactMap { definition in
            let field = definition.field
            guard !field.wasNumber, !duplicates.contains(field.location), let kode = context.kode(field),
                  case .normalisable(let normalised) = style.check(kode) else { return nil }
            return finding(message(kode.raw, normalised: normalised, kind: definition.kind, pattern: style.pattern),
                           table: definition.kind.table, code: kode.raw, at: field.location, fix: normalised)
        }
    }

    private func message(_ code: String, normalised: String, kind: ItemKind, pattern: String) -> LocalizedText {
        LocalizedText(
            id: "Penulisan kode \(kind.name.id) \(code) berbeda dari pola dokumen ini (\(pattern)); sebaiknya ditulis \(normalised).",
            en: "The \(kind.name.en) code \(code) is written differently from this document's pattern (\(pattern)); it should read \(normalised).")
    }
}
