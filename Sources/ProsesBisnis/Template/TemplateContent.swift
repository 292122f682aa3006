/// Values to write into a template's data rows, as one tree: each process with its sub
/// processes, each sub process with its lintas fungsi, each lintas fungsi with its activities.
///
/// A tree rather than three lists, so the three sheets always agree: the Sub Proses sheet's
/// group rows and every lintas fungsi table's key/value block are derived from it. The blank
/// template is `TemplateContent()`; tests fill the template's own layout with it.
public struct TemplateContent: Sendable, Hashable {
    public var proses: [TemplateProses]

    public init(proses: [TemplateProses] = []) { self.proses = proses }

    /// Every lintas fungsi with its process and sub process, in table order.
    var lintasFungsi: [(proses: TemplateProses, subProses: TemplateSubProses, lintasFungsi: TemplateLintasFungsi)] {
        proses.flatMap { proses in
            proses.subProses.flatMap { sub in sub.lintasFungsi.map { (proses, sub, $0) } }
        }
    }
}

/// A row of the Identifikasi Proses sheet and the sub processes listed under it.
public struct TemplateProses: Sendable, Hashable {
    public var nama: String
    /// One of the official terms (Utama, Manajemen, Pendukung), as the dropdown offers.
    public var jenis: String
    public var kode: String
    public var subProses: [TemplateSubProses]

    /// Where the row came from (`probis convert`: the plan's table and cell), written as a
    /// comment on its name cell; nil writes none.
    public var sumber: String?

    public init(nama: String, jenis: String, kode: String, subProses: [TemplateSubProses] = [], sumber: String? = nil) {
        self.sumber = sumber
        self.nama = nama
        self.jenis = jenis
        self.kode = kode
        self.subProses = subProses
    }
}

public struct TemplateSubProses: Sendable, Hashable {
    public var nama: String
    public var kode: String
    public var lintasFungsi: [TemplateLintasFungsi]

    /// Where the row came from (`probis convert`: the plan's table and cell), written as a
    /// comment on its name cell; nil writes none.
    public var sumber: String?

    public init(nama: String, kode: String, lintasFungsi: [TemplateLintasFungsi] = [], sumber: String? = nil) {
        self.sumber = sumber
        self.nama = nama
        self.kode = kode
        self.lintasFungsi = lintasFungsi
    }
}

/// A lintas fungsi: a row of the Sub Proses sheet and one table of the Lintas Fungsi sheet.
public struct TemplateLintasFungsi: Sendable, Hashable {
    public var nama: String
    public var kode: String
    public var kegiatan: [TemplateKegiatan]

    /// Where the row came from (`probis convert`: the plan's table and cell), written as a
    /// comment on its name cell; nil writes none.
    public var sumber: String?

    public init(nama: String, kode: String, kegiatan: [TemplateKegiatan] = [], sumber: String? = nil) {
        self.sumber = sumber
        self.nama = nama
        self.kode = kode
        self.kegiatan = kegiatan
    }
}

public struct TemplateKegiatan: Sendable, Hashable {
    public var uraian: String
    /// Names of the template's units taking part; each gets a √ in its column.
    public var units: [String]
    public var output: String
    public var penanggungJawab: String

    public init(uraian: String, units: [String], output: String, penanggungJawab: String) {
        self.uraian = uraian
        self.units = units
        self.output = output
        self.penanggungJawab = penanggungJawab
    }
}
