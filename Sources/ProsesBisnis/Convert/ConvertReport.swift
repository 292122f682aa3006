import Spreadsheet

/// The terminal's account of a conversion: per SKPD its spellings, prefix and codes, then the
/// findings with their cells, then where the summary is. Results go to stdout.
public enum ConvertReport {
    public static func text(_ result: ConvertRun.Result, out: String, language: Language) -> String {
        let en = language == .en
        var lines: [String] = []
        let kinds = Array(Set(result.plan.tables.map(\.kind))).sorted { $0.rawValue < $1.rawValue }.map { $0.title(language) }
        lines.append(en
            ? "\(result.files) file(s), \(result.plan.tables.count) table(s) (\(kinds.joined(separator: ", "))) → \(result.drafts.count) draft(s) for \(result.region)"
            : "\(result.files) berkas, \(result.plan.tables.count) tabel (\(kinds.joined(separator: ", "))) → \(result.drafts.count) draf untuk \(result.region)")
        for (draft, path) in zip(result.drafts, result.paths) {
            lines.append("")
            lines.append("\(draft.skpd)  →  \(path)")
            if draft.spellings.count > 1 {
                lines.append((en ? "   written as: " : "   ditulis sebagai: ") + draft.spellings.joined(separator: " | "))
            }
            let origin = draft.prefixGiven ? "--prefix"
                : (en ? "derived from the name; change with --prefix \"\(draft.skpd)=...\"" : "singkatan nama; ubah dengan --prefix \"\(draft.skpd)=...\"")
            lines.append((en ? "   code prefix: " : "   prefiks kode: ") + "\(draft.prefix) (\(origin))")
            for proses in draft.proses {
                lines.append("   \(proses.kode)  \(proses.nama)  [Sasaran \(proses.sasaran.number ?? "-")]")
                for sub in proses.subProses {
                    lines.append("      \(sub.kode)  \(sub.nama)")
                    for lf in sub.lintasFungsi { lines.append("         \(lf.kode)  \(lf.nama)") }
                }
            }
        }
        if !result.plan.findings.isEmpty {
            lines.append("")
            lines.append(en ? "Not converted:" : "Tidak dikonversi:")
            for finding in result.plan.findings {
                let place = finding.location.map(ConversionSummary.place) ?? ""
                lines.append("   \(place)  \(severity(finding.severity, language))  \(finding.rule)  \(finding.message.text(language))")
            }
        }
        lines.append("")
        lines.append((en ? "Summary: " : "Ringkasan: ") + result.summaryPath)
        lines.append(en
            ? "Each draft passes `probis check` without errors; its warnings and empty Lintas Fungsi tables are what the OPD still fills in."
            : "Setiap draf lolos `probis check` tanpa galat; peringatan dan tabel Lintas Fungsi yang kosong adalah bagian yang masih diisi OPD.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The severity in the words of the text report: `galat`, `peringatan`, `catatan`.
    static func severity(_ severity: Severity, _ language: Language) -> String {
        switch severity {
        case .error: language == .en ? "error" : "galat"
        case .warning: language == .en ? "warning" : "peringatan"
        case .info: language == .en ? "note" : "catatan"
        }
    }
}
