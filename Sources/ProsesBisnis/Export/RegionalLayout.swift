import Spreadsheet
import XLSXWriter

/// The sheets of a regional workbook with their columns, in tab order (REKAP takes some: `RekapSheet`).
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
    /// Widths are chosen for print: fitted to the width of landscape A4, the widest sheet
    /// (Kegiatan) still prints at about three quarters of full size; names wrap.
    var columns: [RegionalColumn] {
        let region = RegionalColumn("WILAYAH", "REGION", 14), opd = RegionalColumn("OPD", "OPD", 20)
        switch self {
        case .ringkasan:
            return [.init("WILAYAH", "REGION", 18), .init("OPD", "OPD", 26), .init("BERKAS", "FILE", 28),
                    .init("PROSES", "PROCESSES", 9, .count), .init("SUB PROSES", "SUB PROCESSES", 9, .count),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOWS", 10, .count), .init("AKTIVITAS", "ACTIVITIES", 10, .count),
                    .init("GALAT", "ERRORS", 8, .count), .init("PERINGATAN", "WARNINGS", 13, .count),
                    .init("STATUS", "STATUS", 15), .init("BUKU KERJA TERVALIDASI", "VALIDATED WORKBOOK", 34)]
        case .proses:
            return [region, opd, .init("KODE PROSES", "PROCESS CODE", 12, .code), .init("PROSES", "PROCESS", 44, .long),
                    .init("JENIS PROSES", "PROCESS TYPE", 12)]
        case .subProses:
            return [region, opd, .init("KODE PROSES", "PROCESS CODE", 12, .code),
                    .init("KODE SUB PROSES", "SUB PROCESS CODE", 14, .code), .init("SUB PROSES", "SUB PROCESS", 48, .long)]
        case .lintasFungsi:
            return [region, opd, .init("KODE SUB PROSES", "SUB PROCESS CODE", 16, .code),
                    .init("KODE LINTAS FUNGSI", "CROSS-FUNCTIONAL CODE", 21, .code),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOW", 48, .long)]
        case .kegiatan:
            return [.init("WILAYAH", "REGION", 12), .init("OPD", "OPD", 18), .init("KODE PROSES", "PROCESS CODE", 10, .code),
                    .init("KODE SUB PROSES", "SUB PROCESS CODE", 14, .code),
                    .init("KODE LINTAS FUNGSI", "CROSS-FUNCTIONAL CODE", 20, .code),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOW", 20, .long), .init("NO", "NO", 5),
                    .init("KEGIATAN", "ACTIVITY", 30, .long), .init("UNIT KERJA TERKAIT", "UNITS INVOLVED", 26, .long),
                    .init("OUTPUT", "OUTPUT", 20, .long), .init("PENANGGUNG JAWAB", "RESPONSIBLE UNIT", 20, .long)]
        case .petaRelasi:
            return []
        case .kamusUnit:
            return [region, opd, .init("NAMA BAKU", "CANONICAL NAME", 30, .long),
                    .init("ALIAS", "ALIASES", 50, .long), .init("KEMUNCULAN", "OCCURRENCES", 12, .count)]
        case .temuan:
            return [region, opd, .init("BERKAS", "FILE", 24), .init("ATURAN", "RULE", 20, .code),
                    .init("TINGKAT", "SEVERITY", 10), .init("LEMBAR", "SHEET", 14), .init("SEL", "CELL", 7),
                    .init("PESAN", "MESSAGE", 50, .long), .init("PERBAIKAN", "FIX", 16, .code)]
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

    /// Codes keep the text format so that Excel does not turn an edited `01.10` into 1.1;
    /// text wraps (and its row grows) so that printed pages show it whole; every cell sits at
    /// the top of its row, so that a row of several lines reads across.
    var style: CellStyle? {
        switch kind {
        case .text, .long: RegionalStyles.wrapped
        case .count: RegionalStyles.count
        case .code: RegionalStyles.code
        }
    }
}

/// The looks used in regional workbooks.
enum RegionalStyles {
    static let header = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true, vertical: .center)
    /// Data cells are bordered, so that printed rows of several lines stay apart.
    static let wrapped = CellStyle(border: true, wrap: true, vertical: .top)
    static let count = CellStyle(border: true, vertical: .top)
    static let code = CellStyle(border: true, wrap: true, vertical: .top, numberFormat: "@")
    static let title = CellStyle(bold: true, fontSize: 12)
    static let sheetTitle = CellStyle(bold: true, fontSize: 14)
    static let legendLabel = CellStyle(italic: true, wrap: true, horizontal: .right, vertical: .top)
    static let totals = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true, vertical: .top)
    static let matrixHeader = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true,
                                        horizontal: .center, vertical: .center, numberFormat: "@")
    static let matrixUnit = CellStyle(border: true, wrap: true, vertical: .center)
    static let matrixCell = CellStyle(border: true, horizontal: .center, vertical: .center)
    static let note = CellStyle(italic: true)
    static let needsFix = CellStyle(fill: .lightRed, border: true, wrap: true, vertical: .top)
    static let conforms = CellStyle(fill: .lightGreen, border: true, wrap: true, vertical: .top)
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
