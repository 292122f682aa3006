/// `placeholder.left`: template text left where data belongs (`dst...`, `lihat kegiatan dalam
/// program`, `*****`). Recognition sets such cells aside, so they are not counted as data;
/// this rule also catches template text inside otherwise real rows.
struct PlaceholderLeftRule: Rule {
    static let id = "placeholder.left"
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        let submission = context.submission
        var findings: [Finding] = []
        func look(_ field: FieldValue?, _ table: TableKind) {
            guard let field, RowKinds.isPlaceholder(field.text) else { return }
            findings.append(PlaceholderFindings.finding(field, table: table))
        }
        for proses in submission.proses {
            look(proses.nama, .proses); look(proses.jenis, .proses); look(proses.kode, .proses)
        }
        for sub in submission.subProses { look(sub.nama, .subproses); look(sub.kode, .subproses) }
        for lintas in submission.lintasFungsi { look(lintas.nama, .subproses); look(lintas.kode, .subproses) }
        for table in submission.tabelLintasFungsi {
            for kegiatan in table.kegiatan {
                look(kegiatan.uraian, .lintasfungsi); look(kegiatan.output, .lintasfungsi)
                look(kegiatan.penanggungJawab, .lintasfungsi)
            }
        }
        return findings
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
