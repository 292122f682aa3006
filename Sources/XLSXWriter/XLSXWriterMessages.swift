extension XLSXWriterError {
    /// Both texts of every message, in one switch so a new case cannot ship without its words.
    ///
    /// Longer than the usual 40-line function on purpose: one place for all messages beats
    /// several small switches that drift apart.
    var texts: (id: String, en: String) {
        switch self {
        case .cannotCreateWorkbook(let path):
            return ("Tidak dapat membuat workbook '\(path)'.", "Cannot create workbook '\(path)'.")
        case .outputDirectoryMissing(let path):
            return ("Folder tujuan '\(path)' tidak ada atau tidak dapat ditulisi.",
                    "Output folder '\(path)' does not exist or is not writable.")
        case .workbookClosed:
            return ("Workbook sudah ditutup; tidak dapat ditulisi lagi.",
                    "The workbook is already closed; it cannot be written to again.")
        case .allSheetsHidden:
            return ("Semua sheet disembunyikan; Excel memerlukan sedikitnya satu sheet yang terlihat.",
                    "All sheets are hidden; Excel needs at least one visible sheet.")
        case .library(let function, let code, let detail):
            return ("libxlsxwriter gagal di \(function) (kode \(code)): \(detail)",
                    "libxlsxwriter failed in \(function) (code \(code)): \(detail)")
        case .sheetNameEmpty:
            return ("Nama sheet tidak boleh kosong.", "A sheet name cannot be empty.")
        case .sheetNameTooLong(let name, let length):
            return ("Nama sheet '\(name)' terdiri dari \(length) karakter; Excel membatasi 31 karakter.",
                    "Sheet name '\(name)' has \(length) characters; Excel allows at most 31.")
        case .sheetNameInvalidCharacter(let name, let character):
            return ("Nama sheet '\(name)' memuat karakter '\(character)' yang dilarang Excel ([ ] : * ? / \\).",
                    "Sheet name '\(name)' contains '\(character)', which Excel forbids ([ ] : * ? / \\).")
        case .sheetNameApostrophe(let name):
            return ("Nama sheet '\(name)' tidak boleh diawali atau diakhiri tanda petik (').",
                    "Sheet name '\(name)' cannot start or end with an apostrophe (').")
        case .sheetNameReserved(let name):
            return ("Nama sheet '\(name)' dicadangkan oleh Excel.", "Sheet name '\(name)' is reserved by Excel.")
        case .sheetNameDuplicate(let name, let existing):
            return ("Nama sheet '\(name)' sudah dipakai oleh sheet '\(existing)' (Excel tidak membedakan huruf besar/kecil).",
                    "Sheet name '\(name)' is already used by sheet '\(existing)' (Excel ignores case).")
        case .rowOutOfRange(let sheet, let row):
            return ("\(sheet): baris \(row + 1) di luar batas Excel (1 sampai 1.048.576).",
                    "\(sheet): row \(row + 1) is outside Excel's range (1 to 1,048,576).")
        case .columnOutOfRange(let sheet, let column):
            return ("\(sheet): kolom \(column + 1) di luar batas Excel (A sampai XFD, 16.384 kolom).",
                    "\(sheet): column \(column + 1) is outside Excel's range (A to XFD, 16,384 columns).")
        case .rangeReversed(let sheet, let range):
            return ("\(sheet): rentang dengan sel awal sesudah sel akhir (baris/kolom \(range.firstRow + 1),\(range.firstColumn + 1) > \(range.lastRow + 1),\(range.lastColumn + 1)).",
                    "\(sheet): range whose first cell comes after its last (row/column \(range.firstRow + 1),\(range.firstColumn + 1) > \(range.lastRow + 1),\(range.lastColumn + 1)).")
        case .rowOutOfOrder(let sheet, let row, let lastRow):
            return ("\(sheet): mode hemat memori menulis baris berurutan; baris \(row + 1) datang sesudah baris \(lastRow + 1).",
                    "\(sheet): constant-memory mode writes rows in order; row \(row + 1) came after row \(lastRow + 1).")
        case .textTooLong(let location, let length):
            return ("\(location): teks \(length) karakter melebihi batas Excel 32.767 karakter per sel.",
                    "\(location): text of \(length) characters exceeds Excel's limit of 32,767 per cell.")
        case .numberNotFinite(let location):
            return ("\(location): angka tidak terhingga atau NaN tidak dapat disimpan di Excel.",
                    "\(location): an infinite or NaN number cannot be stored in Excel.")
        case .commentTooLong(let location, let length):
            return ("\(location): komentar \(length) karakter melebihi batas Excel 32.767 karakter.",
                    "\(location): comment of \(length) characters exceeds Excel's limit of 32,767.")
        case .linkLocationTooLong(let location, let length):
            return ("\(location): tujuan tautan \(length) karakter melebihi batas Excel 255 karakter.",
                    "\(location): link target of \(length) characters exceeds Excel's limit of 255.")
        case .tooManyLinks(let sheet):
            return ("\(sheet): lebih dari 65.530 tautan, batas Excel per sheet.",
                    "\(sheet): more than 65,530 links, Excel's limit per sheet.")
        case .mergeSingleCell(let sheet, let range):
            return ("\(sheet)!\(range): Excel tidak dapat menggabungkan satu sel saja.",
                    "\(sheet)!\(range): Excel cannot merge a single cell.")
        case .mergeOverlap(let sheet, let range, let existing):
            return ("\(sheet)!\(range) bertumpang tindih dengan gabungan sel \(existing); Excel akan menganggap berkas rusak.",
                    "\(sheet)!\(range) overlaps merged range \(existing); Excel would report the file as damaged.")
        case .mergeInConstantMemory(let sheet):
            return ("\(sheet): penggabungan sel tidak didukung dalam mode hemat memori.",
                    "\(sheet): merged ranges are not supported in constant-memory mode.")
        case .columnWidthOutOfRange(let sheet, let width):
            return ("\(sheet): lebar kolom \(width) di luar batas Excel (0 sampai 255).",
                    "\(sheet): column width \(width) is outside Excel's range (0 to 255).")
        case .rowHeightOutOfRange(let sheet, let height):
            return ("\(sheet): tinggi baris \(height) di luar batas Excel (0 sampai 409 poin).",
                    "\(sheet): row height \(height) is outside Excel's range (0 to 409 points).")
        case .marginOutOfRange(let sheet, let inches):
            return ("\(sheet): margin \(inches) inci tidak valid (harus 0 sampai 49 inci).",
                    "\(sheet): margin of \(inches) inches is invalid (must be 0 to 49 inches).")
        case .headerFooterTooLong(let sheet, let length):
            return ("\(sheet): kepala/kaki halaman \(length) karakter melebihi batas Excel 255.",
                    "\(sheet): a page header or footer of \(length) characters exceeds Excel's limit of 255.")
        case .tooManyPageBreaks(let sheet, let count):
            return ("\(sheet): \(count) pemisah halaman melebihi batas Excel 1.023.",
                    "\(sheet): \(count) page breaks exceed Excel's limit of 1,023.")
        case .validationListEmpty(let sheet, let range):
            return ("\(sheet)!\(range): daftar pilihan validasi data kosong.",
                    "\(sheet)!\(range): the data validation list is empty.")
        case .validationItemInvalid(let sheet, let range, let item):
            return ("\(sheet)!\(range): pilihan '\(item)' tidak boleh kosong atau memuat koma/tanda kutip ganda.",
                    "\(sheet)!\(range): choice '\(item)' cannot be empty or contain a comma or double quote.")
        case .validationListTooLong(let sheet, let range, let bytes):
            return ("\(sheet)!\(range): daftar pilihan \(bytes) bita UTF-8 (termasuk koma) melebihi batas 255; ambil pilihan dari rentang sel.",
                    "\(sheet)!\(range): the choice list is \(bytes) UTF-8 bytes (with commas), over the limit of 255; take the choices from a cell range.")
        case .validationTextTooLong(let sheet, let range, let field, let length):
            let limit = ExcelLimits.validationTextLimit(field)
            return ("\(sheet)!\(range): \(field.indonesianName) \(length) karakter melebihi batas Excel \(limit).",
                    "\(sheet)!\(range): \(field.englishName) of \(length) characters exceeds Excel's limit of \(limit).")
        case .numberFormatTooLong(let format, let bytes):
            return ("Format angka '\(format)' terlalu panjang (\(bytes) bita; paling banyak 127).",
                    "Number format '\(format)' is too long (\(bytes) bytes; at most 127).")
        case .fontSizeOutOfRange(let size):
            return ("Ukuran huruf \(size) di luar batas Excel (1 sampai 409).",
                    "Font size \(size) is outside Excel's range (1 to 409).")
        case .passwordTooLong(let sheet, let length):
            return ("\(sheet): kata sandi \(length) karakter melebihi batas Excel 255.",
                    "\(sheet): password of \(length) characters exceeds Excel's limit of 255.")
        }
    }
}

extension ValidationTextField {
    var indonesianName: String {
        switch self {
        case .inputTitle: "judul pesan masukan"
        case .inputMessage: "pesan masukan"
        case .errorTitle: "judul pesan galat"
        case .errorMessage: "pesan galat"
        }
    }

    var englishName: String {
        switch self {
        case .inputTitle: "input title"
        case .inputMessage: "input message"
        case .errorTitle: "error title"
        case .errorMessage: "error message"
        }
    }
}
