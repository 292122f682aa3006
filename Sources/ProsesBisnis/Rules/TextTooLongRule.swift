/// `text.too_long`: a cell holds more than 32,767 characters, Excel's limit for a cell (a CSV
/// allows any length). Every workbook probis writes keeps the first 32,767 of them, so the
/// batch goes on; the finding says which cell was cut.
struct TextTooLongRule: Rule {
    static let id = "text.too_long"
    static let severity = Severity.warning
    /// Excel's limit, in UTF-16 units (`ExcelLimits.maxTextLength` in the writer; a test
    /// holds them equal).
    static let limit = 32_767

    func check(_ context: RuleContext) -> [Finding] {
        Self.fields(of: context.submission).compactMap { field in
            guard field.text.utf8.count > Self.limit, field.text.utf16.count > Self.limit else { return nil }
            let length = field.text.utf16.count
            return finding(LocalizedText(
                id: "Sel ini berisi \(length) karakter, melebihi batas Excel 32.767 karakter per sel; buku kerja keluaran hanya memuat 32.767 karakter pertamanya. Mohon ringkas isinya.",
                en: "This cell holds \(length) characters, more than Excel's 32,767 per cell; the workbooks written keep only its first 32,767. Please shorten it."),
                at: field.location)
        }
    }

    /// Every value read into the model, in table order.
    static func fields(of submission: Submission) -> [FieldValue] {
        var fields: [FieldValue?] = []
        for item in submission.proses { fields += [item.no, item.nama, item.jenis, item.kode] }
        for item in submission.subProses { fields += [item.no, item.nama, item.kode, item.parent?.nama, item.parent?.kode] }
        for item in submission.lintasFungsi { fields += [item.nama, item.kode] }
        for table in submission.tabelLintasFungsi {
            for reference in [table.proses, table.subProses, table.lintasFungsi] { fields += [reference?.nama, reference?.kode] }
            for kegiatan in table.kegiatan { fields += [kegiatan.no, kegiatan.uraian, kegiatan.output, kegiatan.penanggungJawab] }
        }
        return fields.compactMap { $0 }
    }
}
