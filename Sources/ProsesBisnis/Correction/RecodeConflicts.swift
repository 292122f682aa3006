import Spreadsheet

/// The checks that make `recode` refuse a map before writing anything.
enum RecodeConflicts {
    /// Lines whose scopes overlap and that map one old code twice, or whose new code another
    /// line renames again (a chain), or that swap two codes (a cycle).
    static func betweenLines(_ lines: [RecodeMapLine], file: String) -> [RecodeProblem] {
        var problems: [RecodeProblem] = []
        for (n, line) in lines.enumerated() {
            for other in lines[..<n] where overlap(line, other) {
                if line.old.key == other.old.key {
                    if Kode(line.new)?.key != Kode(other.new)?.key {
                        problems.append(.mappedTwice(file: file, line: line.line, other: other.line, old: line.old.raw))
                    }
                    continue
                }
                if let problem = chain(from: line, to: other, file: file) ?? chain(from: other, to: line, file: file) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// `first`'s new code is renamed again by `second` (equal to or under its old code).
    private static func chain(from first: RecodeMapLine, to second: RecodeMapLine, file: String) -> RecodeProblem? {
        guard let new = Kode(first.new), new.key == second.old.key || new.isDescendant(of: second.old) else { return nil }
        if Kode(second.new)?.key == first.old.key {
            return .cycle(file: file, line: max(first.line, second.line), other: min(first.line, second.line),
                          old: first.old.raw, new: first.new)
        }
        return .chain(file: file, line: first.line, other: second.line, code: first.new)
    }

    private static func overlap(_ a: RecodeMapLine, _ b: RecodeMapLine) -> Bool {
        func agree(_ x: String?, _ y: String?) -> Bool { x == nil || y == nil || Scope.same(x!, y!) }
        return agree(a.region, b.region) && agree(a.opd, b.opd)
    }

    /// Lines scoped to a region or OPD that has no submission.
    static func unknownScopes(_ lines: [RecodeMapLine], file: String, submissions: [Submission]) -> [RecodeProblem] {
        lines.compactMap { line in
            guard line.region != nil || line.opd != nil,
                  !submissions.contains(where: { Scope.matches($0, region: line.region, opd: line.opd) }) else { return nil }
            if let region = line.region, !submissions.contains(where: { Scope.same($0.region, region) }) {
                return .unknownRegion(file: file, line: line.line, region: region)
            }
            return .unknownOPD(file: file, line: line.line, region: line.region ?? "", opd: line.opd ?? "")
        }
    }

    /// Codes the recode made equal within one table of one submission, where they differed before.
    static func duplicates(_ result: CorrectedSubmission, file: String) -> [RecodeProblem] {
        let edited = Dictionary(result.edits.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
        let before = Dictionary(CodeCascade.codeFields(result.original).map { ($0.location, Kode($0.text)?.key) },
                                uniquingKeysWith: { a, _ in a })
        var groups: [String: [FieldValue]] = [:]
        var order: [String] = []
        let corrected = result.corrected
        let definitions = corrected.proses.map { ($0.kode, ItemKind.proses) } + corrected.subProses.map { ($0.kode, ItemKind.subProses) }
            + corrected.lintasFungsi.map { ($0.kode, ItemKind.lintasFungsi) }
        for case let (field?, kind) in definitions {
            guard let key = Kode(field.text)?.key else { continue }
            let group = "\(kind)|\(key)"
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(field)
        }
        return order.compactMap { group in
            let fields = groups[group]!
            let changed = fields.compactMap { edited[$0.location] }
            guard fields.count > 1, let edit = changed.first,
                  Set(fields.map { before[$0.location] ?? nil }).count > 1 else { return nil }
            let source = edit.mapLine.map { "\(file):\($0)" } ?? "--prefix"
            return .duplicate(source: source, submission: result.original.path, code: fields[0].text,
                              cells: fields.map(\.location.description))
        }
    }
}
