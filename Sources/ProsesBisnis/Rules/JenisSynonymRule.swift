/// `jenis.synonym`: JENIS PROSES uses a known synonym of an official term (`Inti`,
/// `Operasional`, `Core` for Utama; `Penunjang`, `Support` for Pendukung; `Management`,
/// `Manajerial` for Manajemen). The fix is the official term, which consolidation uses.
struct JenisSynonymRule: Rule {
    static let id = RuleID.jenisSynonym
    static let severity = Severity.warning

    func check(_ context: RuleContext) -> [Finding] {
        context.submission.proses.compactMap { item in
            guard let jenis = item.jenis, case .synonym(let term) = JenisReading(jenis.text) else { return nil }
            return finding(message(jenis.text, term: term.rawValue, code: item.kode?.text),
                           table: .proses, code: item.kode?.text, at: jenis.location, fix: term.rawValue)
        }
    }

    private func message(_ text: String, term: String, code: String?) -> LocalizedText {
        let of = code.map { " proses \($0)" } ?? ""
        let ofEN = code.map { " of process \($0)" } ?? ""
        return LocalizedText(
            id: "JENIS PROSES\(of) ditulis \"\(text)\"; istilah resmi menurut PermenPANRB 19/2018 adalah \(term).",
            en: "JENIS PROSES\(ofEN) reads \"\(text)\"; the official term (PermenPANRB 19/2018) is \(term).")
    }
}
