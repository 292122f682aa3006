/// `code.malformed`: a defining code that does not fit the submission's dominant code style
/// (another prefix, an unknown literal, letters at the end), that cannot be read as a code at
/// all, or whose count of numbers does not suit its table (a sub proses code with one number).
///
/// Cells Excel stored as numbers are left to `code.numeric`, and template text to
/// `placeholder.left`, so one cell gets one finding.
struct CodeMalformedRule: Rule {
    static let id = RuleID.codeMalformed
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        context.definitions.compactMap { definition in
            let field = definition.field
            guard !field.wasNumber, !RowKinds.isPlaceholder(field.text) else { return nil }
            let pattern = context.codeStyle?.pattern
            guard let kode = context.kode(field) else {
                return report(field, definition.kind, Messages.unreadable(field.text, pattern: pattern))
            }
            if let style = context.codeStyle, context.conformance(kode) == .malformed {
                return report(field, definition.kind, Messages.offPattern(kode.raw, kind: definition.kind, pattern: style.pattern))
            }
            guard definition.kind.accepts(level: kode.level) else {
                let example = context.example(for: definition.kind)
                return report(field, definition.kind, Messages.wrongLevel(kode, kind: definition.kind, example: example))
            }
            return nil
        }
    }

    private func report(_ field: FieldValue, _ kind: ItemKind, _ message: LocalizedText) -> Finding {
        finding(message, table: kind.table, code: field.text, at: field.location)
    }

    private enum Messages {
        static func unreadable(_ text: String, pattern: String?) -> LocalizedText {
            let id = pattern.map { " Mohon tulis kode sesuai pola \($0)." } ?? " Mohon tulis kode berupa huruf dan angka yang dipisah titik."
            let en = pattern.map { " Please write the code in the pattern \($0)." } ?? " Please write a code of letters and numbers separated by dots."
            return LocalizedText(id: "\"\(quoted(text))\" tidak dapat dibaca sebagai kode." + id,
                                 en: "\"\(quoted(text))\" cannot be read as a code." + en)
        }

        static func offPattern(_ code: String, kind: ItemKind, pattern: String) -> LocalizedText {
            LocalizedText(
                id: "Kode \(kind.name.id) \(code) tidak sesuai pola kode dokumen ini (\(pattern)). Mohon periksa awalan dan bagian hurufnya.",
                en: "The \(kind.name.en) code \(code) does not fit this document's code pattern (\(pattern)). Please check its prefix and letters.")
        }

        static func wrongLevel(_ kode: Kode, kind: ItemKind, example: String?) -> LocalizedText {
            let count = kode.numbers.count
            let exampleID = example.map { " (contoh: \($0))" } ?? ""
            let exampleEN = example.map { " (for example \($0))" } ?? ""
            return LocalizedText(
                id: "Kode \(kind.name.id) \(kode.raw) terdiri dari \(count) angka; kode \(kind.name.id) seharusnya \(kind.level + 1) angka\(kind == .lintasFungsi ? " atau lebih" : "")\(exampleID).",
                en: "The \(kind.name.en) code \(kode.raw) has \(count) number(s); a \(kind.name.en) code has \(kind.level + 1)\(kind == .lintasFungsi ? " or more" : "")\(exampleEN).")
        }
    }
}
