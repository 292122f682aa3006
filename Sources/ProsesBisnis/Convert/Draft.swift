import Foundation
import Spreadsheet

/// The draft instrument of one SKPD: its processes (one per sasaran it carries), sub processes
/// (one per programme under it) and lintas fungsi (one per kegiatan, when the plan lists
/// them), coded `PREFIX.01`, `PREFIX.01.01`, `PREFIX.01.01.01`.
public struct Draft: Sendable, Hashable {
    /// The SKPD's name as the draft's file and title give it.
    public var skpd: String
    /// Every spelling of the SKPD met in the plan, the name first.
    public var spellings: [String]
    public var prefix: String
    /// True when `--prefix` gave it; false when derived from the name.
    public var prefixGiven: Bool
    public var proses: [DraftProses]
}

public struct DraftProses: Sendable, Hashable {
    public var kode: String
    public var nama: String
    public var sasaran: RPJMDItem
    public var misi: String?
    public var tujuan: String?
    /// The table the sasaran and its programmes were read from.
    public var table: RPJMDTableKind
    public var subProses: [DraftSubProses]
}

public struct DraftSubProses: Sendable, Hashable {
    public var kode: String
    public var nama: String
    public var program: RPJMDItem
    /// Every row the programme was written on under this sasaran.
    public var locations: [SourceLocation]
    public var lintasFungsi: [DraftLintasFungsi]
}

public struct DraftLintasFungsi: Sendable, Hashable {
    public var kode: String
    public var nama: String
    public var kegiatan: RPJMDItem
}

extension Draft {
    /// The template's content: the tree of rows, each with a comment naming its source.
    func content(_ language: Language) -> TemplateContent {
        TemplateContent(proses: proses.map { proses in
            let table = proses.table.title(language)
            return TemplateProses(nama: proses.nama, jenis: "Utama", kode: proses.kode, subProses: proses.subProses.map { sub in
                TemplateSubProses(nama: sub.nama, kode: sub.kode, lintasFungsi: sub.lintasFungsi.map { lf in
                    TemplateLintasFungsi(nama: lf.nama, kode: lf.kode,
                                         sumber: Self.source(language, table, "Kegiatan", lf.kegiatan, [lf.kegiatan.location]))
                }, sumber: Self.source(language, table, "Program", sub.program, sub.locations))
            }, sumber: Self.source(language, table, "Sasaran", proses.sasaran, [proses.sasaran.location]))
        })
    }

    /// `Sumber: Kebijakan Umum dan Program Pembangunan, RPJMD.xlsx › Kebijakan Umum!C6 (Sasaran
    /// 1.1: Terwujudnya ...)`: the table, the file, the cells, and the plan's own words.
    static func source(_ language: Language, _ table: String, _ field: String, _ item: RPJMDItem,
                       _ locations: [SourceLocation]) -> String {
        let file = locations.first?.file.map { ($0 as NSString).lastPathComponent + " › " } ?? ""
        let cells = locations.map(\.description).joined(separator: ", ")
        let label = language == .en ? "Source" : "Sumber"
        let text = "\(label): \(table), \(file)\(cells) (\(field)\(item.number.map { " \($0)" } ?? ""): \(item.text))"
        return String(text.prefix(1_000))
    }
}
