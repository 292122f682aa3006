/// `lf.no_unit`: an activity of a lintas fungsi table with no unit marked.
///
/// Decision: when the table has no unit columns at all (none recognised, or only `*****`
/// template headers), every activity would lack a unit for the same reason, so the rule says
/// it once for the table, at its KEGIATAN header, instead of once per row.
struct LintasFungsiNoUnitRule: Rule {
    static let id = RuleID.lfNoUnit
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        context.submission.tabelLintasFungsi.flatMap { table -> [Finding] in
            let code = table.lintasFungsi?.kode?.text
            guard !table.kegiatan.isEmpty else { return [] }
            guard let firstUnit = table.units.first else {
                return [finding(Messages.noColumns(code), table: .lintasfungsi, code: code, at: table.location)]
            }
            return table.kegiatan.compactMap { kegiatan -> Finding? in
                guard kegiatan.units.isEmpty else { return nil }
                let cell = firstUnit.location.column.map { kegiatan.location.column($0) } ?? kegiatan.location
                return finding(Messages.unmarked(kegiatan, code: code), table: .lintasfungsi, code: code, at: cell)
            }
        }
    }

    private enum Messages {
        static func unmarked(_ kegiatan: Kegiatan, code: String?) -> LocalizedText {
            let what = kegiatan.uraian.map { " \"\($0.text)\"" } ?? kegiatan.no.map { " nomor \($0.text)" } ?? ""
            let whatEN = kegiatan.uraian.map { " \"\($0.text)\"" } ?? kegiatan.no.map { " number \($0.text)" } ?? ""
            let table = code.map { " pada lintas fungsi \($0)" } ?? ""
            let tableEN = code.map { " of lintas fungsi \($0)" } ?? ""
            return LocalizedText(
                id: "Kegiatan\(what)\(table) belum menandai unit kerja terkait. Mohon beri tanda (misalnya v) pada kolom unit yang terlibat.",
                en: "The activity\(whatEN)\(tableEN) has no unit marked. Please put a mark (such as v) in the column of each unit involved.")
        }

        static func noColumns(_ code: String?) -> LocalizedText {
            let table = code.map { " \($0)" } ?? ""
            return LocalizedText(
                id: "Tabel lintas fungsi\(table) tidak memiliki kolom unit kerja terkait, sehingga tidak ada kegiatan yang memiliki unit. Mohon tuliskan nama unit kerja di bawah UNIT KERJA TERKAIT dan tandai unit pada setiap kegiatan.",
                en: "The lintas fungsi table\(table) has no unit columns, so no activity has a unit. Please name the units under UNIT KERJA TERKAIT and mark them for each activity.")
        }
    }
}
