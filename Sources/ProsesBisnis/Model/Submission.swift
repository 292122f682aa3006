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
    public var dataFingerprint: UInt64? {
        guard !(proses.isEmpty && subProses.isEmpty && lintasFungsi.isEmpty && aktivitasCount == 0) else { return nil }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ field: FieldValue?) {
            for byte in (field?.text ?? "").utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        for item in proses { [item.nama, item.jenis, item.kode].forEach(mix) }
        for item in subProses { [item.nama, item.kode].forEach(mix) }
        for item in lintasFungsi { [item.nama, item.kode].forEach(mix) }
        for table in tabelLintasFungsi {
            for kegiatan in table.kegiatan { [kegiatan.uraian, kegiatan.output, kegiatan.penanggungJawab].forEach(mix) }
        }
        return hash
    }
}
