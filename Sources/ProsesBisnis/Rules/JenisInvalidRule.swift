/// `jenis.invalid`: JENIS PROSES is not Utama, Manajemen or Pendukung (after normalising case
/// and spaces) and no known synonym; the fix is the term clearly meant (`Pendukun` →
/// Pendukung), none for `Lain-lain`. An empty JENIS PROSES is invalid too; when no process of
/// a sheet has one (the column is missing), it is said once for that sheet, not on every row.
struct JenisInvalidRule: Rule {
    static let id = RuleID.jenisInvalid
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        let proses = context.submission.proses
        var findings: [Finding] = []
        var sheetsWithoutJenis = Set<String>()
        for item in proses {
            if let jenis = item.jenis {
                if case .invalid(let nearest) = JenisReading(jenis.text) {
                    findings.append(finding(Messages.invalid(jenis.text, code: item.kode?.text, fix: nearest?.rawValue),
                                            table: .proses, code: item.kode?.text, at: jenis.location, fix: nearest?.rawValue))
                }
                continue
            }
            let sheet = proses.filter { $0.location.file == item.location.file && $0.location.sheet == item.location.sheet }
            if sheet.allSatisfy({ $0.jenis == nil }) {
                guard sheetsWithoutJenis.insert("\(item.location.file ?? "")|\(item.location.sheet ?? "")").inserted else { continue }
                findings.append(finding(Messages.noColumn, table: .proses, at: item.location))
            } else {
                let cell = MissingCell.location(of: item.location, siblings: proses.map(\.jenis))
                findings.append(finding(Messages.empty(item.nama?.text, code: item.kode?.text),
                                        table: .proses, code: item.kode?.text, at: cell))
            }
        }
        return findings
    }

    private enum Messages {
        static let official = "Utama, Manajemen atau Pendukung"
        static let officialEN = "Utama (core), Manajemen (management) or Pendukung (support)"

        static func invalid(_ text: String, code: String?, fix: String?) -> LocalizedText {
            let of = code.map { " proses \($0)" } ?? ""
            let ofEN = code.map { " of process \($0)" } ?? ""
            let hint = fix.map { " Mungkin maksudnya \($0)." } ?? ""
            let hintEN = fix.map { " Perhaps \($0) was meant." } ?? ""
            return LocalizedText(
                id: "JENIS PROSES\(of) \"\(quoted(text))\" tidak dikenal; isi dengan \(official).\(hint)",
                en: "JENIS PROSES\(ofEN) \"\(quoted(text))\" is not a known kind; use \(officialEN).\(hintEN)")
        }

        static func empty(_ name: String?, code: String?) -> LocalizedText {
            let what = code ?? name.map { "\"\($0)\"" } ?? ""
            return LocalizedText(
                id: "JENIS PROSES kosong pada proses \(what); mohon isi dengan \(official).",
                en: "JENIS PROSES is empty for the process \(what); please fill in \(officialEN).")
        }

        static let noColumn = LocalizedText(
            id: "Tidak ada proses yang memiliki JENIS PROSES pada tabel ini; mohon tambahkan kolom JENIS PROSES dan isi dengan \(official).",
            en: "No process in this table has a JENIS PROSES; please add the JENIS PROSES column and fill in \(officialEN).")
    }
}
