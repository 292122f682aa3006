/// `code.numeric`: a code cell that Excel stored as a number, so zeros may have been lost
/// (`1.10` became `1.1`, `01` became `1`).
///
/// The fix writes the number back as text in the submission's style, prefix included
/// (`1.1` among `P1.x` codes → `P1.1`): a number cell cannot hold a prefix, so the prefix the
/// whole document uses is what was meant. The digits after the point are read with the
/// style's padding: among `MTR.NN.NN` codes `1.1` can only have been `01.10` (`01.01` would
/// have stayed `1.01`). There is no fix when the reading is unsure: a level the table does not
/// expect, no style, or a reading that another code of the table already has (then `1.1`
/// was probably `1.10`).
struct CodeNumericRule: Rule {
    static let id = RuleID.codeNumeric
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        let definitions = context.definitions
        return definitions.compactMap { definition in
            let field = definition.field
            guard field.wasNumber else { return nil }
            let fix = self.fix(for: field, kind: definition.kind, context: context, among: definitions)
            return finding(message(field.text, kind: definition.kind, fix: fix),
                           table: definition.kind.table, code: field.text, at: field.location, fix: fix)
        }
    }

    private func fix(for field: FieldValue, kind: ItemKind, context: RuleContext, among definitions: [CodeDefinition]) -> String? {
        guard let style = context.codeStyle, let numbers = Self.reading(field.text, style: style),
              kind.accepts(level: numbers.count - 1) else { return nil }
        let fix = style.render(numbers: numbers)
        guard let key = Kode(fix)?.key else { return nil }
        let taken = definitions.contains { other in
            other.kind == kind && other.field.location != field.location && context.kode(other.field)?.key == key
        }
        return taken ? nil : fix
    }

    /// The numbers a number cell's text stands for under `style`: `1.1` → `[1, 10]` when
    /// level 1 is padded to two digits, `[1, 1]` when unpadded.
    static func reading(_ text: String, style: CodeStyle) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let whole = Int(parts[0]) else { return nil }
        guard parts.count == 2 else { return [whole] }
        let digits = String(parts[1])
        let padding = style.level(1).padding
        let restored = digits + String(repeating: "0", count: max(0, padding - digits.count))
        guard let fraction = Int(restored) else { return nil }
        return [whole, fraction]
    }

    private func message(_ text: String, kind: ItemKind, fix: String?) -> LocalizedText {
        let fixID = fix.map { " Kemungkinan maksudnya \($0)." } ?? ""
        let fixEN = fix.map { " It probably means \($0)." } ?? ""
        return LocalizedText(
            id: "Kode \(kind.name.id) \(text) tersimpan sebagai angka, sehingga angka nol dapat hilang (1.10 menjadi 1.1).\(fixID) Mohon format sel sebagai Teks lalu ketik ulang kodenya.",
            en: "The \(kind.name.en) code \(text) is stored as a number, so zeros may have been lost (1.10 becomes 1.1).\(fixEN) Please format the cell as Text and type the code again.")
    }
}
