import Spreadsheet
import XLSXWriter

/// The `Petunjuk` sheet: how to fill each sheet, the code pattern, the unit marks and what
/// must not be changed, in the user's language. Every line is one long sentence in column B,
/// so the reader never mistakes it for a table header.
extension TemplatePlanner {
    static let petunjukSheetName = "Petunjuk"

    func petunjukSheet() -> TemplateSheet {
        var sheet = TemplateSheet(name: Self.petunjukSheetName)
        sheet.readOnly = true
        let en = options.language == .en
        sheet.plan.add(en ? "HOW TO FILL IN THE PETA PROSES BISNIS INSTRUMENT" : "PETUNJUK PENGISIAN INSTRUMEN PETA PROSES BISNIS",
                       row: 0, columns: 0...1, .title)
        let who = [options.opd, options.region].filter { !$0.isEmpty }.joined(separator: " — ")
        sheet.plan.add(who, row: 1, columns: 0...1, .subtitle)
        var row = 3
        for (heading, lines) in sections(en) {
            sheet.plan.add(heading, row: row, columns: 0...1, .key)
            row += 1
            for (index, line) in lines.enumerated() {
                sheet.plan.add(PlannedCell(row, 0, "\(index + 1).", .value))
                sheet.plan.add(PlannedCell(row, 1, line, .value))
                row += 1
            }
            row += 1
        }
        sheet.plan.widths = [5, 110]
        return sheet
    }

    private func sections(_ en: Bool) -> [(String, [String])] {
        en ? englishSections : indonesianSections
    }

    private var unitLine: (id: String, en: String) {
        guard !options.units.isEmpty else {
            return ("Ganti setiap ***** di bawah UNIT KERJA TERKAIT dengan nama unit kerja (Sekretariat, Bidang ..., Seksi ...); kosongkan kolom yang tidak dipakai.",
                    "Replace each ***** under UNIT KERJA TERKAIT with the name of a unit (Sekretariat, Bidang ..., Seksi ...); clear the columns you do not need.")
        }
        let list = options.units.joined(separator: ", ")
        return ("Kolom unit sudah berisi unit kerja OPD: \(list). Nama unit dikunci agar sama di setiap tabel.",
                "The unit columns already name the OPD's units: \(list). They are locked so every table uses the same names.")
    }

    private var lastColumn: String {
        CellAddress.columnName(LintasFungsiTableLayout(top: 0, unitCount: options.unitHeaders.count).penanggungJawab)
    }

    private var indonesianSections: [(String, [String])] {
        [("Umum", [
            "Isi hanya sel bertepi di bawah baris petunjuk (huruf miring abu-abu). Judul, judul kolom, baris nomor (1) (2) ... dan baris petunjuk dikunci; baris petunjuk tidak dibaca sebagai data.",
            "Jika baris kurang, sisipkan baris di antara baris isian (klik kanan nomor baris › Sisipkan); format, daftar pilihan dan pesan bantuan ikut terbawa.",
            "Pola kode: \(codes.pattern(.id)). Kode anak selalu diawali kode induknya, dengan nomor urut dua digit. Sel kode berformat teks, jadi 01 tetap 01.",
            "Pilih sel untuk melihat pesan bantuannya. Simpan dan kirim kembali berkas ini dalam format .xlsx.",
        ]), ("1. Lembar Identifikasi Proses", [
            "Satu proses bisnis per baris, mengacu ke Sasaran Strategis: NO, nama PROSES, JENIS PROSES dari daftar pilihan (Utama, Manajemen, Pendukung) dan KODE (contoh: \(codes.proses)).",
        ]), ("2. Lembar Sub Proses", [
            "Sebelum sub proses suatu proses, tulis satu baris kelompok: nama proses induk di kolom SUB PROSES dan kodenya (\(codes.proses)) di KODE SUB PROSES, tanpa NO.",
            "Satu sub proses per baris, mengacu ke Program, dengan kode proses induk + nomor urut (contoh: \(codes.subProses)), bersama lintas fungsi pertamanya (mengacu ke Kegiatan) dan kodenya (contoh: \(codes.lintasFungsi)).",
            "Lintas fungsi berikutnya dari sub proses yang sama ditulis di baris berikutnya dengan NO dan SUB PROSES dikosongkan.",
        ]), ("3. Lembar Lintas Fungsi", [
            "Satu tabel untuk setiap lintas fungsi. Isi tiga baris di atasnya dengan nama lalu kode dalam kurung, sama dengan lembar Sub Proses, misalnya: Perencanaan (\(codes.proses)).",
            unitLine.id,
            "Satu kegiatan per baris, berurutan. Beri tanda √ (dari daftar pilihan) di kolom setiap unit yang terlibat dan kosongkan kolom unit lainnya; setiap kegiatan melibatkan sedikitnya satu unit.",
            "OUTPUT: hasil kegiatan. PENANGGUNG JAWAB: pilih dari daftar salah satu unit yang menjadi judul kolom unit.",
            "Untuk lintas fungsi berikutnya, salin seluruh tabel (baris PROSES sampai baris kegiatan terakhir, kolom A sampai \(lastColumn)) lalu tempel di bawahnya dengan satu baris kosong di antaranya; atau salin lembar ini (klik kanan tab › Pindahkan atau Salin › Buat salinan).",
        ]), ("Jangan diubah", [
            "Nama lembar, urutan dan judul kolom, baris nomor dan baris petunjuk, serta teks kunci seperti PROSES (KODE PROSES) : pada tabel lintas fungsi.",
            "Jangan menggabungkan sel dan jangan menulis di luar tabel; lembar yang disembunyikan tidak dibaca sebagai data.",
        ])]
    }

    private var englishSections: [(String, [String])] {
        [("General", [
            "Fill in only the bordered cells below the hint row (grey italics). Titles, column headers, the numbering row (1) (2) ... and the hint row are locked; the hint row is not read as data.",
            "When you need more rows, insert rows between the input rows (right-click a row number › Insert); formats, dropdowns and help notes come along.",
            "Code pattern: \(codes.pattern(.en)). A child's code always starts with its parent's code and adds a two-digit number. Code cells are text, so 01 stays 01.",
            "Select a cell to see its help note. Save and send this file back as .xlsx.",
        ]), ("1. Identifikasi Proses sheet", [
            "One business process per row, from a strategic target: NO, the PROSES name, JENIS PROSES from the dropdown (Utama, Manajemen, Pendukung) and KODE (e.g. \(codes.proses)).",
        ]), ("2. Sub Proses sheet", [
            "Before the sub processes of a process, write one group row: the parent process's name under SUB PROSES and its code (\(codes.proses)) under KODE SUB PROSES, without NO.",
            "One sub process per row, from a Program, coded parent code + number (e.g. \(codes.subProses)), with its first lintas fungsi (from a Kegiatan) and that code (e.g. \(codes.lintasFungsi)).",
            "A further lintas fungsi of the same sub process goes on the next row with NO and SUB PROSES left blank.",
        ]), ("3. Lintas Fungsi sheet", [
            "One table per lintas fungsi. Fill the three lines above it with the name and then the code in brackets, as on the Sub Proses sheet, e.g. Perencanaan (\(codes.proses)).",
            unitLine.en,
            "One activity per row, in order. Put √ (from the dropdown) in the column of each unit taking part and leave the other unit columns blank; every activity involves at least one unit.",
            "OUTPUT: what the activity produces. PENANGGUNG JAWAB: choose from the dropdown one of the units heading the unit columns.",
            "For a further lintas fungsi, copy the whole table (from the PROSES line to the last activity row, columns A to \(lastColumn)) and paste it below with one blank row between; or copy this sheet (right-click the tab › Move or Copy › Create a copy).",
        ]), ("Do not change", [
            "Sheet names, the order and headers of columns, the numbering and hint rows, and key texts such as PROSES (KODE PROSES) : of the lintas fungsi tables.",
            "Do not merge cells or write outside the tables; hidden sheets are not read as data.",
        ])]
    }
}
