/// The machine-readable report: the public contract of REPORT-FORMAT.md. Fields may be added,
/// never renamed or dropped.
public enum JSONReport {
    public static let toolVersion = "0.1.0"

    public static func render(_ report: CheckReport, language: Language) -> String {
        var bytes: [UInt8] = []
        let writer = JSONReportWriter(root: report.root, language: language, spoolLimit: .max) { bytes += $0 }
        try! report.write(to: [writer])  // Nothing is written but to memory: nothing throws.
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the report to `path` (through `AtomicFile`) as `render` would.
    public static func write(_ report: CheckReport, language: Language, to path: String) throws {
        let writer = JSONReportWriter(path: path, root: report.root, language: language)
        do {
            try report.write(to: [writer])
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The document with `submissions` and `regions` in their places (marks, while the report
    /// is written as the check goes).
    static func document(root: String, submissions: JSONValue, regions: JSONValue,
                         totals: CheckTotals, language: Language) -> JSONValue {
        JSONValue.object([
            ("tool", .object([("name", .string("probis")), ("version", .string(toolVersion))])),
            ("root", .string(root)),
            ("submissions", submissions),
            ("regions", regions),
            ("totals", .object([
                ("submissions", .int(totals.submissions)), ("proses", .int(totals.proses)),
                ("subProses", .int(totals.subProses)), ("lintasFungsi", .int(totals.lintasFungsi)),
                ("aktivitas", .int(totals.aktivitas)), ("errors", .int(totals.errors)),
                ("warnings", .int(totals.warnings)), ("infos", .int(totals.infos)),
            ])),
        ])
    }

    /// Each submission's part of the document, written on all cores: a province's report holds
    /// tens of thousands of findings.
    fileprivate static func renderedInParallel(_ submissions: ArraySlice<SubmissionSummary>, _ language: Language) -> [String] {
        let parts = ResultSlots<String>(count: submissions.count)
        let first = submissions.startIndex
        DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
            var bytes: [UInt8] = []
            writeSubmission(submissions[first + index], language, into: &bytes, indent: 2)
            parts.set(index, String(decoding: bytes, as: UTF8.self))
        }
        return parts.values
    }

    static func region(_ region: CheckReport.Region, _ language: Language) -> JSONValue {
        .object([("name", .string(region.name)), ("submissions", .int(region.submissions)),
                 ("findings", .array(region.findings.map { finding($0, language) }))])
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

    /// The bytes `submission(_:_:).write` gives, written straight from the summary: a report
    /// holds hundreds of thousands of findings, and a `JSONValue` tree for each costs more
    /// than writing it.
    static func writeSubmission(_ submission: SubmissionSummary, _ language: Language, into output: inout [UInt8], indent: Int) {
        var object = JSONObjectBytes(indent: indent, output: output)
        output = []
        object.member("path") { JSONValue.appendQuoted(submission.path, to: &$0) }
        object.member("region") { JSONValue.appendQuoted(submission.region, to: &$0) }
        object.member("opd") { JSONValue.appendQuoted(submission.opd, to: &$0) }
        object.member("format") { JSONValue.appendQuoted(submission.format.rawValue, to: &$0) }
        object.member("codeStyle") { output in
            if let style = submission.codeStyle { JSONValue.appendQuoted(style, to: &output) } else { output += "null".utf8 }
        }
        object.member("status") { JSONValue.appendQuoted(SubmissionStatus(submission).id, to: &$0) }
        object.member("counts") { output in
            var counts = JSONObjectBytes(indent: indent + 1, output: output)
            output = []
            counts.member("proses") { $0 += String(submission.counts.proses).utf8 }
            counts.member("subProses") { $0 += String(submission.counts.subProses).utf8 }
            counts.member("lintasFungsi") { $0 += String(submission.counts.lintasFungsi).utf8 }
            counts.member("aktivitas") { $0 += String(submission.counts.aktivitas).utf8 }
            output = counts.finish()
        }
        object.member("findings") { output in
            guard !submission.findings.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, finding) in submission.findings.enumerated() {
                JSONObjectBytes.pad(&output, indent + 2)
                writeFinding(finding, language, into: &output, indent: indent + 2)
                output += (index == submission.findings.count - 1 ? "\n" : ",\n").utf8
            }
            JSONObjectBytes.pad(&output, indent + 1)
            output.append(UInt8(ascii: "]"))
        }
        output = object.finish()
    }

    /// The bytes `finding(_:_:).write` gives.
    static func writeFinding(_ finding: Finding, _ language: Language, into output: inout [UInt8], indent: Int) {
        var object = JSONObjectBytes(indent: indent, output: output)
        output = []
        object.member("rule") { JSONValue.appendQuoted(finding.rule.rawValue, to: &$0) }
        object.member("severity") { JSONValue.appendQuoted(finding.severity.rawValue, to: &$0) }
        if let table = finding.table { object.member("table") { JSONValue.appendQuoted(table.rawValue, to: &$0) } }
        if let code = finding.code { object.member("code") { JSONValue.appendQuoted(code, to: &$0) } }
        if let location = finding.location {
            if let file = location.file { object.member("file") { JSONValue.appendQuoted(file, to: &$0) } }
            if let sheet = location.sheet { object.member("sheet") { JSONValue.appendQuoted(sheet, to: &$0) } }
            if let cell = location.cell { object.member("cell") { JSONValue.appendQuoted(cell, to: &$0) } }
            object.member("row") { $0 += String(location.displayRow).utf8 }
        }
        object.member("message") { JSONValue.appendQuoted(finding.message.text(language), to: &$0) }
        if let fix = finding.fix { object.member("fix") { JSONValue.appendQuoted(fix, to: &$0) } }
        output = object.finish()
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

/// The JSON report written as the check goes (`CheckReportSink`): the document's head, each
/// region's submissions as they come, then the regions (put aside in a `Spool` meanwhile) and
/// the totals. The bytes are those `JSONValue` would write for the whole document at once.
public final class JSONReportWriter: CheckReportSink {
    private let root: String
    private let language: Language
    private var destination: Destination
    private var submissions = 0
    private var regions = 0
    private let regionSpool: Spool
    private var finished = false

    private enum Destination {
        case emit((ArraySlice<UInt8>) throws -> Void)
        /// A file at `path`, written under its temporary name (`staged`, created at the first
        /// write: a run that fails before leaves nothing, not even a folder) until `finish`.
        case file(path: String, staged: StagedFile?, sink: FileSink?)
    }

    /// A report given to `emit` piece by piece (standard output, memory).
    public convenience init(root: String, language: Language, emit: @escaping (ArraySlice<UInt8>) throws -> Void) {
        self.init(root: root, language: language, spoolLimit: 1 << 20, emit: emit)
    }

    /// `spoolLimit`: the regions' bytes kept in memory before they go to a temporary file.
    init(root: String, language: Language, spoolLimit: Int, emit: @escaping (ArraySlice<UInt8>) throws -> Void) {
        self.root = root
        self.language = language
        destination = .emit(emit)
        regionSpool = Spool(memoryLimit: spoolLimit)
    }

    /// A report file at `path`, written under a temporary name and put in place by `finish`
    /// (`AtomicFile`); until then an older report at `path` stays as it was.
    public init(path: String, root: String, language: Language) {
        self.root = root
        self.language = language
        destination = .file(path: path, staged: nil, sink: nil)
        regionSpool = Spool()
    }

    deinit { discard() }

    private func emit(_ bytes: ArraySlice<UInt8>) throws {
        switch destination {
        case .emit(let emit):
            try emit(bytes)
        case .file(_, _, let sink?):
            try sink.write(bytes)
        case .file(let path, nil, _), .file(let path, _, nil):
            let staged = try StagedFile(path: path)
            let sink = try FileSink(path: staged.temporaryPath)
            destination = .file(path: path, staged: staged, sink: sink)
            try sink.write(bytes)
        }
    }

    public func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) throws {
        var start = 0
        // A few hundred at a time, each rendered on all cores.
        while start < submissions.count {
            let end = min(start + 256, submissions.count)
            var chunk: [UInt8] = []
            if self.submissions == 0 { chunk += frame(totals: CheckTotals()).head }
            for text in JSONReport.renderedInParallel(submissions[start..<end], language) {
                chunk += Self.item(text, first: self.submissions == 0)
                self.submissions += 1
            }
            try emit(chunk[...])
            start = end
        }
        for region in regions {
            var text = ""
            JSONReport.region(region, language).write(to: &text, indent: 2)
            try regionSpool.append(Self.item(text, first: self.regions == 0))
            self.regions += 1
        }
    }

    public func finish(totals: CheckTotals) throws {
        let frame = frame(totals: totals)
        try emit((submissions == 0 ? frame.head + Self.emptyArray : Self.arrayEnd)[...])
        try emit(frame.middle[...])
        if regions == 0 {
            try emit(Self.emptyArray[...])
        } else {
            try regionSpool.drain { try emit($0) }
            try emit(Self.arrayEnd[...])
        }
        try emit(frame.tail[...])
        if case .file(_, let staged?, let sink?) = destination {
            try sink.close()
            try staged.commit()
        }
        finished = true
    }

    /// Removes the unfinished report file, if any (after a failed run).
    public func discard() {
        guard !finished else { return }
        finished = true
        if case .file(_, let staged?, _) = destination { staged.discard() }
    }

    /// An item of an array as `JSONValue.array` writes it at indent 1 (its items at indent 2).
    private static func item(_ text: String, first: Bool) -> [UInt8] {
        Array((first ? "[\n    " : ",\n    ").utf8) + Array(text.utf8)
    }

    private static let emptyArray = Array("[]".utf8)
    private static let arrayEnd = Array("\n  ]".utf8)

    /// Control characters, which a serialised string never holds unescaped: they mark where
    /// the submissions and the regions go in the document around them.
    private static let marks = ("\u{1}submissions\u{1}", "\u{1}regions\u{1}")

    /// The document around the submissions and the regions: before, between and after them.
    private func frame(totals: CheckTotals) -> (head: [UInt8], middle: [UInt8], tail: [UInt8]) {
        let document = JSONReport.document(root: root, submissions: .raw(Self.marks.0), regions: .raw(Self.marks.1),
                                           totals: totals, language: language)
        let text = document.serialized() + "\n"
        guard let first = text.range(of: Self.marks.0), let second = text.range(of: Self.marks.1) else {
            preconditionFailure("the marks are in the frame")
        }
        return (Array(text[..<first.lowerBound].utf8), Array(text[first.upperBound..<second.lowerBound].utf8),
                Array(text[second.upperBound...].utf8))
    }
}

/// An object written member by member in `JSONValue`'s layout (two-space indentation, one
/// member per line), into bytes that already hold what comes before it. Objects written this
/// way always have members.
struct JSONObjectBytes {
    private let indent: Int
    private var output: [UInt8]
    private var isFirst = true

    init(indent: Int, output: [UInt8]) {
        self.indent = indent
        self.output = output
    }

    mutating func member(_ key: StaticString, _ value: (inout [UInt8]) -> Void) {
        output += (isFirst ? "{\n" : ",\n").utf8
        isFirst = false
        Self.pad(&output, indent + 1)
        output.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { output += $0 }
        output += "\": ".utf8
        value(&output)
    }

    /// The bytes with the object closed.
    mutating func finish() -> [UInt8] {
        output.append(UInt8(ascii: "\n"))
        Self.pad(&output, indent)
        output.append(UInt8(ascii: "}"))
        return output
    }

    static func pad(_ output: inout [UInt8], _ indent: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }
}
