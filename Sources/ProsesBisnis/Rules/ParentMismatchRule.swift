/// `code.parent_mismatch`: a code listed under a parent it does not belong to by structure:
/// a sub process under the group row of another process (`MTR.02.03` under `MTR.01`), a
/// lintas fungsi on the row of another sub process, or a lintas fungsi table whose key/value
/// block names codes that do not nest (its lintas fungsi not under its sub proses, its sub
/// proses not under its proses).
///
/// Listed children: the child's code cell is reported, with the fix `reparented(under:)` when
/// the parent is exactly one level up and the new code is still free. Key/value blocks: when
/// the child is an item the submission defines, the child is right and the parent line is
/// reported, its fix being the child's true ancestor; otherwise the child line is reported.
/// Listed codes off the document's pattern are left to `code.malformed`.
struct ParentMismatchRule: Rule {
    static let id = RuleID.codeParentMismatch
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        let submission = context.submission
        var findings: [Finding] = []
        for sub in submission.subProses {
            guard let child = sub.kode, let parent = sub.parent?.kode else { continue }
            findings += listed(child, kind: .subProses, under: parent, kind: .proses, context: context)
        }
        for lintas in submission.lintasFungsi {
            guard let child = lintas.kode, let parent = lintas.subProses?.kode else { continue }
            findings += listed(child, kind: .lintasFungsi, under: parent, kind: .subProses, context: context)
        }
        for table in submission.tabelLintasFungsi {
            findings += block(table, context: context)
        }
        return findings
    }

    /// A child listed under a parent in the Sub Proses table.
    private func listed(_ child: FieldValue, kind: ItemKind, under parent: FieldValue, kind parentKind: ItemKind,
                        context: RuleContext) -> [Finding] {
        guard let kode = context.kode(child), let parentKode = context.kode(parent), kode.level > 0,
              !context.isMalformed(kode), !context.isMalformed(parentKode),
              !kode.isDescendant(of: parentKode) else { return [] }
        let fix = reparented(kode, under: parentKode, kind: kind, context: context, except: child.location)
        let message = Messages.listed(kode.raw, kind: kind, parent: parentKode.raw, parentKind: parentKind, fix: fix)
        return [finding(message, table: .subproses, code: kode.raw, at: child.location, fix: fix)]
    }

    /// `kode`'s last number under `parent`, when `parent` is one level up and the result is free.
    private func reparented(_ kode: Kode, under parent: Kode, kind: ItemKind, context: RuleContext,
                            except location: SourceLocation) -> String? {
        guard let style = context.codeStyle, parent.level == kode.level - 1, context.conformance(parent) != .malformed else {
            return nil
        }
        let fix = kode.reparented(under: parent, style: style)
        let key = Kode(fix)?.key
        let taken = context.definitions.contains { definition in
            definition.kind == kind && definition.field.location != location && context.kode(definition.field)?.key == key
        }
        return taken ? nil : fix
    }

    /// The nesting of a lintas fungsi table's key/value block.
    private func block(_ table: TabelLintasFungsi, context: RuleContext) -> [Finding] {
        let lintas = table.lintasFungsi?.kode, sub = table.subProses?.kode, proses = table.proses?.kode
        var pairs: [(FieldValue, ItemKind, FieldValue, ItemKind)] = []
        if let lintas, let sub { pairs.append((lintas, .lintasFungsi, sub, .subProses)) }
        if let sub, let proses { pairs.append((sub, .subProses, proses, .proses)) }
        if let lintas, sub == nil, let proses { pairs.append((lintas, .lintasFungsi, proses, .proses)) }
        return pairs.compactMap { child, childKind, parent, parentKind in
            blockPair(child, childKind, parent, parentKind, context: context)
        }
    }

    private func blockPair(_ child: FieldValue, _ childKind: ItemKind, _ parent: FieldValue, _ parentKind: ItemKind,
                           context: RuleContext) -> Finding? {
        guard let kode = context.kode(child), let parentKode = context.kode(parent), kode.level > 0,
              !kode.isDescendant(of: parentKode) else { return nil }
        if context.definedKeys(childKind).contains(kode.key) {
            var fix: String?
            if let style = context.codeStyle, kode.numbers.count > parentKind.level + 1 {
                fix = CellFix.replacing(parent, with: style.render(numbers: Array(kode.numbers.prefix(parentKind.level + 1))))
            }
            let message = Messages.blockParent(parentKode.raw, kind: parentKind, child: kode.raw, childKind: childKind)
            return finding(message, table: .lintasfungsi, code: parentKode.raw, at: parent.location, fix: fix)
        }
        let fix = reparented(kode, under: parentKode, kind: childKind, context: context, except: child.location)
            .flatMap { CellFix.replacing(child, with: $0) }
        let message = Messages.blockChild(kode.raw, kind: childKind, parent: parentKode.raw, parentKind: parentKind)
        return finding(message, table: .lintasfungsi, code: kode.raw, at: child.location, fix: fix)
    }

    private enum Messages {
        static func listed(_ code: String, kind: ItemKind, parent: String, parentKind: ItemKind, fix: String?) -> LocalizedText {
            let fixID = fix.map { " (misalnya \($0))" } ?? ""
            let fixEN = fix.map { " (for example \($0))" } ?? ""
            return LocalizedText(
                id: "\(kind.name.id.capitalizedFirst) \(code) tercantum di bawah \(parentKind.name.id) \(parent), tetapi kodenya bukan turunan \(parent). Mohon pindahkan barisnya ke \(parentKind.name.id) yang benar atau ubah kodenya\(fixID).",
                en: "The \(kind.name.en) \(code) is listed under the \(parentKind.name.en) \(parent), but its code is not under \(parent). Please move the row to the right \(parentKind.name.en) or change its code\(fixEN).")
        }

        static func blockParent(_ code: String, kind: ItemKind, child: String, childKind: ItemKind) -> LocalizedText {
            LocalizedText(
                id: "Tabel lintas fungsi menyebut \(kind.name.id) \(code), padahal \(childKind.name.id) \(child) bukan bagian dari \(code). Mohon perbaiki baris \(kind.name.id.uppercased()) tabel ini.",
                en: "The lintas fungsi table names the \(kind.name.en) \(code), but the \(childKind.name.en) \(child) is not part of \(code). Please correct this table's \(kind.name.id.uppercased()) line.")
        }

        static func blockChild(_ code: String, kind: ItemKind, parent: String, parentKind: ItemKind) -> LocalizedText {
            LocalizedText(
                id: "Kode \(kind.name.id) \(code) pada tabel lintas fungsi tidak berada di bawah \(parentKind.name.id) \(parent) yang disebut di atasnya. Mohon samakan kedua kode tersebut.",
                en: "The \(kind.name.en) code \(code) in the lintas fungsi table is not under the \(parentKind.name.en) \(parent) named above it. Please make the two codes agree.")
        }
    }
}
