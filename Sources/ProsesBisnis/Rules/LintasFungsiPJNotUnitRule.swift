/// `lf.pj_not_unit`: PENANGGUNG JAWAB names no unit column of its table. Names are compared
/// through `UnitNames` (case, spaces, punctuation, the usual abbreviations and position titles);
/// a cell naming several units (`Sekretariat / Bidang A`) must name only units of the table.
/// Tables without unit columns are left to `lf.no_unit`.
struct LintasFungsiPJNotUnitRule: Rule {
    static let id = "lf.pj_not_unit"
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        // Unit names repeat from table to table: tokenise each distinct name once.
        var unitTokens: [String: [String]] = [:]
        return context.submission.tabelLintasFungsi.flatMap { table -> [Finding] in
            guard !table.units.isEmpty else { return [] }
            let units = table.units.map { unit in
                if let known = unitTokens[unit.name] { return known }
                let tokens = UnitNames.tokens(unit.name)
                unitTokens[unit.name] = tokens
                return tokens
            }
            let code = table.lintasFungsi?.kode?.text
            // The same few names repeat down a table: decide each distinct text once.
            var verdicts: [String: Bool] = [:]
            return table.kegiatan.compactMap { kegiatan in
                guard let pj = kegiatan.penanggungJawab, !RowKinds.isPlaceholder(pj.text) else { return nil }
                let isUnit = verdicts[pj.text] ?? {
                    let parts = UnitNames.parts(pj.text)
                    let verdict = parts.isEmpty || parts.allSatisfy { part in
                        let tokens = UnitNames.tokens(part)
                        return units.contains { UnitNames.matches(tokens, $0) }
                    }
                    verdicts[pj.text] = verdict
                    return verdict
                }()
                guard !isUnit else { return nil }
                return finding(message(pj.text, units: table.units.map(\.name)), table: .lintasfungsi, code: code,
                               at: pj.location)
            }
        }
    }

    private func message(_ text: String, units: [String]) -> LocalizedText {
        let list = units.prefix(6).joined(separator: ", ") + (units.count > 6 ? ", ..." : "")
        return LocalizedText(
            id: "PENANGGUNG JAWAB \"\(text)\" bukan salah satu unit kerja pada tabel ini (\(list)). Mohon tulis nama unit persis seperti judul kolom unitnya.",
            en: "PENANGGUNG JAWAB \"\(text)\" is not one of this table's units (\(list)). Please write the unit's name as its column header reads.")
    }
}
