import Spreadsheet

/// One OPD's submission: a workbook, or a folder of CSV files (one per table), with what was
/// recognised in it.
public struct Submission: Sendable {
    /// Path relative to the root given on the command line, `/`-separated.
    public var path: String
    public var region: String
    public var opd: String
    public var format: SpreadsheetFormat
    public var proses: [Proses] = []
    public var subProses: [SubProses] = []
    public var lintasFungsi: [LintasFungsi] = []
    public var tabelLintasFungsi: [TabelLintasFungsi] = []
    /// Template text found where data belongs (`*****` unit headers, `lihat kegiatan dalam
    /// program` rows) and therefore not counted as data; `placeholder.left` reports them.
    public var placeholders: [(field: FieldValue, table: TableKind)] = []
    /// The tables for which recognition found a header.
    public var tablesFound: Set<TableKind> = []
    /// Findings made while reading and recognising (unreadable files, missing tables, unmapped
    /// columns); rules add theirs later.
    public var findings: [Finding] = []

    public init(path: String, region: String, opd: String, format: SpreadsheetFormat) {
        self.path = path
        self.region = region
        self.opd = opd
        self.format = format
    }

    /// Activity rows over all lintas fungsi tables.
    public var aktivitasCount: Int { tabelLintasFungsi.reduce(0) { $0 + $1.kegiatan.count } }
}
