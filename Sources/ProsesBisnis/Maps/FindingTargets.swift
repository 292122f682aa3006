/// Which drawn element each finding of a submission concerns, and the worst mark on each
/// element. Element ids are those the maps of `OPDMaps` give their boxes: `p3` (process 3),
/// `sp2` (sub process 2), `lf5` (lintas fungsi 5 of the Sub Proses table), `t1-k4` (activity 4
/// of lintas fungsi table 1), `t1-u2` (its unit column 2).
///
/// A finding is placed by its cell first (the row, and for a unit header the column, that it
/// names), then by its code; a finding about the submission as a whole concerns no element.
struct FindingTargets {
    /// Per finding (same order as `submission.findings`), its element id or nil.
    private(set) var targets: [String?] = []
    /// The most severe error or warning on each element.
    private(set) var marks: [String: Severity] = [:]

    private struct Place: Hashable {
        var file: String?
        var sheet: String?
        var row: Int
        var column: Int?
    }

    init(_ submission: Submission) {
        var byPlace: [Place: String] = [:]
        // Only the rows some finding names can be a target: the other elements are passed by
        // with one look at their row, not a place and an id each.
        let rows = Set(submission.findings.compactMap { $0.location?.row })
        func put(_ location: SourceLocation, _ id: @autoclosure () -> String, column: Bool = false) {
            guard rows.contains(location.row) else { return }
            let id = id()
            let place = Place(file: location.file, sheet: location.sheet, row: location.row, column: column ? location.column : nil)
            if byPlace[place] == nil { byPlace[place] = id }
        }
        for (i, item) in submission.proses.enumerated() { put(item.location, "p\(i)") }
        for (i, item) in submission.subProses.enumerated() { put(item.location, "sp\(i)") }
        for (i, item) in submission.lintasFungsi.enumerated() { put(item.location, "lf\(i)") }
        for (t, table) in submission.tabelLintasFungsi.enumerated() {
            for (k, kegiatan) in table.kegiatan.enumerated() { put(kegiatan.location, "t\(t)-k\(k)") }
            for (u, unit) in table.units.enumerated() { put(unit.location, "t\(t)-u\(u)", column: true) }
        }
        let byCode = Self.codes(submission)
        for finding in submission.findings {
            var target: String?
            if let location = finding.location {
                let exact = Place(file: location.file, sheet: location.sheet, row: location.row, column: location.column)
                let row = Place(file: location.file, sheet: location.sheet, row: location.row, column: nil)
                target = byPlace[exact] ?? byPlace[row]
            }
            if target == nil, let code = finding.code { target = byCode[code] }
            targets.append(target)
            if let target, finding.severity != .info {
                marks[target] = min(marks[target] ?? .info, finding.severity)
            }
        }
    }

    /// Element ids by code text as written, the first definition of a code winning.
    private static func codes(_ submission: Submission) -> [String: String] {
        var result: [String: String] = [:]
        let items = submission.proses.enumerated().map { ($1.kode?.text, "p\($0)") }
            + submission.subProses.enumerated().map { ($1.kode?.text, "sp\($0)") }
            + submission.lintasFungsi.enumerated().map { ($1.kode?.text, "lf\($0)") }
        for case let (code?, id) in items where result[code] == nil { result[code] = id }
        return result
    }

    /// Most elements of most OPDs carry no finding: no hashing of their ids then.
    func mark(_ id: String) -> Severity? { marks.isEmpty ? nil : marks[id] }
}
