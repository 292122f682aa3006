import Spreadsheet

/// `recode --prefix "<region>/<opd>=NEWPREFIX"`: the OPD's codes get NEWPREFIX in place of
/// everything written before their first number (`P1.2` → `DPMPTSP.P1.2`, `MTR.01` with
/// `MTRX.` → `MTRX.01`). Every code of the OPD's tables is namespaced, those written with
/// another prefix too (`DPMPTSP.P1` left over from a copied template): after it, no code of
/// the OPD can collide with another OPD's that does not share the new prefix.
public struct PrefixChange: Sendable, Hashable {
    public var argument: String
    public var region: String
    public var opd: String
    public var prefix: String

    /// Parses `Kota Pasuruan/DPMPTSP=DPMPTSP.P`; the OPD is after the last `/` before `=`.
    public init(_ argument: String) throws {
        self.argument = argument
        guard let equals = argument.lastIndex(of: "=") else { throw RecodeRefusal([.prefixSyntax(argument: argument)]) }
        let scope = argument[..<equals]
        prefix = TextTrimming.trimmed(String(argument[argument.index(after: equals)...]))
        guard let slash = scope.lastIndex(of: "/") else { throw RecodeRefusal([.prefixSyntax(argument: argument)]) }
        region = TextTrimming.trimmed(String(scope[..<slash]))
        opd = TextTrimming.trimmed(String(scope[scope.index(after: slash)...]))
        guard !region.isEmpty, !opd.isEmpty, !prefix.isEmpty else { throw RecodeRefusal([.prefixSyntax(argument: argument)]) }
        let example = prefix + "1.2"
        guard prefix.contains(where: \.isLetter), let kode = Kode(example), kode.numbers == [1, 2],
              RecodeMap.readsBack(example) else {
            throw RecodeRefusal([.prefixInvalid(argument: argument, example: example)])
        }
    }
}

/// Plans `recode` over all submissions of a root at once: map lines and prefixes are checked
/// against each other and against the data (scopes that name no submission, codes mapped
/// twice, chains and cycles, duplicates the recode would create) before anything is written;
/// any problem refuses the whole run.
public struct RecodePlanner: Sendable {
    public var mapFile: String
    public var lines: [RecodeMapLine]
    public var prefixes: [PrefixChange]

    public init(mapFile: String = "", lines: [RecodeMapLine] = [], prefixes: [PrefixChange] = []) {
        self.mapFile = mapFile
        self.lines = lines
        self.prefixes = prefixes
    }

    /// The recoded submissions, each with its edits.
    public func plan(_ submissions: [Submission]) throws -> [CorrectedSubmission] {
        var problems = RecodeConflicts.betweenLines(lines, file: mapFile)
        problems += RecodeConflicts.unknownScopes(lines, file: mapFile, submissions: submissions)
        var prefixOf: [Int: PrefixChange] = [:]
        for change in prefixes {
            let matches = submissions.indices.filter { Scope.matches(submissions[$0], region: change.region, opd: change.opd) }
            guard let index = matches.first else { problems.append(.prefixUnknown(argument: change.argument)); continue }
            guard prefixOf[index] == nil else { problems.append(.prefixTwice(argument: change.argument)); continue }
            prefixOf[index] = change
        }
        guard problems.isEmpty else { throw RecodeRefusal(problems) }
        let results = submissions.indices.map { recode(submissions[$0], prefix: prefixOf[$0]) }
        problems = results.flatMap { RecodeConflicts.duplicates($0, file: mapFile) }
        guard problems.isEmpty else { throw RecodeRefusal(problems) }
        return results
    }

    /// Map lines never used by any submission (a typo, or a code no longer there).
    public func unusedLines(_ results: [CorrectedSubmission]) -> [RecodeMapLine] {
        let used = Set(results.flatMap { $0.edits.compactMap(\.mapLine) })
        return lines.filter { !used.contains($0.line) }
    }

    private func recode(_ submission: Submission, prefix: PrefixChange?) -> CorrectedSubmission {
        let renames = lines.filter { Scope.matches(submission, region: $0.region, opd: $0.opd) }
            .map { CodeRename(old: $0.old, new: $0.new, rule: CorrectionRule.map, mapLine: $0.line) }
        var edits = CodeCascade.edits(submission, renames: renames)
        var current = submission.applying(edits)
        if let prefix {
            let prefixed = Self.prefixEdits(current, prefix: prefix.prefix)
            current = current.applying(prefixed)
            edits += prefixed
        }
        return CorrectedSubmission(original: submission, corrected: current, edits: edits.merged())
    }

    /// NEWPREFIX before the first number of every code of the submission, whatever its prefix.
    static func prefixEdits(_ submission: Submission, prefix: String) -> [CellEdit] {
        CodeCascade.codeFields(submission).compactMap { field in
            guard let kode = Kode(field.text) else { return nil }
            let new = prefix + kode.textFromFirstNumber
            guard new != field.text else { return nil }
            return CellEdit(location: field.location, target: .code, old: field.text, new: new, rule: CorrectionRule.prefix)
        }
    }
}

/// Which submissions a region / OPD names: case, spaces and the file name aside.
enum Scope {
    static func matches(_ submission: Submission, region: String?, opd: String?) -> Bool {
        if let region, !same(region, submission.region) { return false }
        if let opd, !same(opd, submission.opd), !same(opd, fileStem(submission.path)) { return false }
        return true
    }

    static func same(_ a: String, _ b: String) -> Bool {
        HeaderVocabulary.normalise(a) == HeaderVocabulary.normalise(b)
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.lowercased().hasSuffix(".xlsx") ? String(name.dropLast(5)) : name
    }
}
