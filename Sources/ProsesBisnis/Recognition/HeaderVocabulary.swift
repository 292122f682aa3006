/// The column headers of the three instrument tables and the synonyms seen in real
/// submissions, matched after normalising case, spaces, line breaks and punctuation. (A small
/// integer raw value: a `String` one would be hashed wherever roles key the column maps read
/// per row, and `RoleSet` uses it as a bit.)
enum ColumnRole: UInt8, Sendable, CaseIterable {
    case no, proses, jenisProses, kode, kodeProses, kodeSubProses
    case subProses, lintasFungsi, kodeLintasFungsi
    case kegiatan, unitKerja, output, penanggungJawab
}

enum HeaderVocabulary {
    /// Normalised header text → role. `KODE SUB PROSES` is the code column of whichever table
    /// it heads: the official Identifikasi Proses example uses it for the process code.
    static let roles: [String: ColumnRole] = {
        var table: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ names: String...) { for name in names { table[name] = role } }
        add(.no, "NO", "NOMOR", "NO URUT", "NOMER")
        add(.proses, "PROSES", "NAMA PROSES", "PROSES BISNIS", "NAMA PROSES BISNIS", "URAIAN PROSES")
        add(.jenisProses, "JENIS PROSES", "JENIS", "KATEGORI PROSES", "JENIS PROSES BISNIS", "KATEGORI")
        add(.kode, "KODE")
        add(.kodeProses, "KODE PROSES", "KODE PROSES BISNIS")
        add(.kodeSubProses, "KODE SUB PROSES", "KODE SUBPROSES")
        add(.subProses, "SUB PROSES", "SUBPROSES", "NAMA SUB PROSES", "NAMA SUBPROSES")
        add(.lintasFungsi, "LINTAS FUNGSI", "NAMA LINTAS FUNGSI", "PROSES LINTAS FUNGSI", "PETA LINTAS FUNGSI")
        add(.kodeLintasFungsi, "KODE LINTAS FUNGSI", "KODE PROSES LINTAS FUNGSI", "KODE PETA LINTAS FUNGSI")
        add(.kegiatan, "KEGIATAN", "AKTIVITAS", "URAIAN KEGIATAN", "NAMA KEGIATAN", "URAIAN AKTIVITAS",
            "AKTIFITAS", "KEGIATAN AKTIVITAS", "TAHAPAN KEGIATAN")
        add(.unitKerja, "UNIT KERJA TERKAIT", "UNIT KERJA", "UNIT TERKAIT", "PELAKSANA", "UNIT ORGANISASI TERKAIT",
            "UNIT ORGANISASI", "UNIT KERJA YANG TERKAIT")
        add(.output, "OUTPUT", "KELUARAN", "OUTPUT KELUARAN", "HASIL", "OUTPUT HASIL")
        add(.penanggungJawab, "PENANGGUNG JAWAB", "PENANGGUNGJAWAB", "PJ", "UNIT PENANGGUNG JAWAB", "PENANGGUNG JAWAB UNIT")
        return table
    }()

    /// Headers of the findings column that probis's validated workbooks add at the right of
    /// a table (`FindingNotes`): that column is the review, not the OPD's data, so a header
    /// row leaves it out of the table instead of reporting it as `header.unknown_column`.
    static let reviewNotes: Set<String> = ["TEMUAN PEMERIKSAAN", "REVIEW FINDINGS"]

    static func isReviewNotes(_ text: String) -> Bool {
        couldBeHeader(text) && reviewNotesTable.contains(text)
    }

    static func role(of text: String) -> ColumnRole? {
        guard couldBeHeader(text) else { return nil }
        return roleTable.value(for: text)
    }

    /// Whether a text starting with an ASCII letter can open a role's header, told from its
    /// first two bytes as they normalise (`KE` of KEGIATAN, `NO`, `N ` of `N. O`): activity,
    /// unit and output texts (`Menyusun`, `Seksi`, `Draf`) are no header cell, known without
    /// a lookup. Text that goes on in other scripts may open one.
    static func mayOpenRole(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayOpenRole) ?? mayOpenRole(Array(text.utf8))
    }

    private static func mayOpenRole<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard bytes.count >= 2 else { return false }
        let start = bytes.startIndex
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        let first = bytes[start], second = bytes[start + 1]
        guard isLetter(first), second < 0x80 else { return true }
        // Four letters in a row (`Surat`, `Kepala`, `Pengajuan`) are told by all four; a
        // phrase has no fewer letters than a text that normalises to it starts with.
        if bytes.count >= 4, isLetter(second), isLetter(bytes[start + 2]), isLetter(bytes[start + 3]) {
            return roleTable.mayOpen(first & ~0x20, second & ~0x20, bytes[start + 2] & ~0x20, bytes[start + 3] & ~0x20)
        }
        let normalisedSecond: UInt8 = if isLetter(second) { second & ~0x20 }
            else if second >= 0x30 && second <= 0x39 { second } else { 0x20 }
        return roleTable.mayOpen(first & ~0x20, normalisedSecond)
    }

    /// `roles` and `reviewNotes`, looked up without normalising into a new string.
    private static let roleTable = PhraseTable(roles)
    private static let reviewNotesTable = PhraseTable(Dictionary(uniqueKeysWithValues: reviewNotes.map { ($0, ()) }))

    /// Every header starts with an ASCII letter (after spaces) and is short: marks, numbers
    /// and long text are ruled out without normalising.
    static func couldBeHeader(_ text: String) -> Bool {
        guard text.utf8.count <= longestHeader,
              let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        return (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
    }

    /// Upper case, punctuation to spaces, spaces collapsed (`TextNormalising.normalise`).
    static func normalise(_ text: String) -> String { TextNormalising.normalise(text) }

    /// Header cells are short; longer text (names, activities) is never a header.
    static let longestHeader = 48
}

/// A set of roles as bits: every header row is classified by the roles it holds.
struct RoleSet {
    private var bits: UInt32 = 0

    init(_ roles: [ColumnRole] = []) {
        for role in roles { insert(role) }
    }

    mutating func insert(_ role: ColumnRole) { bits |= 1 << UInt32(role.rawValue) }
    func contains(_ role: ColumnRole) -> Bool { bits & 1 << UInt32(role.rawValue) != 0 }
    func containsAny(of roles: RoleSet) -> Bool { bits & roles.bits != 0 }
    var count: Int { bits.nonzeroBitCount }
}

/// Which column holds each role of a table header: one slot per role in a single SIMD value,
/// so that looking a role up (every row of every table does, several times) is an index, and
/// copying a header copies no dictionary.
struct RoleColumns: Equatable {
    /// Column per role, -1 where the header has no such column.
    private var slots = SIMD16<Int32>(repeating: -1)

    init() {}

    subscript(role: ColumnRole) -> Int? {
        get {
            let column = slots[Int(role.rawValue)]
            return column < 0 ? nil : Int(column)
        }
        set { slots[Int(role.rawValue)] = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    /// Whether a role other than `role` is in `column`.
    func holds(_ column: Int, besides role: ColumnRole) -> Bool {
        ColumnRole.allCases.contains { $0 != role && self[$0] == column }
    }
}
