import Foundation
import Spreadsheet

/// `probis convert`: reads the workshop's RPJMD/Renstra worksheets, builds the cascade and
/// writes a draft instrument per SKPD (`DIR/<region>/<skpd>.xlsx`, the template's layout with
/// its rows filled) and the summary `DIR/konversi.xlsx`, through an `OutputSession`.
///
/// ```swift
/// var run = ConvertRun(language: .id)
/// run.prefixes = ["Dinas Kesehatan": "DINKES"]
/// let result = try run.run(sources: ["Lokakarya/RPJMD.xlsx"], out: "Draf")
/// ```
public struct ConvertRun {
    /// The region of the drafts; nil takes the one a table's title names.
    public var region: String?
    /// `--prefix OPD=PREFIX`: the OPD as any of its spellings in the tables.
    public var prefixes: [String: String] = [:]
    public var language: Language
    /// Write into an existing folder even when it holds files probis did not write.
    public var force = false

    public init(region: String? = nil, language: Language = .id) {
        self.region = region
        self.language = language
    }

    /// What was read and written, for the terminal and the tests.
    public struct Result: Sendable {
        public var plan: RPJMDPlan
        public var drafts: [Draft]
        public var region: String
        /// Each draft's path, in the order of `drafts`.
        public var paths: [String]
        public var summaryPath: String
        public var files: Int

        public var hasErrors: Bool { plan.findings.contains { $0.severity == .error } }
    }

    /// The region used when neither `--region` nor a title names one.
    public static let noRegion = "(tanpa wilayah)"

    public func run(sources: [String], out: String) throws -> Result {
        let (plan, files) = try Self.read(sources)
        guard !plan.tables.isEmpty else { throw ConvertError.nothingRecognised }
        let drafts = try DraftBuilder(plan, prefixes: prefixes).drafts(plan)
        let region = region.map { TextTrimming.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? plan.regionFromTitle ?? Self.noRegion
        for source in sources { try OutputFolder.refuseInsideRoot(root: source, out: out) }
        try OutputFolder.prepare(root: sources[0], out: out, force: force)
        let previous = Self.previousDrafts(in: out)
        let session = try OutputSession(folder: out, command: "convert")
        let folder = (out as NSString).appendingPathComponent(OutputFolder.safeName(region))
        var paths: [String] = []
        for draft in drafts {
            let path = (folder as NSString).appendingPathComponent(OutputFolder.safeName(draft.skpd) + ".xlsx")
            let options = try TemplateOptions(region: region, opd: draft.skpd, prefix: draft.prefix, language: language)
            try AtomicFile.produce(at: path, package: true) { temporary in
                try InstrumentTemplate.render(to: temporary, options: options, content: draft.content(language))
            }
            paths.append(path)
        }
        let result = Result(plan: plan, drafts: drafts, region: region, paths: paths,
                            summaryPath: (out as NSString).appendingPathComponent(ProbisOutputs.conversionSummary), files: files)
        try AtomicFile.produce(at: result.summaryPath, package: true) { temporary in
            try ConversionSummary(result: result, out: out, language: language).write(to: temporary)
        }
        let written = Set(paths.map { ConversionSummary.relative($0, to: out) })
        for stale in Set(previous).subtracting(written) {
            let path = (out as NSString).appendingPathComponent(stale)
            try? FileManager.default.removeItem(atPath: path)
            // rmdir(2) removes the region's folder only when nothing else is left in it.
            rmdir((path as NSString).deletingLastPathComponent)
        }
        try session.complete()
        return result
    }

    /// The drafts a previous run on `out` listed in its summary (`Ringkasan`, column Draf): those
    /// this run does not write again are removed, so that the folder holds this run's drafts
    /// only and a later `consolidate` of it reads no SKPD the plan no longer has. Files the
    /// summary does not list (an OPD's returned copy saved there) are never touched.
    static func previousDrafts(in out: String) -> [String] {
        guard ProbisOutputs.isConvertOutput(out),
              let workbook = try? SpreadsheetReader().read(path: (out as NSString).appendingPathComponent(ProbisOutputs.conversionSummary)),
              let sheet = workbook.sheets.first else { return [] }
        return sheet.cells.compactMap { cell in
            guard cell.row > 0, cell.column == ConversionSummary.draftColumn, case .text(let path) = cell.value,
                  path.hasSuffix(".xlsx"), !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
            return path
        }
    }

    /// Reads every readable file of `sources` (files, or folders searched for them) into one
    /// plan; returns it and how many files were read.
    public static func read(_ sources: [String]) throws -> (RPJMDPlan, Int) {
        var plan = RPJMDPlan()
        let reader = SpreadsheetReader()
        var files: [String] = []
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else { throw ConvertError.sourceMissing(source) }
            files += isDirectory.boolValue
                ? SpreadsheetReader.readableFiles(under: source).map { (source as NSString).appendingPathComponent($0) }
                : [source]
        }
        for file in files {
            do {
                RPJMDTableReader(file: file).read(try reader.read(path: file), into: &plan)
            } catch {
                let reason = (error as? SpreadsheetError).map { LocalizedText(id: $0.message(.id), en: $0.message(.en)) }
                    ?? LocalizedText(id: "\(file): \(error)", en: "\(file): \(error)")
                plan.findings.append(ConvertFinding.unreadable(reason: reason).finding(at: SourceLocation(file: file, sheet: nil, row: 0, column: nil)))
            }
        }
        plan.link()
        return (plan, files.count)
    }
}

extension RPJMDPlan {
    /// Joins the two RPJMD tables: an assignment without a tujuan takes the one the Strategi
    /// table gives its sasaran (by the sasaran's words, its number only when the words differ
    /// nowhere); a Strategi sasaran no assignment carries becomes a finding.
    mutating func link() {
        let byKey = Dictionary(sasaran.map { ($0.sasaran.key, $0) }, uniquingKeysWith: { first, _ in first })
        for index in assignments.indices where assignments[index].tujuan == nil {
            assignments[index].tujuan = byKey[assignments[index].sasaran.key]?.tujuan
        }
        let carried = Set(assignments.map(\.sasaran.key))
        guard !assignments.isEmpty else { return }
        for item in sasaran where !carried.contains(item.sasaran.key) {
            findings.append(ConvertFinding.sasaranWithoutSKPD(sasaran: item.sasaran.numbered).finding(at: item.sasaran.location))
        }
    }
}
