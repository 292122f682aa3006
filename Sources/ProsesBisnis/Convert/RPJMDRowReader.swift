import Spreadsheet

/// The row-by-row state of one RPJMD/Renstra table: the misi, tujuan, sasaran and SKPD that
/// the rows below continue, and the assignments made from the current programme.
struct RowReader {
    let file: String
    let grid: Grid
    let header: RPJMDHeader
    /// The OPD a Renstra table's title names, when the table has no SKPD column.
    let titleSKPD: String?

    private var misi: String?
    private var tujuan: String?
    private var sasaran: [RPJMDItem] = []
    private var sasaranHasProgram = true
    private var skpd: [RPJMDItem] = []
    /// Indices into `plan.assignments` made from the programme of the latest programme row.
    private var current: [Int] = []

    init(file: String, grid: Grid, header: RPJMDHeader, titleSKPD: String?, misi: String? = nil) {
        self.file = file
        self.grid = grid
        self.header = header
        self.titleSKPD = titleSKPD
        self.misi = misi
    }

    /// Reads one row; false when the row ends the table (a signature, a place and date).
    mutating func read(_ row: Int, into plan: inout RPJMDPlan) -> Bool {
        let own = grid.ownTexts(row, in: 0...Int.max / 2)
        guard let first = own.first?.text else { return true }
        if let misi = Self.misi(first), own.count == 1 || own.allSatisfy({ $0.text == first }) {
            finishSasaran(into: &plan)
            self.misi = misi
            tujuan = nil
            sasaran = []
            return true
        }
        if HeaderVocabulary.normalise(first).hasPrefix("VISI") { return true }
        if RowKinds.isNumbering(own) || RPJMDHeader.find(in: grid, row: row) != nil { return true }
        if DocumentFurniture.kind(of: first) != nil, header.text(.program, row: row, in: grid) == nil { return false }
        if let text = header.text(.tujuan, row: row, in: grid) { tujuan = text.text }
        switch header.kind {
        case .strategi: readStrategi(row, into: &plan)
        case .kebijakanUmum, .renstra: readProgramme(row, into: &plan)
        }
        return true
    }

    /// Reports the last sasaran when it had no programme.
    mutating func finish(into plan: inout RPJMDPlan) { finishSasaran(into: &plan) }

    /// `Misi I : Meningkatkan ...` → `Meningkatkan ...` (the roman number kept in front).
    static func misi(_ text: String) -> String? {
        guard HeaderVocabulary.normalise(text).hasPrefix("MISI") else { return nil }
        return TextTrimming.trimmed(text)
    }

    // MARK: - Strategi table

    /// Tujuan, sasaran, strategi as enumerated in one row: each sasaran joins the tujuan whose
    /// number starts its own (`1.1` under `1.`), each strategi the sasaran it numbers under.
    private mutating func readStrategi(_ row: Int, into plan: inout RPJMDPlan) {
        let tujuanItems = items(.tujuan, row)
        let strategi = items(.strategi, row)
        for item in items(.sasaran, row) {
            let parent = tujuanItems.last { tujuan in
                guard let key = tujuan.number.map(Self.numberKey), let own = item.number.map(Self.numberKey) else { return false }
                return own.hasPrefix(key + ".")
            } ?? tujuanItems.last
            let own = item.number.map(Self.numberKey)
            let strategies = strategi.filter { own != nil && ($0.number.map(Self.numberKey) ?? "").hasPrefix(own! + ".") }
            plan.sasaran.append(RPJMDSasaran(misi: misi, tujuan: parent?.text ?? tujuan, sasaran: item,
                                             strategi: strategies.map(\.numbered)))
        }
    }

    // MARK: - Kebijakan Umum and Renstra tables

    private mutating func readProgramme(_ row: Int, into plan: inout RPJMDPlan) {
        let newSasaran = items(.sasaran, row)
        if !newSasaran.isEmpty {
            finishSasaran(into: &plan)
            sasaran = newSasaran
            sasaranHasProgram = false
            skpd = []
            current = []
        }
        if let text = header.text(.skpd, row: row, in: grid) {
            skpd = Self.skpdParts(text.text).map { RPJMDItem(text: $0, location: location(row, text.column)) }
        } else if skpd.isEmpty, let titleSKPD, header.columns[.skpd] == nil {
            skpd = [RPJMDItem(text: titleSKPD, location: location(header.row - 1, 0))]
        }
        let programs = items(.program, row)
        if !programs.isEmpty { assign(programs, row: row, into: &plan) }
        // Kegiatan become lintas fungsi; Sub Kegiatan only in a table without a Kegiatan column.
        let kegiatan = header.columns[.kegiatan] != nil ? items(.kegiatan, row) : items(.subKegiatan, row)
        guard !kegiatan.isEmpty else { return }
        if current.isEmpty {
            for item in kegiatan { plan.findings.append(ConvertFinding.kegiatanWithoutProgram(kegiatan: item.text).finding(at: item.location)) }
        }
        for index in current { plan.assignments[index].kegiatan += kegiatan }
    }

    /// One assignment per sasaran, programme and SKPD of the row; a programme without either
    /// is a finding on its cell.
    private mutating func assign(_ programs: [RPJMDItem], row: Int, into plan: inout RPJMDPlan) {
        current = []
        sasaranHasProgram = true
        for program in programs {
            if sasaran.isEmpty {
                plan.findings.append(ConvertFinding.noSasaran(program: program.text).finding(at: program.location))
                continue
            }
            if skpd.isEmpty {
                plan.findings.append(ConvertFinding.noSKPD(program: program.text).finding(at: program.location))
                continue
            }
            for target in sasaran {
                for owner in skpd {
                    current.append(plan.assignments.count)
                    plan.assignments.append(RPJMDAssignment(misi: misi, tujuan: tujuan, sasaran: target, program: program,
                                                            kegiatan: [], skpd: owner, table: header.kind))
                }
            }
        }
    }

    private mutating func finishSasaran(into plan: inout RPJMDPlan) {
        guard header.kind != .strategi, !sasaranHasProgram else { return }
        for item in sasaran { plan.findings.append(ConvertFinding.noProgram(sasaran: item.numbered).finding(at: item.location)) }
        sasaranHasProgram = true
    }

    // MARK: - Cells

    /// The items of a field's cell on `row`, each at the cell's location.
    private func items(_ field: RPJMDHeader.Column, _ row: Int) -> [RPJMDItem] {
        guard let cell = header.text(field, row: row, in: grid) else { return [] }
        return RPJMDEnumeration.split(cell.text).map { item in
            RPJMDItem(number: item.key, text: item.text, location: location(row, cell.column))
        }
    }

    /// An SKPD cell naming several: one per line or `;` (a comma belongs to names like
    /// `Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga`).
    static func skpdParts(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == ";" })
            .flatMap { RPJMDEnumeration.split(String($0)).map(\.text) }
            .map { TextTrimming.trimmed($0) }
            .filter { !$0.isEmpty }
    }

    /// `1.1.` → `1.1`, `1)` → `1`.
    static func numberKey(_ number: String) -> String {
        String(number.reversed().drop { $0 == "." || $0 == ")" }.reversed())
    }

    private func location(_ row: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(file: file, sheet: grid.sheetName, row: row, column: column)
    }
}
