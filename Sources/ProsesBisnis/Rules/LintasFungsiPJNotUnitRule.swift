/// `lf.pj_not_unit`: PENANGGUNG JAWAB names no unit column of its table. Names are compared
/// through `UnitNames` (case, spaces, punctuation, the usual abbreviations and position titles);
/// a cell naming several units (`Sekretariat / Bidang A`) must name only units of the table.
/// A cell that repeats a unit's header exactly names that unit. Tables without unit columns
/// are left to `lf.no_unit`.
struct LintasFungsiPJNotUnitRule: Rule {
    static let id = RuleID.lfPJNotUnit
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        // Unit names and PENANGGUNG JAWAB texts repeat from row to row and table to table:
        // tokenise each distinct text once per submission.
        var tokenCache: [String: [String]] = [:]
        var partsCache: [String: [[String]]] = [:]
        func tokens(_ name: String) -> [String] {
            if let known = tokenCache[name] { return known }
            let computed = UnitNames.tokens(name)
            tokenCache[name] = computed
            return computed
        }
        var findings: [Finding] = []
        for table in context.submission.tabelLintasFungsi where !table.units.isEmpty {
            // Most PENANGGUNG JAWAB cells repeat a unit's header exactly: those need no tokens.
            var tableTokens: [[String]]?
            for kegiatan in table.kegiatan {
                guard let pj = kegiatan.penanggungJawab, !table.units.contains(where: { $0.name == pj.text }) else { continue }
                let units = tableTokens ?? table.units.map { tokens($0.name) }
                tableTokens = units
                let parts = partsCache[pj.text] ?? {
                    let computed = RowKinds.isPlaceholder(pj.text) ? [] : UnitNames.parts(pj.text).map(tokens)
                    partsCache[pj.text] = computed
                    return computed
                }()
                let named = parts.allSatisfy { part in units.contains { UnitNames.matches(part, $0) } }
                guard !named else { continue }
                findings.append(finding(message(pj.text, units: table.units.map(\.name)), table: .lintasfungsi,
                                        code: table.lintasFungsi?.kode?.text, at: pj.location))
            }
        }
        return findings
    }

    private func message(_ text: String, units: [String]) -> LocalizedText {
        let list = units.prefix(6).joined(separator: ", ") + (units.count > 6 ? ", ..." : "")
        return LocalizedText(
            id: "PENANGGUNG JAWAB \"\(quoted(text))\" bukan salah satu unit kerja pada tabel ini (\(list)). Mohon tulis nama unit persis seperti judul kolom unitnya.",
            en: "PENANGGUNG JAWAB \"\(quoted(text))\" is not one of this table's units (\(list)). Please write the unit's name as its column header reads.")
    }
}
