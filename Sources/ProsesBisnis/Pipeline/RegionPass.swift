import Dispatch
import Foundation
import Spreadsheet
import XLSXWriter

/// One consolidation pass over the regions, in name order: check or load each region's
/// submissions, analyse the region, store what changed, write its workbooks, and append it to
/// the whole-root summary workbook.
struct RegionPass {
    let run: ConsolidateRun
    let store: ProbisStore
    let root: String
    let out: String
    let total: Int
    private var rekap: RekapWorkbookWriter?
    private let background = BackgroundWork()
    /// `laporan.json`, written region by region, and what the terminal's hint needs of it.
    private var report: CheckReportStream?
    private let collisions = CodeCollisionFinder()
    private var lines: [RegionSummaryLine] = []
    private var outputs: [String] = []
    private var reread = 0
    /// Submissions handed to the background so far, to tell when the last ones come.
    private var scheduled = 0
    /// Validated workbooks held back to be written while REKAP closes (see `finish`).
    private var heldBack: [(work: RegionWork, index: Int)] = []
    /// About half of what one core writes while REKAP of a province (1,500 OPDs) is being
    /// closed: more would fill the tail better but hold more submissions in memory.
    static let heldBackWorkbooks = 160
    /// The map site's line of each region, in region order, as the background writes them.
    private let mapLines = MapLines()
    /// Write every workbook even when its submission did not change.
    var rewriteAll = false
    /// Outputs of the previous run, so that files of removed submissions can be deleted.
    var previousOutputs: [String] = []

    /// The map site folder held pages before this run (whose stale ones `finish` removes).
    private let mapsExisted: Bool

    init(run: ConsolidateRun, store: ProbisStore, root: String, out: String, total: Int) {
        self.run = run
        self.store = store
        self.root = root
        self.out = out
        self.total = total
        mapsExisted = FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent(ProbisOutputs.mapsFolder))
    }

    /// Where a submission of this pass comes from, beside what the batch keeps of it.
    struct Provenance: Sendable {
        var hash: String
        /// Read from its file in this run (else loaded from the database).
        var isFresh: Bool
        /// The findings stored for it before this run (nil when fresh).
        var storedFindings: [Finding]?
    }

    /// A submission as this pass holds it.
    typealias Member = SubmissionBatch.Member<Provenance>

    /// The batch over `sources`: a submission whose content hash is the stored one is loaded
    /// from the database (its region findings dropped: the region rules run again), every
    /// other one read from its file and checked; each region then goes to `processRegion`.
    mutating func process(_ sources: [SubmissionSource], hashes: [String]) throws {
        rekap = try RekapWorkbookWriter(path: path(ConsolidateRun.summaryName), title: "REKAP", language: run.language)
        report = CheckReportStream([JSONReportWriter(path: path(ConsolidateRun.reportName), root: root, language: run.language),
                                    collisions])
        let hashByPath = Dictionary(uniqueKeysWithValues: zip(sources.map(\.path), hashes))
        let store = Handed(value: self.store), queue = background.storeQueue
        let stage = run.stage
        try SubmissionBatch(sources: sources, jobs: run.jobs, progress: run.progress).run(
            reuse: { source in
                let hash = hashByPath[source.path] ?? ""
                // The database is only ever touched on its own queue.
                guard let loaded = try queue.sync(execute: {
                    try store.value.storedHash(forPath: source.path) == hash ? store.value.load(path: source.path) : nil
                }) else { return nil }
                var submission = loaded.submission
                let stored = submission.findings
                submission.findings.removeAll { RegionRules.attached.contains($0.rule) }
                return (CheckedSubmission(submission: submission, codeStyle: RuleContext.codeStyle(of: submission)),
                        Provenance(hash: hash, isFresh: false, storedFindings: stored))
            },
            read: { source, loader in
                (RuleCatalogue.checkWithStyle(loader.load(source)),
                 Provenance(hash: hashByPath[source.path] ?? "", isFresh: true, storedFindings: nil))
            },
            region: { region in
                stage?(LocalizedText(id: "wilayah \(region.name)", en: "region \(region.name)"))
                try processRegion(region)
            })
    }

    func path(_ relative: String) -> String { (out as NSString).appendingPathComponent(relative) }
}

extension RegionPass {
    /// One region, analysed by the batch: hand its writing to the background: the database, its
    /// validated workbooks, its regional workbook and its part of REKAP.
    mutating func processRegion(_ batchRegion: SubmissionBatch.Region<Provenance>) throws {
        try background.check()
        let region = batchRegion.name
        let members = batchRegion.members
        let analysed = members.map(\.summary)
        let reports = batchRegion.reports
        reread += members.filter(\.extra.isFresh).count
        // Unchanged submissions whose findings stayed the same keep their stored rows and files.
        let changed = members.map { rewriteAll || $0.extra.isFresh || $0.extra.storedFindings != $0.submission.findings }
        let links = OutputFolder.workbookPaths(members.map(\.submission))
        let regionFindings = reports.flatMap(\.findings)
        let regionFile = OutputFolder.safeName(region) + ".xlsx"
        let group = DispatchGroup()
        background.regionStarted(group)
        let work = RegionWork(region: region, members: members, analysed: analysed, changed: changed, links: links,
                              regionFindings: regionFindings, regionFile: regionFile, out: out, language: run.language)
        scheduleStore(work, group: group)
        scheduled += members.count
        scheduleWorkbooks(work, group: group, holdingBack: total - scheduled < Self.heldBackWorkbooks)
        outputs += links + [regionFile]
        try report?.add(analysed, regions: reports)
        lines.append(RegionSummaryLine(
            name: region, submissions: members.count,
            errors: analysed.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
                + CheckReport.countedRegionFindings(regionFindings).filter { $0.severity == .error }.count,
            warnings: analysed.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count },
            workbook: regionFile))
    }

    /// Saves what changed and the region's unit dictionary, on the database's queue.
    private func scheduleStore(_ work: RegionWork, group: DispatchGroup) {
        let store = Handed(value: self.store)
        background.run(on: background.storeQueue, in: group) {
            try store.value.save(zip(work.members, work.changed).filter(\.1).map { member, _ in
                (member.submission, member.extra.hash, member.checked.codeStyle?.pattern)
            })
            try store.value.replaceUnitAliases(region: work.region, entries: work.dictionary.entries.flatMap { entry in
                ([entry.canonical] + entry.aliases).map { (opd: entry.opd, alias: $0, canonical: entry.canonical) }
            })
            FaultInjection.killIfAsked(.afterStore)
        }
    }

    /// The validated workbooks (one task each), the regional workbook, and REKAP's part.
    /// The validated workbooks of the last submissions are held back (`holdingBack`) for `finish`.
    private mutating func scheduleWorkbooks(_ work: RegionWork, group: DispatchGroup, holdingBack: Bool) {
        for index in work.members.indices {
            guard work.changed[index] || !FileManager.default.fileExists(atPath: work.validatedPath(index)) else { continue }
            if holdingBack {
                heldBack.append((work, index))
            } else {
                background.run(on: background.writers, in: group) { try work.writeValidated(index) }
            }
        }
        let section = RegionalSection(region: work.region, submissions: work.rows, regionFindings: work.regionFindings,
                                      dictionary: work.dictionary, language: work.language)
        if work.changed.contains(true) || !FileManager.default.fileExists(atPath: work.path(work.regionFile)) {
            background.run(on: background.writers, in: group) {
                let writer = try RegionalWorkbookWriter(
                    path: work.path(work.regionFile), title: work.region, language: work.language,
                    constantMemory: !section.isSmall, syncingLater: true)
                try writer.append(section)
                try writer.close()
            }
        }
        let rekap = Handed(value: self.rekap)
        background.run(on: background.rekapQueue, in: group) {
            try rekap.value?.append(section)
        }
        if run.maps { scheduleMaps(work, group: group) }
    }

    /// The region's pages in `peta/`: drawn again when anything in the region changed, else
    /// only listed on the root page. Each OPD page is a task of its own beside the workbooks (a
    /// region's maps are as much work as its workbooks: one task would leave a core idle at the
    /// end), and the region page follows the last of them.
    private func scheduleMaps(_ work: RegionWork, group: DispatchGroup) {
        let folder = path(ProbisOutputs.mapsFolder)
        let redraw = rewriteAll || work.changed.contains(true)
            || !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(OutputFolder.safeName(work.region) + "/index.html"))
        let slot = mapLines.reserve()
        let lines = mapLines, background = self.background
        let drawing = PetaSite.RegionDrawing(work.region, submissions: work.members.map(\.submission), summaries: work.analysed,
                                             regionFindings: work.regionFindings, dictionary: work.dictionary,
                                             into: folder, language: work.language)
        guard redraw else {
            lines.set(slot, drawing.unchanged)
            return
        }
        let pages = DispatchGroup()
        for index in 0..<drawing.pageCount {
            background.run(on: background.writers, in: pages) { try drawing.writePage(index) }
        }
        group.enter()
        pages.notify(queue: background.writers) {
            // Queued into the region's group before leaving it: the group stays entered.
            background.run(on: background.writers, in: group) { lines.set(slot, try drawing.finish()) }
            group.leave()
        }
    }

    /// Closes REKAP, writes the held-back workbooks, waits for the background, then ends the
    /// JSON report (written region by region) and writes the run state.
    ///
    /// Closing REKAP (compressing every row of the root once more) is the longest single task
    /// of a run and cannot be split, so it is queued right behind REKAP's last region, and the
    /// validated workbooks of the last submissions, held back for this, are written on one
    /// other thread meanwhile: both cores stay busy to the end
    /// instead of one waiting for REKAP. The first of the two to end starts syncing what is
    /// written (`BackgroundWork.startSyncing`), so the final sync finds little left.
    mutating func finish(fingerprint: String) throws -> ConsolidateResult {
        let rekap = Handed(value: self.rekap), background = self.background, out = self.out
        run.stage?(LocalizedText(id: "menulis REKAP.xlsx, buku kerja terakhir, basis data", en: "writing REKAP.xlsx, the last workbooks, the database"))
        background.run(on: background.rekapQueue) {
            // After a failed region REKAP would be incomplete: leave it unwritten.
            try background.check()
            FaultInjection.killIfAsked(.beforeRekapClose)
            try rekap.value?.close()
            background.startSyncing(out)
        }
        self.rekap = nil
        for (work, index) in heldBack {
            background.run(on: background.tailQueue) { try work.writeValidated(index) }
        }
        background.run(on: background.tailQueue) { background.startSyncing(out) }
        heldBack = []
        let store = Handed(value: self.store)
        background.run(on: background.storeQueue) {
            try store.value.restoreAnalystIndexes()
            try store.value.handOverToReaders()
        }
        try background.finish()
        let totals = try report?.finish() ?? CheckTotals()
        report = nil
        var allOutputs = outputs + [ConsolidateRun.summaryName, ConsolidateRun.reportName, ConsolidateRun.databaseName]
        if run.maps {
            run.stage?(LocalizedText(id: "menulis peta/index.html", en: "writing peta/index.html"))
            try PetaSite.finish(mapLines.values, root: root, into: path(ProbisOutputs.mapsFolder), language: run.language,
                                removingStale: mapsExisted, syncing: false)
            allOutputs.append(ProbisOutputs.mapsFolder + "/index.html")
        }
        // The workbooks and the map site were renamed into place unsynced: one sync for all of
        // them, before the run state and the marker say the folder is complete.
        try AtomicFile.syncFileSystem(containing: out)
        for stale in Set(previousOutputs).subtracting(allOutputs) where stale.hasSuffix(".xlsx") {
            try? FileManager.default.removeItem(atPath: path(stale))
        }
        let state = RunState(fingerprint: fingerprint, language: run.language.rawValue, outputs: allOutputs,
                             regions: lines, hasErrors: totals.hasErrors)
        try state.save(to: out)
        return ConsolidateResult(out: out, regions: lines, hasErrors: totals.hasErrors, reread: reread,
                                 reused: total - reread, unchanged: false, collisions: collisions.found,
                                 mapsIndex: run.maps ? path(ProbisOutputs.mapsFolder + "/index.html") : nil)
    }
}

/// The map site's region lines, filled by background tasks in any order, read in region order.
final class MapLines: @unchecked Sendable {
    private var lines: [PetaSite.RegionLine?] = []
    private let lock = NSLock()

    func reserve() -> Int {
        lock.lock()
        defer { lock.unlock() }
        lines.append(nil)
        return lines.count - 1
    }

    func set(_ slot: Int, _ line: PetaSite.RegionLine) {
        lock.lock()
        lines[slot] = line
        lock.unlock()
    }

    var values: [PetaSite.RegionLine] {
        lock.lock()
        defer { lock.unlock() }
        return lines.compactMap { $0 }
    }
}

/// Everything the background needs of one region, immutable once handed over.
struct RegionWork: Sendable {
    let region: String
    let members: [RegionPass.Member]
    let analysed: [SubmissionSummary]
    let changed: [Bool]
    let links: [String]
    let regionFindings: [Finding]
    let regionFile: String
    let out: String
    let language: Language
    let dictionary: UnitDictionary

    init(region: String, members: [RegionPass.Member], analysed: [SubmissionSummary], changed: [Bool], links: [String],
         regionFindings: [Finding], regionFile: String, out: String, language: Language) {
        self.region = region
        self.members = members
        self.analysed = analysed
        self.changed = changed
        self.links = links
        self.regionFindings = regionFindings
        self.regionFile = regionFile
        self.out = out
        self.language = language
        self.dictionary = UnitDictionary(members.map(\.submission))
    }

    /// The rows of the regional workbooks; a copy of another submission shows in Ringkasan
    /// (with its warning) but its tables are not listed a second time.
    var rows: [(submission: Submission, summary: SubmissionSummary, workbookLink: String?)] {
        zip(members, zip(analysed, links)).map { member, pair in
            (submission: pair.0.isCopy ? member.submission.withoutData : member.submission, summary: pair.0, workbookLink: Optional(pair.1))
        }
    }

    func path(_ relative: String) -> String { (out as NSString).appendingPathComponent(relative) }

    func validatedPath(_ index: Int) -> String { path(links[index]) }

    /// Writes member `index`'s validated workbook.
    func writeValidated(_ index: Int) throws {
        try ValidatedWorkbook.write(members[index].submission, codeStyle: members[index].checked.codeStyle?.pattern,
                                    to: validatedPath(index), language: language, syncingLater: true)
    }
}
