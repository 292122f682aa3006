import Spreadsheet

/// The rows one submission contributes to each sheet of a regional workbook, as values, so
/// that what is written can be reasoned about apart from how it is written.
///
/// Every row starts with the region and the OPD. Codes are written as they stand in the
/// submission; where a lintas fungsi table's key/value block leaves out its PROSES or SUB
/// PROSES code, the code found by structure (see `TableAssignment`) fills the gap.
struct RegionalRows {
    let region: String
    let submission: Submission
    let dictionary: UnitDictionary
    let language: Language
    private let assignment: TableAssignment

    init(region: String, submission: Submission, dictionary: UnitDictionary, language: Language) {
        self.region = region
        self.submission = submission
        self.dictionary = dictionary
        self.language = language
        assignment = TableAssignment(submission)
    }

    private var lead: [RegionalValue] { [.text(region), .text(submission.opd)] }

    func ringkasan(_ summary: SubmissionSummary, link: String?) -> [RegionalValue] {
        let errors = summary.findings.filter { $0.severity == .error }.count
        let warnings = summary.findings.filter { $0.severity == .warning }.count
        let counts = summary.counts
        return lead + [.text(submission.path), .number(counts.proses), .number(counts.subProses),
                       .number(counts.lintasFungsi), .number(counts.aktivitas), .number(errors), .number(warnings),
                       .text(SubmissionStatus(summary).label(language)), link.map(RegionalValue.fileLink) ?? .text("")]
    }

    /// JENIS PROSES is shown as its official term when it is one or a known synonym (`Inti` →
    /// `Utama`), so that the regional list can be filtered by three values; else as written.
    func proses() -> [[RegionalValue]] {
        submission.proses.map { proses in
            let jenis = proses.jenis?.text ?? ""
            let shown: String
            switch JenisReading(jenis) {
            case .official(let term), .synonym(let term): shown = term.rawValue
            case .invalid: shown = jenis
            }
            return lead + [.text(proses.kode?.text ?? ""), .text(proses.nama?.text ?? ""), .text(shown)]
        }
    }

    func subProses() -> [[RegionalValue]] {
        submission.subProses.map { sub in
            let parent = sub.parent?.kode?.text ?? code(ofProcess: assignment.process(ofCode: sub.kode?.text))
            return lead + [.text(parent), .text(sub.kode?.text ?? ""), .text(sub.nama?.text ?? "")]
        }
    }

    func lintasFungsi() -> [[RegionalValue]] {
        submission.lintasFungsi.map { lintas in
            lead + [.text(lintas.subProses?.kode?.text ?? ""), .text(lintas.kode?.text ?? ""), .text(lintas.nama?.text ?? "")]
        }
    }

    /// One row per activity of every lintas fungsi table; units and PENANGGUNG JAWAB by their
    /// canonical names, several joined with `; `.
    func kegiatan(_ relasi: PetaRelasi) -> [[RegionalValue]] {
        var rows: [[RegionalValue]] = []
        // Unit names and PENANGGUNG JAWAB texts repeat on every row: resolve each text once.
        var responsibleCache: [String: String] = [:]
        for (index, table) in submission.tabelLintasFungsi.enumerated() {
            let unitNames = table.units.map { dictionary.canonical(region: submission.region, opd: submission.opd, name: $0.name) }
            let proses = table.proses?.kode?.text ?? code(ofProcess: relasi.tableProcesses[index])
            let sub = table.subProses?.kode?.text
                ?? assignment.subProses(of: table).flatMap { submission.subProses[$0].kode?.text } ?? ""
            let lead = self.lead + [.text(proses), .text(sub), .text(table.lintasFungsi?.kode?.text ?? ""),
                                    .text(assignment.lintasFungsiName(of: table) ?? "")]
            for kegiatan in table.kegiatan {
                var seen: Set<String> = []
                let units = kegiatan.units.filter { unitNames.indices.contains($0) }.map { unitNames[$0] }
                    .filter { seen.insert($0).inserted }.joined(separator: "; ")
                var responsible = ""
                if let text = kegiatan.penanggungJawab?.text {
                    responsible = responsibleCache[text] ?? canonicalList(UnitNames.parts(text))
                    responsibleCache[text] = responsible
                }
                rows.append(lead + [.text(kegiatan.no?.text ?? ""), .text(kegiatan.uraian?.text ?? ""),
                                    .text(units), .text(kegiatan.output?.text ?? ""), .text(responsible)])
            }
        }
        return rows
    }

    func kamusUnit() -> [[RegionalValue]] {
        dictionary.entries(region: submission.region, opd: submission.opd).map { entry in
            lead + [.text(entry.canonical), .text(entry.aliases.joined(separator: "; ")), .number(entry.occurrences)]
        }
    }

    func temuan(_ findings: [Finding]) -> [[RegionalValue]] {
        findings.map { Self.temuan($0, lead: lead, path: submission.path, language: language) }
    }

    /// A finding as a Temuan row; `lead` is the region and OPD (empty for a region's own findings).
    static func temuan(_ finding: Finding, lead: [RegionalValue], path: String, language: Language) -> [RegionalValue] {
        let location = finding.location
        let sheet = location?.sheet ?? location?.file ?? ""
        let cell = location.map { $0.cell ?? String($0.displayRow) } ?? ""
        return lead + [.text(path), .text(finding.rule.rawValue), .text(finding.severity.rawValue), .text(sheet), .text(cell),
                       .text(finding.message.text(language)), .text(finding.fix ?? "")]
    }

    private func code(ofProcess index: Int?) -> String {
        index.flatMap { submission.proses[$0].kode?.text } ?? ""
    }

    /// Canonical names in order, each once, joined with `; `.
    private func canonicalList(_ names: [String]) -> String {
        var seen: Set<String> = []
        return names.map { dictionary.canonical(region: submission.region, opd: submission.opd, name: $0) }
            .filter { seen.insert($0).inserted }
            .joined(separator: "; ")
    }
}
