/// The machine-readable report: the public contract of REPORT-FORMAT.md. Fields may be added,
/// never renamed or dropped.
public enum JSONReport {
    public static let toolVersion = "0.1.0"

    public static func render(_ report: CheckReport, language: Language) -> String {
        document(report, submissions: .array(renderedInParallel(report.submissions[...], language)), language: language)
            .serialized() + "\n"
    }

    /// Writes the report to `path` (through `AtomicFile`) as `render` would, a few hundred
    /// submissions at a time: a province's report is tens of megabytes, and held whole (its
    /// parts, the document, the file's bytes) it took more memory than the whole check.
    public static func write(_ report: CheckReport, language: Language, to path: String) throws {
        // The document around the submissions, with a mark where their array goes (a control
        // character, which a serialised string never holds unescaped).
        let mark = "\u{1}submissions\u{1}"
        let frame = Array((document(report, submissions: .raw(mark), language: language).serialized() + "\n").utf8)
        let markBytes = Array(mark.utf8)
        guard let at = (0...(frame.count - markBytes.count)).first(where: { frame[$0..<$0 + markBytes.count].elementsEqual(markBytes) }) else {
            preconditionFailure("the mark is in the frame")
        }
        try AtomicFile.produce(at: path) { temporary in
            let file = try FileSink(path: temporary)
            try file.write(frame[..<at])
            let submissions = report.submissions
            if submissions.isEmpty {
                try file.write(Array("[]".utf8)[...])
            } else {
                // The array as `JSONValue.array` writes it at indent 1, its items at indent 2.
                try file.write(Array("[\n".utf8)[...])
                var start = 0
                while start < submissions.count {
                    let end = min(start + 256, submissions.count)
                    var chunk: [UInt8] = []
                    for (offset, part) in renderedInParallel(submissions[start..<end], language).enumerated() {
                        guard case .raw(let text) = part else { continue }
                        chunk += "    ".utf8
                        chunk += text.utf8
                        chunk += (start + offset == submissions.count - 1 ? "\n" : ",\n").utf8
                    }
                    try file.write(chunk[...])
                    start = end
                }
                try file.write(Array("  ]".utf8)[...])
            }
            try file.write(frame[(at + markBytes.count)...])
            try file.close()
        }
    }

    private static func document(_ report: CheckReport, submissions: JSONValue, language: Language) -> JSONValue {
        let totals = report.totals
        return JSONValue.object([
            ("tool", .object([("name", .string("probis")), ("version", .string(toolVersion))])),
            ("root", .string(report.root)),
            ("submissions", submissions),
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
    }

    /// Each submission's part of the document, written on all cores: a province's report holds
    /// tens of thousands of findings.
    private static func renderedInParallel(_ submissions: ArraySlice<SubmissionSummary>, _ language: Language) -> [JSONValue] {
        let parts = ResultSlots<JSONValue>(count: submissions.count)
        let first = submissions.startIndex
        DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
            var text = ""
            submission(submissions[first + index], language).write(to: &text, indent: 2)
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
