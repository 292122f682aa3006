/// A code renamed together with everything under it: renaming `MTR.01` to `MTR.07` renames
/// `MTR.01.02` to `MTR.07.02` and `MTR.01.02.CFM.01` to `MTR.07.02.CFM.01`, wherever they are
/// written (defining cells, group rows, key/value blocks).
struct CodeRename: Sendable {
    var old: Kode
    var new: String
    var rule: RuleID
    /// The map file line it comes from (`recode --map`).
    var mapLine: Int?
}

/// Turns renames into cell edits over every code a submission writes. Each code follows the
/// most specific rename that covers it (its own code, else its nearest renamed ancestor);
/// the part under the renamed ancestor keeps its own writing, so a cascade changes nothing
/// but the ancestor's part.
enum CodeCascade {
    /// Edits for `renames`; `seeds` are edits already decided for single cells (a fix found
    /// by a rule on that very cell), which win over any rename for their cell.
    static func edits(_ submission: Submission, renames: [CodeRename], seeds: [CellEdit] = []) -> [CellEdit] {
        var byKey: [String: CodeRename] = [:]
        for rename in renames where byKey[rename.old.key] == nil { byKey[rename.old.key] = rename }
        let seeded = Dictionary(seeds.map { ($0.location, $0) }, uniquingKeysWith: { first, _ in first })
        var edits: [CellEdit] = []
        for field in codeFields(submission) {
            if let seed = seeded[field.location] {
                edits.append(seed)
                continue
            }
            guard !byKey.isEmpty, let kode = Kode(field.text), let rename = covering(kode, byKey) else { continue }
            let new = rename.old.key == kode.key ? rename.new : rename.new + kode.text(afterNumbers: rename.old.numbers.count)
            guard new != field.text else { continue }
            edits.append(CellEdit(location: field.location, target: .code, old: field.text, new: new,
                                  rule: rename.rule, mapLine: rename.mapLine))
        }
        return edits
    }

    /// The rename for the code itself, else for its nearest ancestor.
    private static func covering(_ kode: Kode, _ byKey: [String: CodeRename]) -> CodeRename? {
        if let own = byKey[kode.key] { return own }
        for key in kode.ancestorKeys {
            if let rename = byKey[key] { return rename }
        }
        return nil
    }

    /// Every code cell of the submission once: defining cells first, then references (group
    /// rows, key/value blocks). Copies the reader made of a code share its place and come once.
    static func codeFields(_ submission: Submission) -> [FieldValue] {
        var seen: Set<SourceLocation> = []
        var fields: [FieldValue] = []
        func add(_ field: FieldValue?) {
            guard let field, seen.insert(field.location).inserted else { return }
            fields.append(field)
        }
        submission.proses.forEach { add($0.kode) }
        submission.subProses.forEach { add($0.kode) }
        submission.lintasFungsi.forEach { add($0.kode) }
        submission.subProses.forEach { add($0.parent?.kode) }
        submission.lintasFungsi.forEach { add($0.subProses?.kode) }
        for table in submission.tabelLintasFungsi {
            add(table.proses?.kode)
            add(table.subProses?.kode)
            add(table.lintasFungsi?.kode)
        }
        return fields
    }

    /// The places of the defining code cells, with the kind of item each defines.
    static func definitions(_ submission: Submission) -> [SourceLocation: ItemKind] {
        var kinds: [SourceLocation: ItemKind] = [:]
        for item in submission.proses { if let kode = item.kode { kinds[kode.location] = .proses } }
        for item in submission.subProses { if let kode = item.kode { kinds[kode.location] = .subProses } }
        for item in submission.lintasFungsi { if let kode = item.kode { kinds[kode.location] = .lintasFungsi } }
        return kinds
    }
}

extension Kode {
    /// The text after the `count`th number, as written (`.CFM.01` of `KECKLB.02.01.CFM.01`
    /// after 2 numbers); empty when the code has no more numbers.
    func text(afterNumbers count: Int) -> String {
        let indices = numberIndices
        guard count >= 1, count <= indices.count else { return "" }
        let start = indices[count - 1]
        var text = ""
        for index in start..<(segments.count - 1) {
            text += separators[index] + segments[index + 1].text
        }
        return text + trailingSeparator
    }

    /// The text from the first number on (`1.2` of `P1.2`, `01.02` of `MTR.01.02`).
    var textFromFirstNumber: String {
        guard let first = numberIndices.first else { return raw }
        return segments[first].text + text(afterNumbers: 1)
    }
}
