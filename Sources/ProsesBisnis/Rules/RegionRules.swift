/// The rule ids of the region analysis (which compares the submissions of a region), kept with
/// the other rules so that the reports that count them need not know the analysis.
public enum RegionRules {
    /// Two OPDs of a region use one code for different things.
    public static let collision = RuleID.regionCodeCollision
    /// A process name several OPDs of a region use.
    public static let sharedProcess = RuleID.regionSharedProcess
    /// The same data twice in a region (`DuplicateSubmissions`).
    public static let duplicate = RuleID.submissionDuplicate
    /// One OPD with two different submissions in a region.
    public static let sameOPD = RuleID.submissionSameOPD
    /// Findings the region analysis attaches to submissions: recomputed on every run, so a
    /// submission taken from the database is stripped of them first.
    public static let attached: Set<RuleID> = [collision, duplicate, sameOPD]
    /// Region findings that repeat, for the overview, findings already attached to the
    /// submissions concerned: counted there, never a second time in region or root totals.
    public static let mirrored: Set<RuleID> = [collision]
}
