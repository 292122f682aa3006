/// The classes of DOMAIN.md's "The document around the tables", one per corpus layout.
enum CorpusFurniture: String, CaseIterable, Sendable {
    /// `LAMPIRAN KEPUTUSAN ...`, `NOMOR`, `TANGGAL`, `TENTANG`, a title; tables not at A1.
    case headingsAndLampiran = "headings-and-lampiran"
    /// Place and date, position, name with degrees, rank, NIP after one blank row.
    case signatureUnderTable = "signature-under-table"
    /// The same block right under the last row, in the data columns.
    case signatureWithoutBlankRow = "signature-without-blank-row"
    /// `Mengetahui,` and a dated block side by side.
    case twoSignaturesSideBySide = "two-signatures-side-by-side"
    /// A name without degrees over its NIP, in the name column.
    case signatureNameWithoutDegrees = "signature-name-without-degrees"
    /// `Keterangan:` with a legend of the marks under a lintas fungsi table.
    case keteranganLegend = "keterangan-legend"
    /// `Catatan: ...` and `Sumber: ...` under the Sub Proses table.
    case catatanAndSumberNotes = "catatan-and-sumber-notes"
    /// `JUMLAH` / `Total` rows with numbers in the data columns.
    case totals
    /// `Halaman 1 dari 2`, the title `(2/2)` and the header repeated mid-table.
    case pageFooterAndRepeatedHeader = "page-footer-and-repeated-header"
    /// A title `TABEL 3 ... (n/2)` before each stacked lintas fungsi table.
    case repeatedTitleStackedTables = "repeated-title-stacked-tables"
    /// Column letters `A B C D` as the numbering row; an empty column between NO and PROSES.
    case columnLettersAndSeparatorColumn = "column-letters-and-separator-column"
    /// PENANGGUNG JAWAB merged over two activities; hidden rows holding old data (XLSX).
    case mergedPJAndHiddenRows = "merged-pj-and-hidden-rows"
    /// Identifikasi Proses and Sub Proses side by side on one sheet, a signature under the left.
    case sideBySideTables = "side-by-side-tables"
}

/// Defects planted at known cells.
enum CorpusDefect: String, CaseIterable, Sendable {
    case jenisInvalid, codeDuplicate, dstRowLeft, codeSeparator, parentMismatch, lfNoUnit, lfPJMissing
}

/// The texts of the furniture, as real documents write them.
enum CorpusFurnitureText {
    static func lampiran(_ sheet: inout CorpusSheet, column: Int) {
        sheet.line(["LAMPIRAN KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"], at: column + 2)
        sheet.line(["NOMOR : 050/123/KEP/435.013/2024"], at: column + 2)
        sheet.line(["TANGGAL : 12 AGUSTUS 2024"], at: column + 2)
        sheet.line(["TENTANG : PETA PROSES BISNIS DINAS KOMUNIKASI DAN INFORMATIKA"], at: column + 2)
        sheet.blank()
        sheet.line(["PETA PROSES BISNIS DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUMENEP"], at: column)
        sheet.line(["TABEL 1 IDENTIFIKASI PROSES"], at: column)
        sheet.blank()
    }

    static func signature(_ sheet: inout CorpusSheet, column: Int) {
        sheet.line(["Sumenep, 12 Agustus 2024"], at: column)
        sheet.line(["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"], at: column)
        sheet.line(["KABUPATEN SUMENEP,"], at: column)
        sheet.blank(2)
        sheet.line(["Dr. Ir. SITI AMINAH, M.Si."], at: column)
        sheet.line(["Pembina Tk. I (IV/b)"], at: column)
        sheet.line(["NIP 19681104 199403 2 007"], at: column)
    }

    static func twoSignatures(_ sheet: inout CorpusSheet, left: Int, right: Int) {
        sheet.blank()
        for (a, b) in [("Mengetahui,", "Sumenep, 12 Agustus 2024"), ("a.n. BUPATI SUMENEP", "CAMAT KLAMBU"),
                       ("Sekretaris Daerah", ""), ("", ""), ("Drs. BUDI SANTOSO, M.M.", "RINA WATI, S.Sos., M.AP"),
                       ("Pembina Utama Muda (IV/c)", "Penata Tk. I (III/d)"),
                       ("NIP. 19650101 199003 1 010", "NIP. 19800202 200501 2 003")] {
            let row = sheet.row
            sheet.put([a], row: row, column: left)
            sheet.put([b], row: row, column: right)
            sheet.blank()
        }
    }

    /// Pages pasted together: a footer, a blank row, the title again.
    static func pageBreak(_ sheet: inout CorpusSheet, column: Int, title: String) {
        sheet.line(["Halaman 1 dari 2"], at: column + 2)
        sheet.blank()
        sheet.line([title], at: column)
    }
}
