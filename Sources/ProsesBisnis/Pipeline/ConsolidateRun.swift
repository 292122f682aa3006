import Dispatch
import Foundation
import Spreadsheet

/// `probis consolidate`: checks every submission under a root, then writes into an output
/// folder a validated workbook per submission, a workbook per region, `REKAP.xlsx` for the
/// whole root, the database `probis.sqlite`, the JSON report `laporan.json` and the map site
/// `peta/` (`PetaSite`).
///
/// Work goes region by region, so memory holds one region's submissions at a time. The
/// database remembers each submission's content hash: a re-run reads again only what changed
/// (the rest is loaded from the database) and, when nothing changed, stops at once.
public struct ConsolidateRun {
    public var jobs: Int
    public var language: Language
    /// Write into an existing folder even when it holds files probis did not write.
    public var force = false
    /// Also draw the map site into `peta/` (as `probis peta` does).
    public var maps = true
    /// Called after each submission, from any thread: (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Called when the run moves to another stage (`Kota Metro`, `REKAP.xlsx`), for a progress
    /// display that says what it is doing while the bar stands still.
    public var stage: (@Sendable (LocalizedText) -> Void)?

    public static let databaseName = "probis.sqlite"
    public static let reportName = "laporan.json"
    public static let summaryName = "REKAP.xlsx"

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .id,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = jobs
        self.language = language
        self.progress = progress
    }

    public func run(root: String, out: String) throws -> ConsolidateResult {
        // The root is checked before anything is created: a typo makes no empty output folder.
        let sources = try SubmissionSource.discover(root: root)
        try OutputFolder.prepare(root: root, out: out, force: force)
        let session = try OutputSession(folder: out, command: "consolidate")
        let hashes = Self.hashes(sources)
        let fingerprint = RunState.fingerprint(zip(sources, hashes).map { ($0.path, $1) }, language: language)
        // After an interrupted run nothing in the folder is trusted: every output is written anew.
        let previous = session.previousRunInterrupted ? nil : RunState.load(from: out)
        if let state = previous, state.fingerprint == fingerprint, state.outputsExist(in: out) {
            try session.complete()
            let maps = ProbisOutputs.mapsFolder + "/index.html"
            return ConsolidateResult(out: out, regions: state.regions, hasErrors: state.hasErrors,
                                     reread: 0, reused: sources.count, unchanged: true, collisions: nil,
                                     repairedInterruptedRun: false,
                                     mapsIndex: state.outputs.contains(maps) ? (out as NSString).appendingPathComponent(maps) : nil)
        }
        let store = try ProbisStore(path: (out as NSString).appendingPathComponent(Self.databaseName))
        for stale in Set(try store.storedPaths()).subtracting(sources.map(\.path)) { try store.remove(path: stale) }
        // A first run stores everything: its analyst indexes are built once, at the end.
        if try store.isEmpty { try store.suspendAnalystIndexes() }
        var pass = RegionPass(run: self, store: store, root: root, out: out, total: sources.count)
        // Workbooks of another language, or from an unknown earlier run, are all written anew.
        pass.rewriteAll = previous?.language != language.rawValue
        pass.previousOutputs = previous?.outputs ?? RunState.load(from: out)?.outputs ?? []
        try pass.process(sources, hashes: hashes)
        var result = try pass.finish(fingerprint: fingerprint)
        try session.complete()
        result.repairedInterruptedRun = session.previousRunInterrupted
        return result
    }

    /// Content hashes of every source, on all cores.
    static func hashes(_ sources: [SubmissionSource]) -> [String] {
        let slots = ResultSlots<String>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { slots.set($0, ContentHash.of(sources[$0])) }
        return slots.values
    }
}

/// What a consolidation produced, for the terminal summary and the exit status.
public struct ConsolidateResult: Sendable {
    public var out: String
    public var regions: [RegionSummaryLine]
    public var hasErrors: Bool
    /// Submissions read from their files in this run, and taken from the database.
    public var reread: Int
    public var reused: Int
    /// True when nothing had changed since the last run and no output was rewritten.
    public var unchanged: Bool
    /// Codes that collide between OPDs of a region, when this run found any (nil too when
    /// nothing had changed).
    public var collisions: CodeCollisions?
    /// The previous run on the folder had been interrupted: this one wrote every output anew.
    public var repairedInterruptedRun = false
    /// The map site's root page, when the folder has one.
    public var mapsIndex: String?
}

public typealias RegionSummaryLine = RunState.RegionLine
