/// `code.missing`: a process, sub process or lintas fungsi with a name but no code. The
/// finding points at the empty code cell when other rows of the sheet show which column holds
/// codes, else at the whole row.
struct CodeMissingRule: Rule {
    static let id = RuleID.codeMissing
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        let submission = context.submission
        let proses = submission.proses.map { (nama: $0.nama, kode: $0.kode, row: $0.location) }
        let sub = submission.subProses.map { (nama: $0.nama, kode: $0.kode, row: $0.location) }
        let lintas = submission.lintasFungsi.map { (nama: $0.nama, kode: $0.kode, row: $0.location) }
        return [(ItemKind.proses, proses), (.subProses, sub), (.lintasFungsi, lintas)].flatMap { kind, rows in
            rows.compactMap { row -> Finding? in
                guard row.kode == nil, let nama = row.nama, !RowKinds.isPlaceholder(nama.text) else { return nil }
                let cell = MissingCell.location(of: row.row, siblings: rows.map(\.kode))
                return finding(message(kind, nama: nama.text, example: context.example(for: kind)),
                               table: kind.table, at: cell)
            }
        }
    }

    private func message(_ kind: ItemKind, nama: String, example: String?) -> LocalizedText {
        let hintID = example.map { " (contoh: \($0))" } ?? ""
        let hintEN = example.map { " (for example \($0))" } ?? ""
        return LocalizedText(
            id: "\(kind.name.id.capitalizedFirst) \"\(nama)\" belum memiliki kode. Mohon isi kodenya sesuai pola kode dokumen ini\(hintID).",
            en: "The \(kind.name.en) \"\(nama)\" has no code. Please fill in its code in this document's code pattern\(hintEN).")
    }
}

extension String {
    /// The text with its first letter in upper case (`sub proses` → `Sub proses`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
