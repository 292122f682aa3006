/// Codes colliding between OPDs of a region (`region.code_collision`), as the end of a
/// consolidation tells them: how many regions, and the first OPD concerned as the example of
/// the `recode --prefix` that mends them.
public struct CodeCollisions: Sendable, Equatable {
    public var regions: Int
    public var exampleRegion: String
    public var exampleOPD: String
}

/// Finds `CodeCollisions` in a report as it is written (`CheckReportSink`).
final class CodeCollisionFinder: CheckReportSink {
    private var example: (region: String, opd: String)?
    private var regions = 0
    private(set) var found: CodeCollisions?

    func add(_ submissions: [SubmissionSummary], regions: [CheckReport.Region]) {
        self.regions += regions.filter { $0.findings.contains { $0.rule == RegionRules.collision } }.count
        guard example == nil,
              let first = submissions.first(where: { $0.findings.contains { $0.rule == RegionRules.collision } })
        else { return }
        example = (first.region, first.opd)
    }

    func finish(totals: CheckTotals) {
        guard let example else { return }
        found = CodeCollisions(regions: regions, exampleRegion: example.region, exampleOPD: example.opd)
    }
}
