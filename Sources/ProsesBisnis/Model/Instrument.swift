/// The official terms for the kind of a process (PermenPANRB 19/2018).
public enum JenisProses: String, Sendable, CaseIterable {
    case utama = "Utama"
    case manajemen = "Manajemen"
    case pendukung = "Pendukung"
}

/// A row of the Tabel Identifikasi Proses: one business process (level 0).
public struct Proses: Hashable, Sendable {
    public var no: FieldValue?
    public var nama: FieldValue?
    public var jenis: FieldValue?
    public var kode: FieldValue?
    /// The row the process was read from (column nil).
    public var location: SourceLocation

    public init(no: FieldValue? = nil, nama: FieldValue?, jenis: FieldValue?, kode: FieldValue?, location: SourceLocation) {
        self.no = no
        self.nama = nama
        self.jenis = jenis
        self.kode = kode
        self.location = location
    }
}

/// A reference to a parent item written where a child is listed: the group row of the Sub
/// Proses table, or the key/value block of a lintas fungsi table.
public struct ParentReference: Hashable, Sendable {
    public var nama: FieldValue?
    public var kode: FieldValue?

    public init(nama: FieldValue?, kode: FieldValue?) {
        self.nama = nama
        self.kode = kode
    }
}

/// A sub process (level 1), from the Sub Proses table.
public struct SubProses: Hashable, Sendable {
    public var no: FieldValue?
    public var nama: FieldValue?
    public var kode: FieldValue?
    /// The process whose group row this sub process is listed under, when the table has one.
    public var parent: ParentReference?
    public var location: SourceLocation

    public init(no: FieldValue? = nil, nama: FieldValue?, kode: FieldValue?, parent: ParentReference?, location: SourceLocation) {
        self.no = no
        self.nama = nama
        self.kode = kode
        self.parent = parent
        self.location = location
    }
}

/// A lintas fungsi (cross-functional flow) listed in the Sub Proses table under its sub process.
public struct LintasFungsi: Hashable, Sendable {
    public var nama: FieldValue?
    public var kode: FieldValue?
    /// The sub process on whose row (or continuation rows) it is listed.
    public var subProses: ParentReference?
    public var location: SourceLocation

    public init(nama: FieldValue?, kode: FieldValue?, subProses: ParentReference?, location: SourceLocation) {
        self.nama = nama
        self.kode = kode
        self.subProses = subProses
        self.location = location
    }
}

/// A unit column of a lintas fungsi table (Sekretariat, Bidang ..., Seksi ...).
public struct UnitKerja: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// An activity row of a lintas fungsi table.
public struct Kegiatan: Hashable, Sendable {
    public var no: FieldValue?
    public var uraian: FieldValue?
    /// Indices into the table's `units` of the units marked as taking part.
    public var units: [Int]
    public var output: FieldValue?
    public var penanggungJawab: FieldValue?
    public var location: SourceLocation

    public init(no: FieldValue?, uraian: FieldValue?, units: [Int], output: FieldValue?,
                penanggungJawab: FieldValue?, location: SourceLocation) {
        self.no = no
        self.uraian = uraian
        self.units = units
        self.output = output
        self.penanggungJawab = penanggungJawab
        self.location = location
    }
}

/// One Tabel Identifikasi Lintas Fungsi: its key/value header block, its unit columns and its
/// activities.
public struct TabelLintasFungsi: Hashable, Sendable {
    public var proses: ParentReference?
    public var subProses: ParentReference?
    public var lintasFungsi: ParentReference?
    public var units: [UnitKerja]
    public var kegiatan: [Kegiatan]
    /// Where the table's header row is.
    public var location: SourceLocation

    public init(proses: ParentReference?, subProses: ParentReference?, lintasFungsi: ParentReference?,
                units: [UnitKerja], kegiatan: [Kegiatan], location: SourceLocation) {
        self.proses = proses
        self.subProses = subProses
        self.lintasFungsi = lintasFungsi
        self.units = units
        self.kegiatan = kegiatan
        self.location = location
    }
}
