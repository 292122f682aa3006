import Dispatch

/// Analysis across the submissions of one region: `region.code_collision` when two OPDs use
/// the same code for different things (reported on each use in the submissions and once on
/// the region), and `region.shared_process` for process names several OPDs share.
public enum RegionAnalysis {
    public static let collisionRule = RegionRules.collision
    /// OPDs named in a message; the rest are counted, so a message stays readable.
    private static let namedInMessage = 3

    /// The region rules over `submissions` (of one region or several): the findings they add
    /// to submissions, by path, the copies, and each region's own findings.
    public static func findings(_ submissions: [SubmissionSummary]) -> RegionFindings {
        let byRegion = Dictionary(grouping: submissions.indices, by: { submissions[$0].region })
        let names = byRegion.keys.sorted()
        // Regions are independent: analyse them in parallel, then merge in name order.
        let outcomes = ResultSlots<(region: CheckReport.Region, added: [(Int, Finding)], copies: Set<Int>)>(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let all = byRegion[names[index]]!
            var regionFindings: [Finding] = []
            let duplicates = DuplicateSubmissions.find(all, submissions)
            var added = duplicates.added
            let copies = duplicates.copies
            // A copy of another submission is counted once: as the original.
            let members = all.filter { !copies.contains($0) }
            for uses in collisions(members, submissions) {
                regionFindings.append(regionFinding(uses, submissions))
                // One message for every use of the code: built once, shared by all its findings.
                let message = submissionMessage(uses, submissions)
                added += uses.map { use in
                    (use.submission, Finding(rule: collisionRule, severity: .error, table: use.definition.table,
                                             code: use.definition.code.text, location: use.definition.code.location, message: message))
                }
            }
            regionFindings += SharedProcesses.findings(members, submissions)
            outcomes.set(index, (CheckReport.Region(name: names[index], submissions: all.count, findings: regionFindings), added, copies))
        }
        var found = RegionFindings(regions: outcomes.values.map(\.region))
        for outcome in outcomes.values {
            for copy in outcome.copies { found.copies.insert(submissions[copy].path) }
            for (index, finding) in outcome.added { found.bySubmission[submissions[index].path, default: []].append(finding) }
        }
        return found
    }

    /// `findings(submissions)` with each submission's own attached: for tests and callers that
    /// hold nothing but the summaries.
    static func analyse(_ submissions: [SubmissionSummary]) -> ([SubmissionSummary], [CheckReport.Region]) {
        let found = findings(submissions)
        return (submissions.map { found.attached(to: $0) }, found.regions)
    }

    private struct Use {
        var submission: Int
        var definition: SubmissionSummary.CodeDefinition
    }

    /// Codes defined by two or more OPDs of the region under different names (versions of one
    /// OPD sent twice count as one OPD).
    private static func collisions(_ members: [Int], _ submissions: [SubmissionSummary]) -> [[Use]] {
        let opdKeys = Dictionary(uniqueKeysWithValues: members.map { ($0, DuplicateSubmissions.opdKey(submissions[$0].opd)) })
        var byKey: [String: [Use]] = [:]
        for index in members {
            for definition in submissions[index].definitions {
                byKey[definition.key, default: []].append(Use(submission: index, definition: definition))
            }
        }
        // Most keys have one use: they are ruled out before anything is normalised or sorted.
        let colliding = byKey.filter { _, uses in
            guard uses.count >= 2 else { return false }
            // Two versions of one OPD (`submission.same_opd`) do not collide with each other.
            let firstOPD = opdKeys[uses[0].submission] ?? ""
            guard uses.contains(where: { (opdKeys[$0.submission] ?? "") != firstOPD }) else { return false }
            let firstName = uses[0].definition.nama
            let normalisedFirst = HeaderVocabulary.normalise(firstName)
            return uses.contains { $0.definition.nama != firstName && HeaderVocabulary.normalise($0.definition.nama) != normalisedFirst }
        }
        return colliding.keys.sorted().map { colliding[$0]! }
    }

    private static func submissionMessage(_ uses: [Use], _ submissions: [SubmissionSummary]) -> LocalizedText {
        let code = uses[0].definition.code.text
        let opds = uniqued(uses.map { submissions[$0.submission].opd })
        let named = opds.prefix(namedInMessage).joined(separator: ", ")
        let more = opds.count > namedInMessage ? opds.count - namedInMessage : 0
        return LocalizedText(
            id: "Kode \(code) dipakai untuk hal berbeda oleh \(opds.count) OPD di wilayah yang sama (\(named)\(more > 0 ? " dan \(more) lainnya" : "")). Beri awalan (namespace) khusus OPD ini: probis recode --prefix.",
            en: "Code \(code) is used for different things by \(opds.count) OPDs in the same region (\(named)\(more > 0 ? " and \(more) more" : "")). Give this OPD's codes a prefix (namespace): probis recode --prefix.")
    }

    private static func regionFinding(_ uses: [Use], _ submissions: [SubmissionSummary]) -> Finding {
        let code = uses[0].definition.code.text
        let opds = uniqued(uses.map { submissions[$0.submission].opd })
        let named = opds.prefix(namedInMessage).joined(separator: ", ")
        let more = opds.count > namedInMessage ? opds.count - namedInMessage : 0
        return Finding(rule: collisionRule, severity: .error, code: code, message: LocalizedText(
            id: "Kode \(code) dipakai \(opds.count) OPD untuk hal berbeda: \(named)\(more > 0 ? " dan \(more) lainnya" : "").",
            en: "Code \(code) is used by \(opds.count) OPDs for different things: \(named)\(more > 0 ? " and \(more) more" : "")."))
    }

    /// Keeps the first occurrence of each element, in order.
    private static func uniqued(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}

/// What the region rules found. Findings about a submission are kept by its path and attached
/// to it (`attached(to:)`), whichever form the caller holds it in: summary or submission.
public struct RegionFindings: Sendable {
    /// Each region's own findings, regions in name order.
    public var regions: [CheckReport.Region]
    /// Findings about submissions, by submission path.
    var bySubmission: [String: [Finding]] = [:]
    /// Paths of submissions that copy another of their region (`submission.duplicate`).
    var copies: Set<String> = []

    init(regions: [CheckReport.Region]) {
        self.regions = regions
    }

    /// Whether the region rules found anything about the submission at `path`.
    func concerns(_ path: String) -> Bool {
        !(bySubmission.isEmpty && copies.isEmpty) && (bySubmission[path] != nil || copies.contains(path))
    }

    /// The summary with its region findings (in finding order) and, for a copy, its counts zeroed.
    func attached(to summary: SubmissionSummary) -> SubmissionSummary {
        var result = summary
        if copies.contains(summary.path) { result.setAsCopy() }
        if let added = bySubmission[summary.path] {
            result.findings += added
            result.findings.sort(by: FindingOrder.precedes)
        }
        return result
    }

    /// The submission with its region findings, in the same order as its summary's.
    func attached(to submission: Submission) -> Submission {
        guard let added = bySubmission[submission.path] else { return submission }
        var result = submission
        result.findings += added
        result.findings.sort(by: FindingOrder.precedes)
        return result
    }
}
