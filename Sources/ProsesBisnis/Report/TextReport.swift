/// The report for people: per submission its counts and findings (`Sub Proses!C9  error
/// code.duplicate  message`), region findings, then totals.
public enum TextReport {
    public static func render(_ report: CheckReport, language: Language, quiet: Bool = false) -> String {
        let en = language == .en
        var lines: [String] = []
        for submission in report.submissions {
            lines.append("== \(submission.path)  [\(submission.region) — \(submission.opd)]  \(SubmissionStatus(submission).label(language))")
            let style = submission.codeStyle.map { en ? " · code style \($0)" : " · gaya kode \($0)" } ?? ""
            lines.append("   " + counts(submission, en: en) + style)
            let shown = quiet ? submission.findings.filter { $0.severity == .error } : submission.findings
            lines += shown.map { "   " + line($0, language: language) }
            if shown.isEmpty { lines.append(en ? "   no findings" : "   tidak ada temuan") }
        }
        for region in report.regions where !region.findings.isEmpty {
            lines.append("== " + (en ? "Region " : "Wilayah ") + region.name)
            lines += region.findings.map { "   " + line($0, language: language) }
        }
        lines.append(summary(report, en: en))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per submission (counts, errors, warnings), then the totals: for large batches.
    public static func renderSummary(_ report: CheckReport, language: Language) -> String {
        let en = language == .en
        var lines = report.submissions.map { submission -> String in
            let errors = submission.findings.filter { $0.severity == .error }.count
            let warnings = submission.findings.filter { $0.severity == .warning }.count
            let tally = en ? "\(errors) errors, \(warnings) warnings" : "\(errors) galat, \(warnings) peringatan"
            return "\(submission.path): " + counts(submission, en: en) + "; " + tally + " · " + SubmissionStatus(submission).label(language)
        }
        lines.append(summary(report, en: en))
        return lines.joined(separator: "\n") + "\n"
    }

    static func counts(_ submission: SubmissionSummary, en: Bool) -> String {
        let counts = submission.counts
        let values = [counts.proses, counts.subProses, counts.lintasFungsi, counts.aktivitas]
        let names = en ? ["processes", "sub processes", "lintas fungsi", "activities"]
            : ["proses", "sub proses", "lintas fungsi", "aktivitas"]
        return zip(values, names).map { "\($0) \($1)" }.joined(separator: " · ")
    }

    /// `Sub Proses!C9  error    code.duplicate  message (perbaikan: MTR.01.03)`.
    static func line(_ finding: Finding, language: Language) -> String {
        // Findings without a cell (region collisions, missing tables) are placed by their code.
        var place = finding.location?.description ?? finding.code ?? "-"
        if let file = finding.location?.file, finding.location?.sheet != nil { place = "\(file) › \(place)" }
        let severity = severityWord(finding.severity, language).padding(toLength: 10, withPad: " ", startingAt: 0)
        var text = "\(place)  \(severity)  \(finding.rule)  \(finding.message.text(language))"
        if let fix = finding.fix { text += language == .en ? " (fix: \(fix))" : " (perbaikan: \(fix))" }
        return text
    }

    /// The same words as the totals: `galat`, `peringatan`, `catatan` (English: error, warning, note).
    public static func severityWord(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .en): "error"
        case (.error, _): "galat"
        case (.warning, .en): "warning"
        case (.warning, _): "peringatan"
        case (.info, .en): "note"
        case (.info, _): "catatan"
        }
    }

    static func summary(_ report: CheckReport, en: Bool) -> String {
        let totals = report.totals
        let errors = report.count(.error), warnings = report.count(.warning), infos = report.count(.info)
        if en {
            return "\nTotal: \(report.submissions.count) submissions, \(totals.proses) processes, \(totals.subProses) sub processes, "
                + "\(totals.lintasFungsi) lintas fungsi, \(totals.aktivitas) activities; \(errors) errors, \(warnings) warnings, \(infos) notes."
        }
        return "\nJumlah: \(report.submissions.count) kiriman, \(totals.proses) proses, \(totals.subProses) sub proses, "
            + "\(totals.lintasFungsi) lintas fungsi, \(totals.aktivitas) aktivitas; \(errors) galat, \(warnings) peringatan, \(infos) catatan."
    }
}

import Foundation
import Spreadsheet
