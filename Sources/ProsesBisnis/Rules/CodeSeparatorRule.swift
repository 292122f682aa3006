/// `code.separator`: a defining code that fits the submission's dominant style only once its
/// separators, zero padding, letter case or literal are normalised (`BO.04` among `BO-0x`,
/// `P.1.2.1.2` among `P1.x`). The fix is the code written in that style. A later duplicate is
/// left to `code.duplicate`, so that one cell never gets two different fixes. References are
/// checked too (group rows of the Sub Proses table, key/value blocks of lintas fungsi tables):
/// `fix` rewrites them as well, so the report must show them.
struct CodeSeparatorRule: Rule {
    static let id = RuleID.codeSeparator
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        guard let style = context.codeStyle else { return [] }
        let duplicates = CodeDuplicateRule.laterOccurrences(in: context)
        let defined = context.definitions.compactMap { definition -> Finding? in
            let field = definition.field
            guard !field.wasNumber, !duplicates.contains(field.location), let kode = context.kode(field),
                  case .normalisable(let normalised) = context.conformance(kode) else { return nil }
            return finding(message(kode.raw, normalised: normalised, kind: definition.kind, pattern: style.pattern),
                           table: definition.kind.table, code: kode.raw, at: field.location, fix: normalised)
        }
        let referred = references(context).compactMap { field, kind, table -> Finding? in
            guard !field.wasNumber, let kode = context.kode(field),
                  case .normalisable(let normalised) = context.conformance(kode) else { return nil }
            return finding(message(kode.raw, normalised: normalised, kind: kind, pattern: style.pattern),
                           table: table, code: kode.raw, at: field.location, fix: CellFix.replacing(field, with: normalised))
        }
        return defined + referred
    }

    /// Codes written where an item is referred to, each cell once.
    private func references(_ context: RuleContext) -> [(FieldValue, ItemKind, TableKind)] {
        var result: [(FieldValue, ItemKind, TableKind)] = []
        // Each group row's code cell once; each key/value line is a cell of its own table.
        context.forEachGroupCode { result.append(($0, .proses, .subproses)) }
        for table in context.submission.tabelLintasFungsi {
            if let field = table.proses?.kode { result.append((field, .proses, .lintasfungsi)) }
            if let field = table.subProses?.kode { result.append((field, .subProses, .lintasfungsi)) }
            if let field = table.lintasFungsi?.kode { result.append((field, .lintasFungsi, .lintasfungsi)) }
        }
        return result
    }

    private func message(_ code: String, normalised: String, kind: ItemKind, pattern: String) -> LocalizedText {
        LocalizedText(
            id: "Penulisan kode \(kind.name.id) \(code) berbeda dari pola dokumen ini (\(pattern)); sebaiknya ditulis \(normalised).",
            en: "The \(kind.name.en) code \(code) is written differently from this document's pattern (\(pattern)); it should read \(normalised).")
    }
}
