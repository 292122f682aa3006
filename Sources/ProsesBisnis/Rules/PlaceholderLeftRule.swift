/// `placeholder.left`: template text left where data belongs (`dst...`, `lihat kegiatan dalam
/// program`, `*****`). Recognition sets such cells aside, so they are not counted as data, and
/// `PlaceholderFindings` reports them (a `dst...` row of a filled table once, on its first
/// cell; each `*****` unit header once); this rule also catches template text inside otherwise
/// real rows, one finding per cell.
struct PlaceholderLeftRule: Rule {
    static let id = RuleID.placeholderLeft
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
    /// The findings of the template text that recognition set aside: one per template row
    /// (`dst... | dst... | dst...`), on its first cell and naming the others, since the row is
    /// one leftover; one per `*****` unit header, since each is a unit column of its own.
    static func findings(_ placeholders: [(field: FieldValue, table: TableKind)]) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        while index < placeholders.count {
            let (field, table) = placeholders[index]
            var end = index + 1
            if !isUnitHeader(field.text) {
                while end < placeholders.count, placeholders[end].table == table, !isUnitHeader(placeholders[end].field.text),
                      sameRow(placeholders[end].field.location, field.location) { end += 1 }
            }
            findings.append(end - index == 1 ? finding(field, table: table)
                            : rowFinding(placeholders[index..<end].map(\.field), table: table))
            index = end
        }
        return findings
    }

    /// `*****`: the blank template's unit column header.
    static func isUnitHeader(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "*" }
    }

    private static func sameRow(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        a.file == b.file && a.sheet == b.sheet && a.row == b.row
    }

    private static func rowFinding(_ fields: [FieldValue], table: TableKind) -> Finding {
        let cells = fields.compactMap(\.location.cell)
        let list = cells.isEmpty ? "" : " (\(cells.joined(separator: ", ")))"
        let text = fields[0].text
        return Finding(rule: PlaceholderLeftRule.id, severity: PlaceholderLeftRule.severity, table: table,
                       location: fields[0].location,
                       message: LocalizedText(
                        id: "Baris templat \"\(text)\" tertinggal di tabel yang sudah diisi\(list); hapus baris ini.",
                        en: "The template row \"\(text)\" was left in a filled table\(list); delete this row."))
    }

    static func finding(_ field: FieldValue, table: TableKind) -> Finding {
        Finding(rule: PlaceholderLeftRule.id, severity: PlaceholderLeftRule.severity, table: table,
                location: field.location,
                message: LocalizedText(
                    id: "Teks templat \"\(field.text)\" tertinggal di sel data; isi dengan data sebenarnya atau hapus.",
                    en: "Template text \"\(field.text)\" was left in a data cell; fill in the real data or remove it."))
    }
}
