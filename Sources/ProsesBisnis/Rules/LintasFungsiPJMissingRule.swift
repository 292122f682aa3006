/// `lf.pj_missing`: an activity of a lintas fungsi table with no PENANGGUNG JAWAB.
///
/// Like `lf.no_unit`: when no activity of the table has one (the column is missing or was left
/// blank), it is said once for the table rather than on every row.
struct LintasFungsiPJMissingRule: Rule {
    static let id = RuleID.lfPJMissing
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        context.submission.tabelLintasFungsi.flatMap { table -> [Finding] in
            let code = table.lintasFungsi?.kode?.text
            let missing = table.kegiatan.filter { $0.penanggungJawab == nil }
            guard !missing.isEmpty else { return [] }
            if missing.count == table.kegiatan.count, missing.count > 1 {
                return [finding(Messages.none(code), table: .lintasfungsi, code: code, at: table.location)]
            }
            let siblings = table.kegiatan.map(\.penanggungJawab)
            return missing.map { kegiatan in
                finding(Messages.row(kegiatan, code: code), table: .lintasfungsi, code: code,
                        at: MissingCell.location(of: kegiatan.location, siblings: siblings))
            }
        }
    }

    private enum Messages {
        static func row(_ kegiatan: Kegiatan, code: String?) -> LocalizedText {
            let what = kegiatan.uraian.map { " \"\($0.text)\"" } ?? kegiatan.no.map { " nomor \($0.text)" } ?? ""
            let whatEN = kegiatan.uraian.map { " \"\($0.text)\"" } ?? kegiatan.no.map { " number \($0.text)" } ?? ""
            let table = code.map { " pada lintas fungsi \($0)" } ?? ""
            let tableEN = code.map { " of lintas fungsi \($0)" } ?? ""
            return LocalizedText(
                id: "Kegiatan\(what)\(table) belum memiliki PENANGGUNG JAWAB. Mohon isi dengan nama unit kerja yang bertanggung jawab.",
                en: "The activity\(whatEN)\(tableEN) has no PENANGGUNG JAWAB. Please fill in the unit responsible for it.")
        }

        static func none(_ code: String?) -> LocalizedText {
            let table = code.map { " \($0)" } ?? ""
            return LocalizedText(
                id: "Tidak ada kegiatan pada tabel lintas fungsi\(table) yang memiliki PENANGGUNG JAWAB. Mohon isi kolom PENANGGUNG JAWAB untuk setiap kegiatan.",
                en: "No activity of the lintas fungsi table\(table) has a PENANGGUNG JAWAB. Please fill in the PENANGGUNG JAWAB column for every activity.")
        }
    }
}
