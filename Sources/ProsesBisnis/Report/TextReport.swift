/// The report for people: per submission its counts and findings (`Sub Proses!C9  error
/// code.duplicate  message`), region findings, then totals.
public enum TextReport {
    public static func render(_ report: CheckReport, language: Language, quiet: Bool = false) -> String {
        rendered(report, form: quiet ? .errorsOnly : .full, language: language)
    }

    /// One line per submission (counts, errors, warnings), then the totals: for large batches.
    public static func renderSummary(_ report: CheckReport, language: Language) -> String {
        rendered(report, form: .summary, language: language)
    }

    private static func rendered(_ report: CheckReport, form: TextReportWriter.Form, language: Language) -> String {
        var bytes: [UInt8] = []
        let writer = TextReportWriter(form: form, language: language, spoolLimit: .max) { bytes += $0 }
        try! report.write(to: [writer])  // Nothing is written but to memory: nothing throws.
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One submission's lines in `form`.
    static func lines(_ submission: SubmissionSummary, form: TextReportWriter.Form, language: Language) -> [String] {
        let en = language == .en
        let status = SubmissionStatus(submission).label(language)
        if form == .summary {
            let errors = submission.findings.filter { $0.severity == .error }.count
            let warnings = submission.findings.filter { $0.severity == .warning }.count
            let tally = en ? "\(errors) errors, \(warnings) warnings" : "\(errors) galat, \(warnings) peringatan"
            return ["\(submission.path): " + counts(submission, en: en) + "; " + tally + " · " + status]
        }
        var lines = ["== \(submission.path)  [\(submission.region) — \(submission.opd)]  \(status)"]
        let style = submission.codeStyle.map { en ? " · code style \($0)" : " · gaya kode \($0)" } ?? ""
        lines.append("   " + counts(submission, en: en) + style)
        let shown = form == .errorsOnly ? submission.findings.filter { $0.severity == .error } : submission.findings
        lines += shown.map { "   " + line($0, language: language) }
        if shown.isEmpty { lines.append(en ? "   no findings" : "   tidak ada temuan") }
        return lines
    }

    /// A region's own findings (none in the summary form).
    static func lines(_ region: CheckReport.Region, form: TextReportWriter.Form, language: Language) -> [String] {
        guard form != .summary, !region.findings.isEmpty else { return [] }
        return ["== " + (language == .en ? "Region " : "Wilayah ") + region.name]
            + region.findings.map { "   " + line($0, language: language) }
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

    static func summary(_ totals: CheckTotals, en: Bool) -> String {
        let errors = totals.errors, warnings = totals.warnings, infos = totals.infos
        if en {
            return "\nTotal: \(totals.submissions) submissions, \(totals.proses) processes, \(totals.subProses) sub processes, "
                + "\(totals.lintasFungsi) lintas fungsi, \(totals.aktivitas) activities; \(errors) errors, \(warnings) warnings, \(infos) notes."
        }
        return "\nJumlah: \(totals.submissions) kiriman, \(totals.proses) proses, \(totals.subProses) sub proses, "
            + "\(totals.lintasFungsi) lintas fungsi, \(totals.aktivitas) aktivitas; \(errors) galat, \(warnings) peringatan, \(infos) catatan."
    }
}

import Foundation
import Spreadsheet

/// The text report written as the check goes (`CheckReportSink`): each region's lines are
/// handed to `emit` as soon as the batch hands the region over.
public final class TextReportWriter: CheckReportSink {
    public enum Form: Sendable {
        /// Every submission with its findings.
        case full
        /// Every submission with its error-level findings only (`--quiet`).
        case errorsOnly
        /// One line per submission (`--summary`).
        case summary
    }

    public let form: Form
    public let language: Language
    private let emit: (ArraySlice<UInt8>) throws -> Void
    /// The regions' sections, printed after every submission.
    private let regionSpool: Spool

    public convenience init(form: Form, language: Language, emit: @escaping (ArraySlice<UInt8>) throws -> Void) {
        self.init(form: form, language: language, spoolLimit: 1 << 20, emit: emit)
    }

    /// `spoolLimit`: the regions' bytes kept in memory before they go to a temporary file.
    init(form: Form, language: Language, spoolLimit: Int, emit: @escaping (ArraySlice<UInt8>) throws -> Void) {
        self.form = form
        self.language = language
        self.emit = emit
        regionSpool = Spool(memoryLimit: spoolLimit)
    }

    public func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) throws {
        if !submissions.isEmpty {
            try emit(Array((submissions.flatMap { TextReport.lines($0, form: form, language: language) }.joined(separator: "\n") + "\n").utf8)[...])
        }
        for region in regions {
            let lines = TextReport.lines(region, form: form, language: language)
            if !lines.isEmpty { try regionSpool.append((lines.joined(separator: "\n") + "\n").utf8) }
        }
    }

    public func finish(totals: CheckTotals) throws {
        try regionSpool.drain(emit)
        try emit(Array((TextReport.summary(totals, en: language == .en) + "\n").utf8)[...])
    }
}
