import Spreadsheet

extension OPDMaps {
    // MARK: - Peta Relasi

    /// Units (canonical names) down, processes across, activities counted in each cell.
    func relasiMap(idPrefix: String = "r") -> Drawing {
        let relasi = PetaRelasi(submission, dictionary: dictionary)
        let rowOf = Dictionary(relasi.units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = Array(repeating: Array(repeating: 0, count: submission.proses.count), count: relasi.units.count)
        for (table, process) in zip(submission.tabelLintasFungsi, relasi.tableProcesses) {
            guard let process else { continue }
            let rows = table.units.map { rowOf[dictionary.canonical(region: submission.region, opd: submission.opd, name: $0.name)] }
            for kegiatan in table.kegiatan {
                for column in Set(kegiatan.units) where rows.indices.contains(column) {
                    if let row = rows[column] { counts[row][process] += 1 }
                }
            }
        }
        let processes = submission.proses.indices.map { processNode($0, id: "\(idPrefix)-p\($0)", link: "#peta-sp\($0)") }
        let rows = zip(relasi.units, counts).map { RelasiMapLayout.Row(unit: $0, counts: $1) }
        let title = (en ? "RELATIONSHIP MAP " : "PETA RELASI ") + submission.opd.uppercased()
        return RelasiMapLayout.draw(title: title, processes: processes, rows: rows, language: language)
    }

    // MARK: - Peta Lintas Fungsi

    /// One lintas fungsi table as lanes and activities, ready for `LintasFungsiLayout` and BPMN.
    struct LintasFungsiMap {
        var table: Int
        var kode: String
        var nama: String
        var title: String
        var lanes: [LintasFungsiLayout.Lane]
        var activities: [LintasFungsiLayout.Activity]
    }

    func lintasFungsiMaps() -> [LintasFungsiMap] {
        submission.tabelLintasFungsi.indices.map(lintasFungsiMap)
    }

    func lintasFungsiMap(_ t: Int) -> LintasFungsiMap {
        let table = submission.tabelLintasFungsi[t]
        let kode = table.lintasFungsi?.kode?.text ?? ""
        let nama = assignment.lintasFungsiName(of: table) ?? ""
        let lanes = table.units.enumerated().map { u, unit in
            LintasFungsiLayout.Lane(name: UnitDictionary.spelling(unit.name), id: "t\(t)-u\(u)", mark: targets.mark("t\(t)-u\(u)"))
        }
        let unitTokens = table.units.map { unitMatching.tokens($0.name) }
        // The same few PENANGGUNG JAWAB texts repeat on every row and table: tokenised once.
        let activities = table.kegiatan.enumerated().map { k, kegiatan in
            let lane = unitMatching.lane(of: kegiatan.penanggungJawab?.text ?? "", unitTokens: unitTokens)
            return activity(kegiatan, id: "t\(t)-k\(k)", pjLane: lane, units: table.units.count)
        }
        let caption = [kode, nama].filter { !$0.isEmpty }.joined(separator: " ")
        let title = (en ? "CROSS-FUNCTIONAL MAP " : "PETA LINTAS FUNGSI ") + (caption.isEmpty ? "\(t + 1)" : caption)
        return LintasFungsiMap(table: t, kode: kode, nama: nama, title: title, lanes: lanes, activities: activities)
    }

    /// The lane of the full box: the unit PENANGGUNG JAWAB names (any of its parts), else the
    /// first marked unit, else the first lane.
    private func activity(_ kegiatan: Kegiatan, id: String, pjLane: Int?, units: Int) -> LintasFungsiLayout.Activity {
        let marked = kegiatan.units.filter { $0 >= 0 && $0 < units }
        let pjText = kegiatan.penanggungJawab?.text ?? ""
        let main = pjLane ?? marked.first ?? 0
        var seen: Set<Int> = [main]
        let participants = marked.filter { seen.insert($0).inserted }.sorted()
        return LintasFungsiLayout.Activity(
            no: kegiatan.no?.text ?? "", uraian: kegiatan.uraian?.text ?? "", output: kegiatan.output?.text ?? "",
            main: main, participants: participants, unmatchedPJ: pjLane == nil && !pjText.isEmpty ? pjText : nil,
            id: id, mark: targets.mark(id))
    }

    /// The unit column that a PENANGGUNG JAWAB names (the first of its parts that names one).
    static func lane(of pj: String, unitTokens: [[String]]) -> Int? {
        UnitNames.parts(pj).lazy.compactMap { part -> Int? in
            let tokens = UnitNames.tokens(part)
            return unitTokens.firstIndex { UnitNames.matches(tokens, $0) }
        }.first
    }

    /// The file name of a lintas fungsi's BPMN and SVG: its code made safe, else its number.
    static func fileStem(_ map: LintasFungsiMap) -> String {
        map.kode.isEmpty ? "lintas-fungsi-\(map.table + 1)" : OutputFolder.safeName(map.kode)
    }
}
