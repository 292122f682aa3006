/// The relationship map (Peta Relasi) of one submission: which unit takes part in which
/// process, drawn as units down and processes across.
///
/// A unit takes part in a process when it is marked on any activity of any lintas fungsi table
/// of that process. Units are shown by their canonical names (see `UnitDictionary`), so that
/// `Subbag Umum` in one table and `Sub Bagian Umum` in another make one row.
///
/// ```swift
/// let map = PetaRelasi(submission, dictionary: UnitDictionary([submission]))
/// for (u, unit) in map.units.enumerated() {
///     print(unit, map.processes.indices.map { map.takesPart(unit: u, process: $0) ? "√" : " " })
/// }
/// ```
public struct PetaRelasi: Sendable {
    /// The submission's processes in table order (code and name as written).
    public let processes: [(kode: String, nama: String)]
    /// Canonical unit names in order of first appearance in the lintas fungsi tables' unit
    /// columns, each once. Units of tables that match no process are listed too (without marks),
    /// so that the map shows every unit of the OPD.
    public let units: [String]
    /// For each lintas fungsi table (by index), the process it belongs to, nil when none matched.
    public let tableProcesses: [Int?]
    /// `unit * processes.count + process` for each mark.
    private let marks: Set<Int>

    /// Builds the map; `dictionary` gives the canonical unit names of the submission's OPD.
    public init(_ submission: Submission, dictionary: UnitDictionary) {
        processes = submission.proses.map { ($0.kode?.text ?? "", $0.nama?.text ?? "") }
        let assignment = TableAssignment(submission)
        tableProcesses = submission.tabelLintasFungsi.map { assignment.process(of: $0) }
        var units: [String] = []
        var unitIndex: [String: Int] = [:]
        var marks: Set<Int> = []
        let width = processes.count
        for (table, process) in zip(submission.tabelLintasFungsi, tableProcesses) {
            let rows = table.units.map { unit -> Int in
                let name = dictionary.canonical(region: submission.region, opd: submission.opd, name: unit.name)
                if let known = unitIndex[name] { return known }
                unitIndex[name] = units.count
                units.append(name)
                return units.count - 1
            }
            guard let process else { continue }
            for kegiatan in table.kegiatan {
                for column in kegiatan.units where rows.indices.contains(column) {
                    marks.insert(rows[column] * width + process)
                }
            }
        }
        self.units = units
        self.marks = marks
    }

    /// True when the unit (index into `units`) takes part in the process (index into `processes`).
    public func takesPart(unit: Int, process: Int) -> Bool {
        guard units.indices.contains(unit), processes.indices.contains(process) else { return false }
        return marks.contains(unit * processes.count + process)
    }
}
