/// `code.duplicate`: the same code (by `Kode.key`: separators, padding and case ignored)
/// defined twice among the processes, the sub processes or the lintas fungsi. The first
/// occurrence stands; each later one is reported, naming the first's cell.
///
/// The fix is the next free number under the same parent, in the document's style
/// (`MTR.01.02` twice among `MTR.01.01`..`MTR.01.02` → `MTR.01.03`); none when the code does
/// not fit the style or there is no style.
struct CodeDuplicateRule: Rule {
    static let id = RuleID.codeDuplicate
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        ItemKind.allCases.flatMap { kind in
            duplicates(of: kind, in: context)
        }
    }

    /// The cells of the later occurrences, which `code.separator` leaves to this rule: its fix
    /// already writes the new code in the document's style.
    static func laterOccurrences(in context: RuleContext) -> Set<SourceLocation> {
        // Only the places: no messages or fixes are built for a question of where.
        // Kind and key as a pair: interpolating the kind into a string reflects on the enum.
        struct Defined: Hashable { var kind: ItemKind; var key: String }
        var seen: Set<Defined> = []
        var later: Set<SourceLocation> = []
        for definition in context.definitions {
            guard let kode = context.kode(definition.field) else { continue }
            if !seen.insert(Defined(kind: definition.kind, key: kode.key)).inserted { later.insert(definition.field.location) }
        }
        return later
    }

    private func duplicates(of kind: ItemKind, in context: RuleContext) -> [Finding] {
        let coded = context.definitions.filter { $0.kind == kind }.compactMap { definition in
            context.kode(definition.field).map { (field: definition.field, kode: $0) }
        }
        var first: [String: FieldValue] = [:]
        var lastNumber: [String: Int] = [:]
        for (_, kode) in coded {
            let parent = kode.parentKey ?? ""
            lastNumber[parent] = max(lastNumber[parent] ?? 0, kode.numbers.last ?? 0)
        }
        var findings: [Finding] = []
        for (field, kode) in coded {
            guard let original = first[kode.key] else {
                first[kode.key] = field
                continue
            }
            var fix: String?
            if let style = context.codeStyle, context.conformance(kode) != .malformed {
                let parent = kode.parentKey ?? ""
                let next = (lastNumber[parent] ?? 0) + 1
                lastNumber[parent] = next
                fix = style.render(numbers: kode.numbers.dropLast() + [next])
            }
            let place = Place.name(original.location, from: field.location)
            findings.append(finding(message(kode.raw, kind: kind, place: place), table: kind.table,
                                    code: kode.raw, at: field.location, fix: fix))
        }
        return findings
    }

    private func message(_ code: String, kind: ItemKind, place: LocalizedText) -> LocalizedText {
        LocalizedText(
            id: "Kode \(kind.name.id) \(code) dipakai dua kali (juga di \(place.id)). Mohon beri kode lain pada salah satunya.",
            en: "The \(kind.name.en) code \(code) is used twice (also at \(place.en)). Please give one of them another code.")
    }
}
