@testable import ProsesBisnis
/// Writes one robustness-corpus submission: the three instrument tables of a small, clean
/// OPD (3 processes, 3 sub processes, 4 lintas fungsi, 2 stacked lintas fungsi tables with 5
/// activities), surrounded and interrupted by one class of document furniture, with the
/// planted defects of the case. It records where each planted defect sits, as the report
/// flattens places (`Sheet!C9`, or `file.csv:9` for CSV).
struct CorpusComposer {
    let furniture: CorpusFurniture
    let defects: Set<CorpusDefect>
    let isCSV: Bool
    let prefix: String
    private(set) var sheets: [CorpusSheet] = []
    private(set) var expected: [String] = []

    init(furniture: CorpusFurniture, defects: Set<CorpusDefect>, isCSV: Bool, prefix: String) {
        self.furniture = furniture
        self.defects = defects
        self.isCSV = isCSV
        self.prefix = prefix
    }

    /// The sheets, in file order (one CSV file each for CSV).
    mutating func compose() {
        if furniture == .sideBySideTables {
            var both = CorpusSheet(name: "Proses dan Sub Proses", startRow: 2)
            let top = both.row
            proses(&both, column: 0)
            let signatureRow = both.row + 1
            both.row = top
            subProses(&both, column: 5)
            signature(&both, column: 1, from: signatureRow)
            sheets = [both]
        } else {
            var proses = CorpusSheet(name: isCSV ? "identifikasi-proses" : "Identifikasi Proses")
            self.proses(&proses, column: furniture == .headingsAndLampiran ? 1 : 0)
            var sub = CorpusSheet(name: isCSV ? "sub-proses" : "Sub Proses")
            subProses(&sub, column: 0)
            sheets = [proses, sub]
        }
        var lintas = CorpusSheet(name: isCSV ? "lintas-fungsi" : "Lintas Fungsi")
        lintasFungsi(&lintas)
        sheets.append(lintas)
    }

    private func place(_ sheet: CorpusSheet, row: Int, column: Int) -> String {
        isCSV ? "\(sheet.name).csv:\(row + 1)" : "\(sheet.name)!\(CorpusSheet.reference(row: row, column: column))"
    }

    private mutating func plant(_ rule: RuleID, _ sheet: CorpusSheet, row: Int, column: Int) {
        expected.append("\(place(sheet, row: row, column: column)) \(rule)")
    }

    // MARK: Identifikasi Proses

    private mutating func proses(_ sheet: inout CorpusSheet, column c: Int) {
        if furniture == .headingsAndLampiran { CorpusFurnitureText.lampiran(&sheet, column: c) }
        let gap = furniture == .columnLettersAndSeparatorColumn
        func cells(_ no: String, _ rest: [String]) -> [String] { gap ? [no, ""] + rest : [no] + rest }
        let nameColumn = c + (gap ? 2 : 1)
        sheet.line(cells("NO", ["PROSES", "JENIS PROSES", "KODE"]), at: c)
        sheet.line(gap ? ["A", "", "B", "C", "D"] : ["(1)", "(2)", "(3)", "(4)"], at: c)
        let items = [("Perencanaan Pembangunan", "Utama", "\(prefix).01"), ("Pengelolaan Keuangan", "Pendukung", "\(prefix).02"),
                     ("Pembinaan Aparatur", "Manajemen", "\(prefix).03")]
        for (index, item) in items.enumerated() {
            if index == 2, furniture == .pageFooterAndRepeatedHeader {
                CorpusFurnitureText.pageBreak(&sheet, column: c, title: "TABEL 1 IDENTIFIKASI PROSES (2/2)")
                sheet.line(cells("NO", ["PROSES", "JENIS PROSES", "KODE"]), at: c)
            }
            if index == 1, furniture == .mergedPJAndHiddenRows, !isCSV {
                sheet.hiddenLine(cells("9", ["Proses versi lama", "Lain-lain", "X.99"]), at: c)
            }
            var jenis = item.1, kode = item.2
            if index == 1, defects.contains(.jenisInvalid) { jenis = "Lain-lain"; plant(RuleID.jenisInvalid, sheet, row: sheet.row, column: nameColumn + 1) }
            if index == 2, defects.contains(.codeDuplicate) { kode = "\(prefix).02"; plant(RuleID.codeDuplicate, sheet, row: sheet.row, column: nameColumn + 2) }
            sheet.line(cells("\(index + 1)", [item.0, jenis, kode]), at: c)
        }
        if defects.contains(.dstRowLeft) {
            plant(RuleID.placeholderLeft, sheet, row: sheet.row, column: nameColumn)
            sheet.line(["dst...", "dst...", "dst..."], at: nameColumn)
        }
        if furniture == .totals { sheet.line(["", "JUMLAH", "", "3"], at: c) }
        if furniture == .sideBySideTables { return }
        switch furniture {
        case .signatureWithoutBlankRow: signature(&sheet, column: nameColumn, from: sheet.row)
        case .twoSignaturesSideBySide: CorpusFurnitureText.twoSignatures(&sheet, left: c, right: nameColumn + 1)
        default: signature(&sheet, column: nameColumn + 1, from: sheet.row + 1)
        }
    }

    private mutating func signature(_ sheet: inout CorpusSheet, column: Int, from row: Int) {
        sheet.row = max(sheet.row, row)
        CorpusFurnitureText.signature(&sheet, column: column)
    }

    // MARK: Sub Proses

    private mutating func subProses(_ sheet: inout CorpusSheet, column c: Int) {
        let header = ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"]
        if furniture == .headingsAndLampiran { sheet.line(["TABEL 2 IDENTIFIKASI SUB PROSES - LINTAS FUNGSI - SOP AP"], at: c); sheet.blank() }
        sheet.line(header, at: c)
        sheet.line(furniture == .columnLettersAndSeparatorColumn ? ["A", "B", "C", "D", "E"] : ["(1)", "(2)", "(3)", "(4)", "(5)"], at: c)
        let p = prefix
        sheet.line(["", "Perencanaan Pembangunan", "\(p).01"], at: c)
        var renjaCode = "\(p).01.02"
        sheet.line(["1", "Penyusunan Renstra", "\(p).01.01", "Penyusunan dokumen Renstra", "\(p).01.01.01"], at: c)
        sheet.line(["", "", "", "Konsultasi publik Renstra", "\(p).01.01.02"], at: c)
        if furniture == .pageFooterAndRepeatedHeader {
            CorpusFurnitureText.pageBreak(&sheet, column: c, title: "TABEL 2 IDENTIFIKASI SUB PROSES (2/2)")
            sheet.line(header, at: c)
        }
        if defects.contains(.codeSeparator) {
            renjaCode = "\(p)-01-02"
            plant(RuleID.codeSeparator, sheet, row: sheet.row, column: c + 2)
        }
        sheet.line(["2", "Penyusunan Renja", renjaCode, "Forum perangkat daerah", "\(p).01.02.01"], at: c)
        sheet.line(["", "Pengelolaan Keuangan", "\(p).02"], at: c)
        let moved = defects.contains(.parentMismatch)
        if moved { plant(RuleID.codeParentMismatch, sheet, row: sheet.row, column: c + 2) }
        let sub = moved ? "\(p).03.01" : "\(p).02.01"
        sheet.line(["1", "Penatausahaan keuangan", sub, "Verifikasi SPJ", "\(sub).01"], at: c)
        switch furniture {
        case .catatanAndSumberNotes:
            sheet.line(["", "Catatan: kode lintas fungsi mengikuti Renstra 2021-2026"], at: c)
            sheet.line(["", "Sumber: Renstra Dinas 2021-2026"], at: c)
        case .signatureNameWithoutDegrees:
            sheet.blank()
            sheet.line(["", "AHMAD FAUZI"], at: c)
            sheet.line(["", "NIP. 19750312 200003 1 004"], at: c)
        case .totals:
            sheet.line(["", "Total", "", "", "4"], at: c)
        case .headingsAndLampiran, .signatureUnderTable, .signatureWithoutBlankRow:
            sheet.blank()
            CorpusFurnitureText.signature(&sheet, column: c + 3)
        default:
            break
        }
    }

    // MARK: Lintas Fungsi

    private static let units = ["Sekretariat", "Bidang Program", "Subbag Keuangan"]

    private mutating func lintasFungsi(_ sheet: inout CorpusSheet) {
        let p = prefix
        let first: [(String, [Int], String, String)] = [
            ("Menyusun rancangan dokumen", [0, 1], "Rancangan", "Bidang Program"),
            ("Membahas rancangan bersama unit", [0, 1, 2], "Berita acara", "Sekretariat"),
            ("Menetapkan dokumen", defects.contains(.lfNoUnit) ? [] : [0], "Dokumen", "Sekretariat"),
        ]
        let second: [(String, [Int], String, String)] = [
            ("Mengundang peserta konsultasi", [0], "Undangan", "Sekretariat"),
            ("Melaksanakan konsultasi publik", [1, 2], "Notulen", defects.contains(.lfPJMissing) ? "" : "Bidang Program"),
        ]
        table(&sheet, part: 1, codes: ("\(p).01", "\(p).01.01", "\(p).01.01.01"), names: ("Perencanaan Pembangunan",
              "Penyusunan Renstra", "Penyusunan dokumen Renstra"), activities: first)
        sheet.blank(2)
        table(&sheet, part: 2, codes: ("\(p).01", "\(p).01.01", "\(p).01.01.02"), names: ("Perencanaan Pembangunan",
              "Penyusunan Renstra", "Konsultasi publik Renstra"), activities: second)
        switch furniture {
        case .keteranganLegend:
            sheet.blank()
            sheet.line(["", "Keterangan:"])
            sheet.line(["", "√ : unit kerja terlibat dalam kegiatan", "√", "", "", "Output: hasil kegiatan"])
        case .signatureUnderTable, .twoSignaturesSideBySide, .mergedPJAndHiddenRows:
            sheet.blank()
            CorpusFurnitureText.signature(&sheet, column: 5)
        default:
            break
        }
    }

    private mutating func table(_ sheet: inout CorpusSheet, part: Int, codes: (String, String, String),
                                names: (String, String, String), activities: [(String, [Int], String, String)]) {
        if furniture == .repeatedTitleStackedTables || furniture == .headingsAndLampiran {
            let title = "TABEL 3 IDENTIFIKASI LINTAS FUNGSI (\(part)/2)"
            if !isCSV { sheet.merge(rows: sheet.row...sheet.row, columns: 0...6) }
            sheet.line([title])
            sheet.blank()
        }
        sheet.line(["PROSES (KODE PROSES)", ": \(names.0) (\(codes.0))"])
        sheet.line(["SUB PROSES (KODE SUB PROSES)", ": \(names.1) (\(codes.1))"])
        sheet.line(["LINTAS FUNGSI (KODE LINTAS FUNGSI)", ": \(names.2) (\(codes.2))"])
        sheet.blank()
        unitHeader(&sheet)
        for (index, activity) in activities.enumerated() {
            if part == 1, index == 2, furniture == .pageFooterAndRepeatedHeader {
                CorpusFurnitureText.pageBreak(&sheet, column: 0, title: "TABEL 3 IDENTIFIKASI LINTAS FUNGSI (lanjutan)")
                unitHeader(&sheet)
            }
            if part == 1, index == 1, furniture == .mergedPJAndHiddenRows, !isCSV {
                sheet.hiddenLine(["", "Catatan lama: revisi", "v", "v", "v", "", "Sekretariat"])
            }
            var marks = ["", "", ""]
            for unit in activity.1 { marks[unit] = "√" }
            let row = sheet.row
            if activity.1.isEmpty { plant(RuleID.lfNoUnit, sheet, row: row, column: 2) }
            if activity.3.isEmpty { plant(RuleID.lfPJMissing, sheet, row: row, column: 6) }
            let mergedPJ = furniture == .mergedPJAndHiddenRows && !isCSV && part == 1 && index >= 1
            sheet.line(["\(index + 1)", activity.0] + marks + [activity.2, mergedPJ && index == 2 ? "" : activity.3])
            if mergedPJ, index == 2 { sheet.merge(rows: (row - 1)...row, columns: 6...6) }
        }
        if part == 1, furniture == .totals { sheet.line(["", "Jumlah", "3", "2", "1"]) }
    }

    private mutating func unitHeader(_ sheet: inout CorpusSheet) {
        let row = sheet.row
        sheet.line(["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "", "", "OUTPUT", "PENANGGUNG JAWAB"])
        sheet.line(["", ""] + Self.units)
        if !isCSV {
            sheet.merge(rows: row...row, columns: 2...4)
            for column in [0, 1, 5, 6] { sheet.merge(rows: row...(row + 1), columns: column...column) }
        }
    }
}
