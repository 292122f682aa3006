/// `text.too_long`: a cell holds more than 32,767 characters, Excel's limit for a cell (a CSV
/// allows any length). Every workbook probis writes keeps the first 32,767 of them, so the
/// batch goes on; the finding says which cell was cut.
struct TextTooLongRule: Rule {
    static let id = RuleID.textTooLong
    static let severity = Severity.warning
    /// Excel's limit, in UTF-16 units (`ExcelLimits.maxTextLength` in the writer; a test
    /// holds them equal).
    static let limit = 32_767

    func check(_ context: RuleContext) -> [Finding] {
        Self.tooLong(in: context.submission).map { field in
            let length = field.text.utf16.count
            return finding(LocalizedText(
                id: "Sel ini berisi \(length) karakter, melebihi batas Excel 32.767 karakter per sel; buku kerja keluaran hanya memuat 32.767 karakter pertamanya. Mohon ringkas isinya.",
                en: "This cell holds \(length) characters, more than Excel's 32,767 per cell; the workbooks written keep only its first 32,767. Please shorten it."),
                at: field.location)
        }
    }

    /// The values read into the model that pass the limit, in table order. This looks at every
    /// cell of every submission: each text's stored byte count is read in place, and only a
    /// text long in bytes is measured in UTF-16 and copied out.
    static func tooLong(in submission: Submission) -> [FieldValue] {
        var found: [FieldValue] = []
        func check(_ count: Int?, _ field: @autoclosure () -> FieldValue?) {
            guard let count, count > limit, let field = field(), field.text.utf16.count > limit else { return }
            found.append(field)
        }
        // Through indices: a `for item in` loop would copy each row, retaining all its texts.
        let proses = submission.proses, subProses = submission.subProses, lintas = submission.lintasFungsi
        for i in proses.indices {
            check(proses[i].no?.text.utf8.count, proses[i].no); check(proses[i].nama?.text.utf8.count, proses[i].nama)
            check(proses[i].jenis?.text.utf8.count, proses[i].jenis); check(proses[i].kode?.text.utf8.count, proses[i].kode)
        }
        for i in subProses.indices {
            check(subProses[i].no?.text.utf8.count, subProses[i].no); check(subProses[i].nama?.text.utf8.count, subProses[i].nama)
            check(subProses[i].kode?.text.utf8.count, subProses[i].kode)
        }
        for i in lintas.indices { check(lintas[i].nama?.text.utf8.count, lintas[i].nama); check(lintas[i].kode?.text.utf8.count, lintas[i].kode) }
        for table in submission.tabelLintasFungsi.indices {
            let kegiatan = submission.tabelLintasFungsi[table].kegiatan
            for k in kegiatan.indices {
                check(kegiatan[k].no?.text.utf8.count, kegiatan[k].no); check(kegiatan[k].uraian?.text.utf8.count, kegiatan[k].uraian)
                check(kegiatan[k].output?.text.utf8.count, kegiatan[k].output)
                check(kegiatan[k].penanggungJawab?.text.utf8.count, kegiatan[k].penanggungJawab)
            }
        }
        return found
    }
}
