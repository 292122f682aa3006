/// The machine-readable report: the public contract of REPORT-FORMAT.md. Fields may be added,
/// never renamed or dropped.
public enum JSONReport {
    public static let toolVersion = "0.1.0"

    public static func render(_ report: CheckReport, language: Language) -> String {
        let totals = report.totals
        let document = JSONValue.object([
            ("tool", .object([("name", .string("probis")), ("version", .string(toolVersion))])),
            ("root", .string(report.root)),
            ("submissions", .array(renderedInParallel(report.submissions, language))),
            ("regions", .array(report.regions.map { region in
                .object([("name", .string(region.name)), ("submissions", .int(region.submissions)),
                         ("findings", .array(region.findings.map { finding($0, language) }))])
            })),
            ("totals", .object([
                ("submissions", .int(report.submissions.count)), ("proses", .int(totals.proses)),
                ("subProses", .int(totals.subProses)), ("lintasFungsi", .int(totals.lintasFungsi)),
                ("aktivitas", .int(totals.aktivitas)), ("errors", .int(report.count(.error))),
                ("warnings", .int(report.count(.warning))), ("infos", .int(report.count(.info))),
            ])),
        ])
        return document.serialized() + "\n"
    }

    /// Each submission's part of the document, written on all cores: a province's report holds
    /// tens of thousands of findings.
    private static func renderedInParallel(_ submissions: [SubmissionSummary], _ language: Language) -> [JSONValue] {
        let parts = ResultSlots<JSONValue>(count: submissions.count)
        DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
            var text = ""
            submission(submissions[index], language).write(to: &text, indent: 2)
            parts.set(index, .raw(text))
        }
        return parts.values
    }

    static func submission(_ submission: SubmissionSummary, _ language: Language) -> JSONValue {
        .object([
            ("path", .string(submission.path)),
            ("region", .string(submission.region)),
            ("opd", .string(submission.opd)),
            ("format", .string(submission.format.rawValue)),
            ("codeStyle", submission.codeStyle.map(JSONValue.string) ?? .null),
            ("status", .string(SubmissionStatus(submission).id)),
            ("counts", .object([
                ("proses", .int(submission.counts.proses)), ("subProses", .int(submission.counts.subProses)),
                ("lintasFungsi", .int(submission.counts.lintasFungsi)), ("aktivitas", .int(submission.counts.aktivitas)),
            ])),
            ("findings", .array(submission.findings.map { finding($0, language) })),
        ])
    }

    static func finding(_ finding: Finding, _ language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [("rule", .string(finding.rule.rawValue)), ("severity", .string(finding.severity.rawValue))]
        if let table = finding.table { members.append(("table", .string(table.rawValue))) }
        if let code = finding.code { members.append(("code", .string(code))) }
        if let location = finding.location {
            if let file = location.file { members.append(("file", .string(file))) }
            if let sheet = location.sheet { members.append(("sheet", .string(sheet))) }
            if let cell = location.cell { members.append(("cell", .string(cell))) }
            members.append(("row", .int(location.displayRow)))
        }
        members.append(("message", .string(finding.message.text(language))))
        if let fix = finding.fix { members.append(("fix", .string(fix))) }
        return .object(members)
    }
}

import Dispatch
import Spreadsheet
