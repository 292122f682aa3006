/// `submission.empty`: none of the three tables holds a single data row. A blank template sent
/// back unfilled is not a compliant submission, whatever else it lacks: one error says so, in
/// place of a `table.missing` warning per table. A file that could not be read at all is
/// `table.unreadable` instead.
struct SubmissionEmptyRule: Rule {
    static let id = RuleID.submissionEmpty
    static let severity = Severity.error

    func check(_ context: RuleContext) -> [Finding] {
        let submission = context.submission
        guard Self.isEmpty(submission), !submission.findings.contains(where: { $0.rule == RuleID.tableUnreadable }) else { return [] }
        return [finding(LocalizedText(
            id: "Kiriman ini kosong: tidak satu pun dari ketiga tabel (Identifikasi Proses, Sub Proses, Lintas Fungsi) berisi baris data. Mohon isi tabelnya lalu kirim ulang.",
            en: "This submission is empty: none of the three tables (Identifikasi Proses, Sub Proses, Lintas Fungsi) holds a data row. Please fill in the tables and send it again."))]
    }

    static func isEmpty(_ submission: Submission) -> Bool {
        submission.proses.isEmpty && submission.subProses.isEmpty && submission.lintasFungsi.isEmpty
            && submission.aktivitasCount == 0
    }
}
