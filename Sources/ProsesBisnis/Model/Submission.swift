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
        // Compared within one run only: the texts' bytes, mixed eight at a time.
        var fingerprint = TextFingerprint()
        for index in proses.indices {
            fingerprint.add(proses[index].nama?.text)
            fingerprint.add(proses[index].jenis?.text)
            fingerprint.add(proses[index].kode?.text)
        }
        for index in subProses.indices { fingerprint.add(subProses[index].nama?.text); fingerprint.add(subProses[index].kode?.text) }
        for index in lintasFungsi.indices { fingerprint.add(lintasFungsi[index].nama?.text); fingerprint.add(lintasFungsi[index].kode?.text) }
        for table in tabelLintasFungsi.indices {
            let kegiatan = tabelLintasFungsi[table].kegiatan
            for index in kegiatan.indices {
                fingerprint.add(kegiatan[index].uraian?.text)
                fingerprint.add(kegiatan[index].output?.text)
                fingerprint.add(kegiatan[index].penanggungJawab?.text)
            }
        }
        return fingerprint.value
    }
}

/// A 64-bit fingerprint of a sequence of optional texts (nil and "" told apart), for telling
/// two copies of one submission in a run: cheaper than `Hasher` on the millions of texts of a
/// province, and well mixed (a multiply-xorshift per eight bytes, murmur's finaliser at the end).
struct TextFingerprint {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(_ text: String?) {
        guard var text else { mix(0x5EED_0000_0000_0001); return }
        let count = text.withUTF8 { bytes -> Int in
            var index = 0
            while index + 8 <= bytes.count {
                mix(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)))
                index += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            if shift > 0 { mix(tail) }
            return bytes.count
        }
        mix(UInt64(count) | 1 << 63)
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 29
    }

    var value: Int {
        var h = state
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}
