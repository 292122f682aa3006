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
    /// The latest date the submission's own sheets state (`yyyy-mm-dd`), e.g. beside its
    /// signature; nil when none does.
    public var documentDate: String?
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

extension Submission {
    /// The same submission with its tables left out (its identity and findings kept).
    public var withoutData: Submission {
        var copy = self
        copy.proses = []
        copy.subProses = []
        copy.lintasFungsi = []
        copy.tabelLintasFungsi = []
        return copy
    }

    /// A fingerprint of what the submission says (every item's texts, in order), not of its
    /// bytes: the same tables saved twice, or once as XLSX and once as CSV, share it. Nil when
    /// it holds no data at all (empty submissions are alike without being duplicates).
    public var dataFingerprint: Int? {
        guard !(proses.isEmpty && subProses.isEmpty && lintasFungsi.isEmpty && aktivitasCount == 0) else { return nil }
        // Compared within one run only, so Swift's per-process seeded hash serves.
        var hasher = Hasher()
        // Texts only, read in place: copying each FieldValue would cost more than the hash.
        for item in proses { hasher.combine(item.nama?.text); hasher.combine(item.jenis?.text); hasher.combine(item.kode?.text) }
        for item in subProses { hasher.combine(item.nama?.text); hasher.combine(item.kode?.text) }
        for item in lintasFungsi { hasher.combine(item.nama?.text); hasher.combine(item.kode?.text) }
        for table in tabelLintasFungsi {
            for kegiatan in table.kegiatan {
                hasher.combine(kegiatan.uraian?.text)
                hasher.combine(kegiatan.output?.text)
                hasher.combine(kegiatan.penanggungJawab?.text)
            }
        }
        return hasher.finalize()
    }
}
