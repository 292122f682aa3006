import Spreadsheet

/// What to tell a user about a file that is not a spreadsheet probis reads: what it is (from
/// its bytes) and what to do with it.
enum ForeignFile {
    /// Kinds that are spreadsheets probis reads: a read failure there is the reader's to explain.
    static func isSpreadsheet(_ kind: FileKind) -> Bool {
        SpreadsheetReader.readableKinds.contains(kind)
    }

    /// The `table.unreadable` message for a file of `kind`.
    static func message(_ kind: FileKind) -> LocalizedText {
        let (what, whatEN) = name(kind)
        let (todo, todoEN) = advice(kind)
        return LocalizedText(id: "Berkas ini \(what), bukan tabel instrumen yang dapat dibaca probis. \(todo)",
                             en: "This file is \(whatEN), not an instrument table probis can read. \(todoEN)")
    }

    private static func name(_ kind: FileKind) -> (String, String) {
        switch kind {
        case .xlsx: ("buku kerja Excel (.xlsx)", "an Excel workbook (.xlsx)")
        case .xlsb: ("buku kerja biner Excel (.xlsb)", "a binary Excel workbook (.xlsb)")
        case .ods: ("lembar kerja OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)")
        case .numbers: ("dokumen Apple Numbers", "an Apple Numbers document")
        case .xls: ("buku kerja Excel 97-2003 (.xls)", "an Excel 97-2003 workbook (.xls)")
        case .encryptedOffice: ("dokumen Office berkata sandi", "a password-protected Office document")
        case .legacyWord, .docx, .rtf, .odt: ("dokumen pengolah kata (Word)", "a word-processor (Word) document")
        case .legacyPowerPoint, .pptx: ("presentasi (PowerPoint)", "a presentation (PowerPoint)")
        case .pdf: ("dokumen PDF", "a PDF document")
        case .html: ("halaman web (HTML)", "a web page (HTML)")
        case .png, .jpeg, .gif: ("gambar", "an image")
        case .zip: ("arsip ZIP", "a ZIP archive")
        case .csvText: ("berkas teks biasa", "a plain text file")
        case .empty: ("kosong (0 bita)", "empty (0 bytes)")
        case .unknown: ("berformat yang tidak dikenal", "of an unknown format")
        }
    }

    private static func advice(_ kind: FileKind) -> (String, String) {
        switch kind {
        case .zip:
            ("Ekstrak isinya ke folder kiriman lalu jalankan lagi.", "Extract it into the submissions folder and run again.")
        case .csvText:
            ("Jika isinya tabel CSV, beri nama berakhiran .csv.", "If it holds a CSV table, give it a name ending in .csv.")
        case .encryptedOffice:
            ("Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.", "Open it in Excel, remove the password, then save it as .xlsx.")
        case .pdf, .png, .jpeg, .gif:
            ("Mintalah OPD mengirim tabelnya dalam Excel (.xlsx) atau CSV.", "Ask the OPD to send its tables as Excel (.xlsx) or CSV.")
        default:
            ("Simpan ulang tabelnya sebagai buku kerja Excel (.xlsx) atau CSV.", "Save the tables again as an Excel workbook (.xlsx) or CSV.")
        }
    }
}
