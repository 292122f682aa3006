import Spreadsheet
import XLSXWriter

/// The sheets of a regional workbook (and of REKAP) with their columns, in tab order.
///
/// Sheet names stay Indonesian in both languages, because users and scripts look sheets up by
/// name; headers follow the chosen language.
enum RegionalSheet: Int, CaseIterable {
    case ringkasan, proses, subProses, lintasFungsi, kegiatan, petaRelasi, kamusUnit, temuan

    var name: String {
        switch self {
        case .ringkasan: "Ringkasan"
        case .proses: "Proses"
        case .subProses: "Sub Proses"
        case .lintasFungsi: "Lintas Fungsi"
        case .kegiatan: "Kegiatan"
        case .petaRelasi: "Peta Relasi"
        case .kamusUnit: "Kamus Unit"
        case .temuan: "Temuan"
        }
    }

    /// The STATUS column of Ringkasan, filled red or green.
    static let statusColumn = 9

    /// The columns of a data sheet; Peta Relasi is a matrix whose columns vary per block.
    var columns: [RegionalColumn] {
        let region = RegionalColumn("WILAYAH", "REGION", 22), opd = RegionalColumn("OPD", "OPD", 30)
        switch self {
        case .ringkasan:
            return [region, opd, .init("BERKAS", "FILE", 36), .init("PROSES", "PROCESSES", 10, .count),
                    .init("SUB PROSES", "SUB PROCESSES", 10, .count), .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOWS", 12, .count),
                    .init("AKTIVITAS", "ACTIVITIES", 11, .count), .init("GALAT", "ERRORS", 9, .count),
                    .init("PERINGATAN", "WARNINGS", 12, .count), .init("STATUS", "STATUS", 17),
                    .init("BUKU KERJA TERVALIDASI", "VALIDATED WORKBOOK", 40)]
        case .proses:
            return [region, opd, .init("KODE PROSES", "PROCESS CODE", 14, .code), .init("PROSES", "PROCESS", 44, .long),
                    .init("JENIS PROSES", "PROCESS TYPE", 14)]
        case .subProses:
            return [region, opd, .init("KODE PROSES", "PROCESS CODE", 14, .code),
                    .init("KODE SUB PROSES", "SUB PROCESS CODE", 16, .code), .init("SUB PROSES", "SUB PROCESS", 48, .long)]
        case .lintasFungsi:
            return [region, opd, .init("KODE SUB PROSES", "SUB PROCESS CODE", 16, .code),
                    .init("KODE LINTAS FUNGSI", "CROSS-FUNCTIONAL CODE", 18, .code),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOW", 48, .long)]
        case .kegiatan:
            return [region, opd, .init("KODE PROSES", "PROCESS CODE", 14, .code),
                    .init("KODE SUB PROSES", "SUB PROCESS CODE", 16, .code),
                    .init("KODE LINTAS FUNGSI", "CROSS-FUNCTIONAL CODE", 18, .code),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOW", 32, .long), .init("NO", "NO", 6),
                    .init("KEGIATAN", "ACTIVITY", 44, .long), .init("UNIT KERJA TERKAIT", "UNITS INVOLVED", 36, .long),
                    .init("OUTPUT", "OUTPUT", 28, .long), .init("PENANGGUNG JAWAB", "RESPONSIBLE UNIT", 30, .long)]
        case .petaRelasi:
            return []
        case .kamusUnit:
            return [region, opd, .init("NAMA BAKU", "CANONICAL NAME", 36, .long),
                    .init("ALIAS", "ALIASES", 60, .long), .init("KEMUNCULAN", "OCCURRENCES", 12, .count)]
        case .temuan:
            return [region, opd, .init("BERKAS", "FILE", 36), .init("ATURAN", "RULE", 24),
                    .init("TINGKAT", "SEVERITY", 10), .init("LEMBAR", "SHEET", 16), .init("SEL", "CELL", 8),
                    .init("PESAN", "MESSAGE", 60, .long), .init("PERBAIKAN", "FIX", 20, .code)]
        }
    }
}

/// One column of a data sheet: its header in both languages, its width and how its cells look.
struct RegionalColumn {
    enum Kind { case text, long, code, count }

    var id: String
    var en: String
    var width: Double
    var kind: Kind

    init(_ id: String, _ en: String, _ width: Double, _ kind: Kind = .text) {
        self.id = id
        self.en = en
        self.width = width
        self.kind = kind
    }

    func header(_ language: Language) -> String { language == .en ? en : id }

    /// Codes keep the text format so that Excel does not turn an edited `01.10` into 1.1; long
    /// text wraps so that printed pages stay readable.
    var style: CellStyle? {
        switch kind {
        case .text, .count: nil
        case .long: RegionalStyles.wrapped
        case .code: .text
        }
    }
}

/// The looks used in regional workbooks.
enum RegionalStyles {
    static let header = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true, vertical: .center)
    static let wrapped = CellStyle(wrap: true, vertical: .top)
    static let title = CellStyle(bold: true, fontSize: 12)
    static let matrixHeader = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true,
                                        horizontal: .center, vertical: .center, numberFormat: "@")
    static let matrixUnit = CellStyle(border: true, wrap: true, vertical: .center)
    static let matrixCell = CellStyle(border: true, horizontal: .center, vertical: .center)
    static let note = CellStyle(italic: true)
    static let needsFix = CellStyle(fill: .lightRed)
    static let conforms = CellStyle(fill: .lightGreen)
}

/// A value to write: text (always stored as a string, codes included) or a count.
enum RegionalValue: Hashable {
    case text(String)
    case number(Int)
    /// A relative path shown as text and opened as a link to that file.
    case fileLink(String)
}

/// Words written into cells, in both languages.
enum RegionalText {
    static func noUnits(_ language: Language) -> String {
        language == .en ? "(no units in the lintas fungsi tables)" : "(tidak ada unit kerja di tabel lintas fungsi)"
    }

    static func codeLabel(_ language: Language) -> String { language == .en ? "CODE" : "KODE" }
    static func unitLabel(_ language: Language) -> String { language == .en ? "UNIT" : "UNIT KERJA" }
    static let mark = "√"
}
