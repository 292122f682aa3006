/// `placeholder.left`: template text left where data belongs (`dst...`, `lihat kegiatan dalam
/// program`, `*****`). Recognition sets such cells aside, so they are not counted as data;
/// this rule also catches template text inside otherwise real rows.
struct PlaceholderLeftRule: Rule {
    static let id = "placeholder.left"
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        let submission = context.submission
        var fields: [(FieldValue?, TableKind)] = []
        for proses in submission.proses { fields += [(proses.nama, .proses), (proses.jenis, .proses), (proses.kode, .proses)] }
        for sub in submission.subProses { fields += [(sub.nama, .subproses), (sub.kode, .subproses)] }
        for lintas in submission.lintasFungsi { fields += [(lintas.nama, .subproses), (lintas.kode, .subproses)] }
        for table in submission.tabelLintasFungsi {
            for kegiatan in table.kegiatan {
                fields += [(kegiatan.uraian, .lintasfungsi), (kegiatan.output, .lintasfungsi), (kegiatan.penanggungJawab, .lintasfungsi)]
            }
        }
        return fields.compactMap { field, table in
            guard let field, RowKinds.isPlaceholder(field.text) else { return nil }
            return PlaceholderFindings.finding(field, table: table)
        }
    }
}

enum PlaceholderFindings {
    static func finding(_ field: FieldValue, table: TableKind) -> Finding {
        Finding(rule: PlaceholderLeftRule.id, severity: PlaceholderLeftRule.severity, table: table,
                location: field.location,
                message: LocalizedText(
                    id: "Teks templat \"\(field.text)\" tertinggal di sel data; isi dengan data sebenarnya atau hapus.",
                    en: "Template text \"\(field.text)\" was left in a data cell; fill in the real data or remove it."))
    }
}
