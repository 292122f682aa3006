import Spreadsheet

/// The tables of a regional medium-term plan (RPJMD) or of an OPD's strategic plan (Renstra)
/// that `probis convert` recognises in workshop worksheets.
public enum RPJMDTableKind: String, Sendable, Hashable, CaseIterable {
    /// "Strategi dan Arah Kebijakan RPJMD": Tujuan | Sasaran | Strategi | Arah Kebijakan.
    case strategi
    /// "Kebijakan Umum dan Program Pembangunan": Sasaran ... Program ... SKPD Penanggung Jawab.
    case kebijakanUmum
    /// A Renstra table: Tujuan/Sasaran/Program/Kegiatan (/Sub Kegiatan).
    case renstra

    /// The table's name as the plan documents title it.
    public func title(_ language: Language) -> String {
        switch self {
        case .strategi: language == .en ? "RPJMD strategy and policy direction" : "Strategi dan Arah Kebijakan RPJMD"
        case .kebijakanUmum: language == .en ? "General policy and development programmes" : "Kebijakan Umum dan Program Pembangunan"
        case .renstra: "Renstra"
        }
    }
}

/// A value read from a worksheet cell: its number (`1.1`) when the cell enumerated it, its
/// text, and where it came from (0-based, shown 1-based as `Kebijakan Umum!C6`).
public struct RPJMDItem: Sendable, Hashable {
    public var number: String?
    public var text: String
    public var location: SourceLocation

    public init(number: String? = nil, text: String, location: SourceLocation) {
        self.number = number
        self.text = text
        self.location = location
    }

    /// `1.1 Terwujudnya ...`, or the text alone.
    public var numbered: String { number.map { "\($0) \(text)" } ?? text }

    /// For matching the same sasaran or programme written twice: case, spaces and punctuation aside.
    var key: String { HeaderVocabulary.normalise(text) }
}

/// One programme of the plan assigned to one SKPD under one sasaran: a row of the Kebijakan
/// Umum (or Renstra) table, with the rows above it that it continues.
public struct RPJMDAssignment: Sendable, Hashable {
    public var misi: String?
    public var tujuan: String?
    public var sasaran: RPJMDItem
    public var program: RPJMDItem
    /// Activities listed under the programme (Renstra tables only).
    public var kegiatan: [RPJMDItem]
    /// The SKPD as written on that row (or on the row it continues).
    public var skpd: RPJMDItem
    public var table: RPJMDTableKind
}

/// A sasaran of the Strategi table, with the cascade above it and its strategies.
public struct RPJMDSasaran: Sendable, Hashable {
    public var misi: String?
    public var tujuan: String?
    public var sasaran: RPJMDItem
    public var strategi: [String]
}

/// Everything read from the workshop worksheets: the tables found, the cascade, the
/// assignments, and what could not be assigned (findings with their source cell).
public struct RPJMDPlan: Sendable {
    /// Tables found, with the file and the sheet and row of their header.
    public var tables: [(kind: RPJMDTableKind, file: String, location: SourceLocation)] = []
    public var sasaran: [RPJMDSasaran] = []
    public var assignments: [RPJMDAssignment] = []
    /// Files of each finding's location are set (`SourceLocation.file`).
    public var findings: [Finding] = []
    /// The region named by a title above a table (`... Kota Metro Tahun 2016 – 2021`).
    public var regionFromTitle: String?

    public init() {}
}
