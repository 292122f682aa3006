/// A rule's stable identifier, the `rule` of the report format (docs/report-format.md): a
/// public contract, so every id is one of the constants below and nothing else spells one.
/// `RuleCatalogue.entries` describes each with its severity and meaning.
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    private init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// An id read back from a file probis wrote (the database, a change log). An id this
    /// version does not know is kept as written, so an older database still reads.
    public init(stored rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// The group before the dot: `code`, `lf`, `region` ...
    public var family: Substring { rawValue.prefix { $0 != "." } }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    // MARK: Reading and recognition
    public static let tableUnreadable = RuleID("table.unreadable")
    public static let tableMissing = RuleID("table.missing")
    public static let sheetHidden = RuleID("sheet.hidden")
    public static let rowHidden = RuleID("row.hidden")
    public static let headerUnknownColumn = RuleID("header.unknown_column")
    public static let identityConflict = RuleID("identity.conflict")

    // MARK: Submission rules (`RuleCatalogue.all`)
    public static let codeMissing = RuleID("code.missing")
    public static let codeMalformed = RuleID("code.malformed")
    public static let codeSeparator = RuleID("code.separator")
    public static let codeNumeric = RuleID("code.numeric")
    public static let codeDuplicate = RuleID("code.duplicate")
    public static let codeParentMismatch = RuleID("code.parent_mismatch")
    public static let refUnknownParent = RuleID("ref.unknown_parent")
    public static let jenisInvalid = RuleID("jenis.invalid")
    public static let jenisSynonym = RuleID("jenis.synonym")
    public static let placeholderLeft = RuleID("placeholder.left")
    public static let lfNoUnit = RuleID("lf.no_unit")
    public static let lfPJMissing = RuleID("lf.pj_missing")
    public static let lfPJNotUnit = RuleID("lf.pj_not_unit")
    public static let textTooLong = RuleID("text.too_long")
    public static let submissionEmpty = RuleID("submission.empty")

    // MARK: Region rules (`RegionAnalysis`)
    public static let regionCodeCollision = RuleID("region.code_collision")
    public static let regionSharedProcess = RuleID("region.shared_process")
    public static let submissionDuplicate = RuleID("submission.duplicate")
    public static let submissionSameOPD = RuleID("submission.same_opd")

    // MARK: Corrections (the change log of fix and recode)
    public static let textTrim = RuleID("text.trim")
    public static let jenisCase = RuleID("jenis.case")
    public static let noRenumber = RuleID("no.renumber")
    public static let placeholderRemove = RuleID("placeholder.remove")
    public static let recodeMap = RuleID("recode.map")
    public static let recodePrefix = RuleID("recode.prefix")

    // MARK: Conversion (`probis convert`)
    public static let convertNoSKPD = RuleID("convert.no_skpd")
    public static let convertNoSasaran = RuleID("convert.no_sasaran")
    public static let convertNoProgram = RuleID("convert.no_program")
    public static let convertKegiatanNoProgram = RuleID("convert.kegiatan_no_program")
    public static let convertSasaranUnassigned = RuleID("convert.sasaran_unassigned")
    public static let convertNoTable = RuleID("convert.no_table")
}
