extension RuleCatalogue {
    /// One rule id of the report format, with what it means.
    public struct Entry: Sendable {
        public var id: RuleID
        /// The severity its findings carry; nil for the ids of the change log, which name
        /// corrections, not findings.
        public var severity: Severity?
        /// What it says, in a line: for `--help`, the web page and docs.
        public var meaning: LocalizedText
    }

    /// Every rule id probis can write into a report, a change log or a conversion summary, in
    /// the order docs/report-format.md lists them (a test holds the two together).
    public static let entries: [Entry] = [
        Entry(id: .tableMissing, severity: .warning, meaning: LocalizedText(
            id: "salah satu dari tiga tabel tidak ditemukan", en: "one of the three tables was not found")),
        Entry(id: .tableUnreadable, severity: .error, meaning: LocalizedText(
            id: "berkas tidak dapat dibaca (rusak, terenkripsi, format lain)", en: "the file could not be read (corrupt, encrypted, unsupported)")),
        Entry(id: .headerUnknownColumn, severity: .info, meaning: LocalizedText(
            id: "kolom tabel yang dikenali tidak dipetakan", en: "a column of a recognised table was not mapped")),
        Entry(id: .codeMissing, severity: .error, meaning: LocalizedText(
            id: "baris data tanpa kode", en: "a data row has no code")),
        Entry(id: .codeMalformed, severity: .error, meaning: LocalizedText(
            id: "kode tidak sesuai pola kode kiriman", en: "a code does not fit the submission's code pattern")),
        Entry(id: .codeSeparator, severity: .warning, meaning: LocalizedText(
            id: "kode sesuai pola hanya setelah pemisah atau nol di depannya dibetulkan",
            en: "a code fits the pattern only once its separators or padding are normalised")),
        Entry(id: .codeNumeric, severity: .warning, meaning: LocalizedText(
            id: "sel kode berisi angka, bukan teks (nol bisa hilang)", en: "a code cell holds a number, not text (zeros may be lost)")),
        Entry(id: .codeDuplicate, severity: .error, meaning: LocalizedText(
            id: "kode yang sama muncul dua kali dalam satu tabel", en: "the same code appears twice in one table")),
        Entry(id: .codeParentMismatch, severity: .error, meaning: LocalizedText(
            id: "kode anak tidak berada di bawah kode induk kelompoknya", en: "a child code is not under its group's parent code")),
        Entry(id: .refUnknownParent, severity: .error, meaning: LocalizedText(
            id: "rujukan ke kode proses atau sub proses yang tidak didefinisikan",
            en: "a reference to a process or sub process code the submission does not define")),
        Entry(id: .jenisInvalid, severity: .error, meaning: LocalizedText(
            id: "JENIS PROSES bukan Utama, Manajemen atau Pendukung", en: "JENIS PROSES is not Utama, Manajemen or Pendukung")),
        Entry(id: .jenisSynonym, severity: .warning, meaning: LocalizedText(
            id: "JENIS PROSES memakai sinonim istilah resmi", en: "JENIS PROSES uses a synonym of an official term")),
        Entry(id: .placeholderLeft, severity: .warning, meaning: LocalizedText(
            id: "teks templat tertinggal di sel data", en: "template text left in a data cell")),
        Entry(id: .lfNoUnit, severity: .error, meaning: LocalizedText(
            id: "kegiatan tanpa unit yang ditandai", en: "an activity has no unit marked")),
        Entry(id: .lfPJMissing, severity: .error, meaning: LocalizedText(
            id: "kegiatan tanpa PENANGGUNG JAWAB", en: "an activity has no PENANGGUNG JAWAB")),
        Entry(id: .lfPJNotUnit, severity: .warning, meaning: LocalizedText(
            id: "PENANGGUNG JAWAB bukan salah satu unit tabel", en: "PENANGGUNG JAWAB is not one of the table's units")),
        Entry(id: .regionCodeCollision, severity: .error, meaning: LocalizedText(
            id: "dua OPD satu wilayah memakai kode yang sama untuk hal berbeda",
            en: "two OPDs of a region use one code for different things")),
        Entry(id: .submissionEmpty, severity: .error, meaning: LocalizedText(
            id: "tidak ada tabel yang berisi baris data", en: "none of the three tables holds a data row")),
        Entry(id: .submissionDuplicate, severity: .warning, meaning: LocalizedText(
            id: "data sama dengan kiriman lain di wilayahnya (dihitung sekali)", en: "the same data as another submission of its region (counted once)")),
        Entry(id: .submissionSameOPD, severity: .error, meaning: LocalizedText(
            id: "dua kiriman berbeda dari satu OPD di satu wilayah", en: "two different submissions of one OPD in a region")),
        Entry(id: .textTooLong, severity: .warning, meaning: LocalizedText(
            id: "sel berisi lebih dari 32.767 karakter", en: "a cell holds more than 32,767 characters")),
        Entry(id: .identityConflict, severity: .warning, meaning: LocalizedText(
            id: "folder dan judul berkas menyebut wilayah berbeda", en: "the folder and the file's title name different regions")),
        Entry(id: .sheetHidden, severity: .info, meaning: LocalizedText(
            id: "lembar tersembunyi tidak dibaca sebagai data", en: "a hidden sheet was not read as data")),
        Entry(id: .rowHidden, severity: .info, meaning: LocalizedText(
            id: "baris tersembunyi tidak dibaca sebagai data", en: "hidden rows were not read as data")),
        Entry(id: .regionSharedProcess, severity: .info, meaning: LocalizedText(
            id: "nama proses yang dipakai beberapa OPD di wilayah", en: "a process name several OPDs of a region use")),
        Entry(id: .jenisCase, severity: nil, meaning: LocalizedText(
            id: "JENIS PROSES ditulis dengan huruf istilah resmi", en: "JENIS PROSES written in the official term's case")),
        Entry(id: .textTrim, severity: nil, meaning: LocalizedText(
            id: "spasi di awal dan akhir dihapus", en: "surrounding spaces removed")),
        Entry(id: .noRenumber, severity: nil, meaning: LocalizedText(
            id: "kolom NO dinomori ulang", en: "a NO column renumbered")),
        Entry(id: .placeholderRemove, severity: nil, meaning: LocalizedText(
            id: "teks templat dihapus oleh fix", en: "template text removed by fix")),
        Entry(id: .recodeMap, severity: nil, meaning: LocalizedText(
            id: "kode diganti oleh baris recode --map", en: "a code renamed by a line of recode --map")),
        Entry(id: .recodePrefix, severity: nil, meaning: LocalizedText(
            id: "kode diberi awalan baru OPD oleh recode --prefix", en: "a code given an OPD's new prefix by recode --prefix")),
        Entry(id: .convertNoSKPD, severity: .warning, meaning: LocalizedText(
            id: "baris program tanpa SKPD", en: "a programme row has no SKPD")),
        Entry(id: .convertNoSasaran, severity: .warning, meaning: LocalizedText(
            id: "baris program sebelum sasaran mana pun", en: "a programme row comes before any sasaran")),
        Entry(id: .convertKegiatanNoProgram, severity: .warning, meaning: LocalizedText(
            id: "kegiatan tanpa program", en: "a kegiatan is under no programme")),
        Entry(id: .convertNoTable, severity: .warning, meaning: LocalizedText(
            id: "berkas tanpa tabel RPJMD/Renstra yang dikenali", en: "a file holds no recognised RPJMD/Renstra table")),
        Entry(id: .convertNoProgram, severity: .info, meaning: LocalizedText(
            id: "sasaran tanpa program", en: "a sasaran has no programme under it")),
        Entry(id: .convertSasaranUnassigned, severity: .info, meaning: LocalizedText(
            id: "sasaran yang tidak diemban program SKPD mana pun", en: "a sasaran no SKPD's programme carries")),
    ]

    /// The catalogue entry of `id`.
    public static func entry(_ id: RuleID) -> Entry? { entries.first { $0.id == id } }
}
