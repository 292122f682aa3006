import Spreadsheet

/// The maps of one OPD, from its validated model: Peta Proses, a Peta Sub Proses per process,
/// the Peta Relasi and a Peta Lintas Fungsi per lintas fungsi table, each element marked with
/// the worst finding on it (see `FindingTargets`).
struct OPDMaps {
    let submission: Submission
    let language: Language
    let targets: FindingTargets
    let assignment: TableAssignment
    let dictionary: UnitDictionary
    /// Unit names and PENANGGUNG JAWAB texts repeat over an OPD's tables: matched once each.
    let unitMatching = UnitMatching()

    init(_ submission: Submission, dictionary: UnitDictionary, language: Language) {
        self.submission = submission
        self.language = language
        self.dictionary = dictionary
        targets = FindingTargets(submission)
        assignment = TableAssignment(submission)
    }

    var en: Bool { language == .en }

    /// The process as a node; `id` differs per map so that ids stay unique on the page.
    func processNode(_ index: Int, id: String? = nil, link: String? = nil) -> MapNode {
        let item = submission.proses[index]
        return MapNode(kode: item.kode?.text ?? "", nama: item.nama?.text ?? "", id: id ?? "p\(index)",
                       mark: targets.mark("p\(index)"), link: link)
    }

    // MARK: - Peta Proses

    func prosesMap() -> Drawing {
        var groups: [JenisProses?: [MapNode]] = [:]
        for index in submission.proses.indices {
            let jenis = submission.proses[index].jenis.flatMap { Self.jenis($0.text) }
            groups[jenis, default: []].append(processNode(index, link: "#peta-sp\(index)"))
        }
        let bands = ProsesMapLayout.bands(manajemen: groups[.manajemen] ?? [], utama: groups[.utama] ?? [],
                                          pendukung: groups[.pendukung] ?? [], unknown: groups[nil] ?? [], language: language)
        let title = (en ? "BUSINESS PROCESS MAP (LEVEL 0) " : "PETA PROSES BISNIS LEVEL 0 ") + submission.opd.uppercased()
        return ProsesMapLayout.draw(title: title, bands: bands, language: language)
    }

    /// The official term a JENIS PROSES cell means (synonyms and clear typos included).
    static func jenis(_ text: String) -> JenisProses? {
        switch JenisReading(text) {
        case .official(let jenis), .synonym(let jenis): jenis
        case .invalid(let nearest): nearest
        }
    }

    // MARK: - Peta Sub Proses

    /// One map per process (in table order), and one for sub processes of no known process.
    func subProsesMaps() -> [(anchor: String, drawing: Drawing)] {
        var byProcess: [Int?: [Int]] = [:]
        for (index, sub) in submission.subProses.enumerated() {
            let process = assignment.process(ofCode: sub.parent?.kode?.text) ?? assignment.process(ofCode: sub.kode?.text)
            byProcess[process, default: []].append(index)
        }
        let lintasBySub = lintasFungsiBySubProses()
        let tables = tableIndexByLintasKey()
        var maps: [(String, Drawing)] = []
        for process in submission.proses.indices {
            let columns = (byProcess[process] ?? []).map { column($0, lintas: lintasBySub[$0] ?? [], tables: tables) }
            let node = processNode(process, id: "sm\(process)-p")
            let title = (en ? "SUB PROCESS MAP (LEVEL 1) " : "PETA PROSES BISNIS LEVEL 1 / SUB PROSES ") + node.caption
            maps.append(("peta-sp\(process)", SubProsesMapLayout.draw(title: title, process: node, columns: columns, language: language)))
        }
        if let orphans = byProcess[nil], !orphans.isEmpty {
            let node = MapNode(kode: "", nama: en ? "Sub processes of no known process" : "Sub proses tanpa proses yang dikenal", id: "sm-x")
            let columns = orphans.map { column($0, lintas: lintasBySub[$0] ?? [], tables: tables) }
            maps.append(("peta-sp-x", SubProsesMapLayout.draw(title: node.nama, process: node, columns: columns, language: language)))
        }
        return maps
    }

    private func column(_ sub: Int, lintas: [Int], tables: [String: Int]) -> SubProsesMapLayout.Column {
        let item = submission.subProses[sub]
        let node = MapNode(kode: item.kode?.text ?? "", nama: item.nama?.text ?? "", id: "sp\(sub)", mark: targets.mark("sp\(sub)"))
        return SubProsesMapLayout.Column(subProses: node, lintasFungsi: lintas.map { index in
            let lf = submission.lintasFungsi[index]
            let link = TableAssignment.key(lf.kode?.text).flatMap { tables[$0] }.map { "#peta-lf\($0)" }
            return MapNode(kode: lf.kode?.text ?? "", nama: lf.nama?.text ?? "", id: "lf\(index)", mark: targets.mark("lf\(index)"), link: link)
        })
    }

    /// Lintas fungsi rows of the Sub Proses table by the sub process they are listed under.
    private func lintasFungsiBySubProses() -> [Int: [Int]] {
        var subByKey: [String: Int] = [:]
        for (index, sub) in submission.subProses.enumerated() {
            if let key = TableAssignment.key(sub.kode?.text), subByKey[key] == nil { subByKey[key] = index }
        }
        var result: [Int: [Int]] = [:]
        for (index, lf) in submission.lintasFungsi.enumerated() {
            let direct = TableAssignment.key(lf.subProses?.kode?.text).flatMap { subByKey[$0] }
            // The code is parsed only when the row names no known sub process.
            let sub = direct ?? lf.kode.flatMap { Kode($0.text) }.flatMap { kode in kode.ancestorKeys.lazy.compactMap { subByKey[$0] }.first }
            if let sub { result[sub, default: []].append(index) }
        }
        return result
    }

    /// Lintas fungsi tables by the key of their code, the first table of a code winning.
    func tableIndexByLintasKey() -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, table) in submission.tabelLintasFungsi.enumerated() {
            if let key = TableAssignment.key(table.lintasFungsi?.kode?.text), result[key] == nil { result[key] = index }
        }
        return result
    }
}

/// The unit-name matching of one OPD's maps, remembered: the same unit names and PENANGGUNG
/// JAWAB texts come back in table after table. One per OPD page, used by one thread.
final class UnitMatching {
    private var tokens: [String: [String]] = [:]
    /// Each PENANGGUNG JAWAB text as the tokens of its parts (`UnitNames.parts`).
    private var responsible: [String: [[String]]] = [:]

    func tokens(_ name: String) -> [String] {
        if let known = tokens[name] { return known }
        let computed = UnitNames.tokens(name)
        tokens[name] = computed
        return computed
    }

    /// The lane of `pj` among units whose tokens are `unitTokens`: the first of its parts that
    /// names a unit (`OPDMaps.lane(of:unitTokens:)`, each text tokenised once).
    func lane(of pj: String, unitTokens: [[String]]) -> Int? {
        let parts: [[String]]
        if let known = responsible[pj] {
            parts = known
        } else {
            parts = UnitNames.parts(pj).map(tokens)
            responsible[pj] = parts
        }
        for part in parts {
            if let lane = unitTokens.firstIndex(where: { UnitNames.matches(part, $0) }) { return lane }
        }
        return nil
    }
}
