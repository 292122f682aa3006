import ProsesBisnis
import Spreadsheet

/// What `fix` and `recode` print: the planned changes as a table (dry run), then per region
/// the files, changes and findings left, and what was left for a human to decide.
enum CorrectionPrinter {
    /// The changes grouped by file: `  Sub Proses!D8   "P.1.2.1.2" → "P1.2.1.2"   code.separator`.
    static func changes(_ changes: [CellChange], language: Language) -> String {
        let en = language == .en
        guard !changes.isEmpty else { return (en ? "No changes." : "Tidak ada perubahan.") + "\n" }
        var lines = [en ? "Changes (file, cell, old → new, rule):" : "Perubahan (berkas, sel, lama → baru, aturan):"]
        var file: String?
        let places = changes.map { $0.sheet.isEmpty ? $0.cell : "\($0.sheet)!\($0.cell)" }
        let width = min(places.map(\.count).max() ?? 0, 40)
        let olds = changes.map { quoted($0.old) }
        let oldWidth = min(olds.map(\.count).max() ?? 0, 40)
        for (index, change) in changes.enumerated() {
            if change.file != file {
                file = change.file
                lines.append("== \(change.file)")
            }
            lines.append("   " + padded(places[index], width) + "  " + padded(olds[index], oldWidth)
                         + " → " + quoted(change.new) + "   " + change.rule.rawValue)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per region: files, changes, findings left; then unreadable files, cases left alone, totals.
    static func summary(_ outcome: CorrectionOutcome, out: String, dryRun: Bool, language: Language) -> String {
        let en = language == .en
        var lines: [String] = []
        let report = outcome.report
        let regionNames = Array(Set(report.submissions.map(\.region))).sorted()
        for region in regionNames {
            let members = report.submissions.indices.filter { report.submissions[$0].region == region }
            let changes = members.reduce(0) { $0 + outcome.changeCounts[$1] }
            let findings = members.flatMap { report.submissions[$0].findings }
                + CheckReport.countedRegionFindings(report.regions.first { $0.name == region }?.findings ?? [])
            let errors = findings.filter { $0.severity == .error }.count
            lines.append(en ? "\(region): \(members.count) files, \(changes) changes, \(findings.count) findings left (\(errors) errors)"
                : "\(region): \(members.count) berkas, \(changes) perubahan, \(findings.count) temuan tersisa (\(errors) galat)")
        }
        for (path, reason) in outcome.unreadable {
            lines.append(en ? "\(path): not read, not written (\(reason.text(language)))"
                : "\(path): tidak terbaca, tidak ditulis (\(reason.text(language)))")
        }
        lines += leftAlone(outcome, language: language)
        let errors = report.count(.error)
        lines.append(en ? "Total: \(report.submissions.count) files, \(outcome.changes.count) changes, \(errors) errors left."
            : "Jumlah: \(report.submissions.count) berkas, \(outcome.changes.count) perubahan, \(errors) galat tersisa.")
        if dryRun {
            lines.append(en ? "Dry run: nothing was written." : "Uji coba (--dry-run): tidak ada berkas yang ditulis.")
        } else {
            lines.append((en ? "Written to " : "Ditulis ke ") + "\(out)/: <wilayah>/<opd>.xlsx, perubahan.csv, perubahan.json")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parent mismatches with no certain fix: reported, never guessed.
    private static func leftAlone(_ outcome: CorrectionOutcome, language: Language) -> [String] {
        let en = language == .en
        return outcome.report.submissions.flatMap { submission in
            submission.findings.filter { $0.rule == RuleID.codeParentMismatch && $0.fix == nil }.map { finding in
                let place = finding.location?.description ?? ""
                return en ? "left alone (ambiguous, needs a decision): \(submission.path) › \(place) \(finding.code ?? "") code.parent_mismatch"
                    : "dibiarkan (tidak pasti, perlu keputusan): \(submission.path) › \(place) \(finding.code ?? "") code.parent_mismatch"
            }
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + TextEscaping.visible(text) + "\""
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
