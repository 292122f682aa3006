import Spreadsheet
import XLSXWriter

/// The expected codes of a template: the prefix given, or `XXX` standing for the OPD's own.
struct TemplateCodes: Sendable {
    let prefix: String?

    var stem: String { prefix ?? "XXX" }
    var proses: String { stem + ".01" }
    var subProses: String { stem + ".01.01" }
    var lintasFungsi: String { stem + ".01.01.01" }

    /// The note under each sheet's title: `MTR.01 (proses) › MTR.01.01 (sub proses) › ...`.
    func pattern(_ language: Language) -> String {
        let en = language == .en
        let levels = "\(proses) (\(en ? "process" : "proses")) › \(subProses) (\(en ? "sub process" : "sub proses")) › \(lintasFungsi) (lintas fungsi)"
        guard prefix == nil else { return levels }
        return levels + (en ? "; XXX = the OPD's abbreviation" : "; XXX = singkatan OPD")
    }
}

/// The notes Excel shows on the template's input cells, in the user's language; Excel limits
/// titles to 32 and messages to 255 characters, which the writer checks.
struct TemplateTexts: Sendable {
    let language: Language
    let codes: TemplateCodes

    private var en: Bool { language == .en }

    var who: InputMessage {
        en ? InputMessage(title: "OPD and region", message: "Write the OPD's name, then its kabupaten/kota, e.g. Dinas Pendidikan — Kota Metro.")
            : InputMessage(title: "Nama OPD dan wilayah", message: "Tulis nama OPD lalu kabupaten/kotanya, misalnya: Dinas Pendidikan — Kota Metro.")
    }

    var prosesNama: InputMessage {
        en ? InputMessage(title: "Process", message: "One business process per row, usually from a strategic target (Sasaran Strategis) of the Renstra.")
            : InputMessage(title: "Nama proses", message: "Satu proses bisnis per baris, mengacu ke Sasaran Strategis Renstra.")
    }

    var prosesKode: InputMessage {
        var note = en ? InputMessage(title: "Process code", message: "Prefix + two-digit number: \(codes.proses), \(codes.stem).02, ... The cell is text, so 01 stays 01.")
            : InputMessage(title: "Kode proses", message: "Prefiks + nomor urut dua digit: \(codes.proses), \(codes.stem).02, ... Sel berformat teks, jadi 01 tetap 01.")
        note.expectation = prefixExpectation
        return note
    }

    /// With a prefix given, a code typed without it (`1.1`, another OPD's `P1`) gets a warning
    /// the moment it is typed, rather than a finding weeks later.
    var prefixExpectation: InputMessage.Expectation? {
        guard let prefix = codes.prefix else { return nil }
        let quoted = prefix.replacingOccurrences(of: "\"", with: "\"\"")
        return InputMessage.Expectation(
            formula: "LEFT({cell},\(prefix.count))=\"\(quoted)\"",
            warningTitle: en ? "Code prefix" : "Awalan kode",
            warning: en ? "This OPD's codes start with \(prefix): \(codes.proses), \(codes.subProses), ... Keep this value anyway?"
                : "Kode OPD ini diawali \(prefix): \(codes.proses), \(codes.subProses), ... Tetap pakai nilai ini?")
    }

    var subProsesNama: InputMessage {
        en ? InputMessage(title: "Sub process", message: "A sub process (from a Program). Before the sub processes of a process, write one group row: the parent process's name and code, without NO.")
            : InputMessage(title: "Nama sub proses", message: "Sub proses (mengacu ke Program). Sebelum sub proses suatu proses, tulis satu baris kelompok: nama dan kode proses induk, tanpa NO.")
    }

    var subProsesKode: InputMessage {
        var note = en ? InputMessage(title: "Sub process code", message: "Parent process code + number: \(codes.subProses), \(codes.proses).02, ... On a group row: the process code (\(codes.proses)).")
            : InputMessage(title: "Kode sub proses", message: "Kode proses induk + nomor urut: \(codes.subProses), \(codes.proses).02, ... Pada baris kelompok: kode proses (\(codes.proses)).")
        note.expectation = prefixExpectation
        return note
    }

    var lintasFungsiNama: InputMessage {
        en ? InputMessage(title: "Lintas fungsi", message: "A cross-functional flow (from a Kegiatan). A further one of the same sub process goes on the next row with NO and SUB PROSES left blank.")
            : InputMessage(title: "Nama lintas fungsi", message: "Lintas fungsi (mengacu ke Kegiatan). Lintas fungsi berikutnya dari sub proses yang sama: baris berikutnya dengan NO dan SUB PROSES kosong.")
    }

    var lintasFungsiKode: InputMessage {
        var note = en ? InputMessage(title: "Lintas fungsi code", message: "Sub process code + number: \(codes.lintasFungsi), \(codes.subProses).02, ...")
            : InputMessage(title: "Kode lintas fungsi", message: "Kode sub proses + nomor urut: \(codes.lintasFungsi), \(codes.subProses).02, ...")
        note.expectation = prefixExpectation
        return note
    }

    /// The value cell of each key/value line, with the code of that level as the example.
    func keyValue(_ line: Int) -> InputMessage {
        let examples = [("Perencanaan", codes.proses), ("Penyusunan Renstra", codes.subProses), ("Penyusunan dokumen", codes.lintasFungsi)]
        let (name, code) = examples[line]
        return en ? InputMessage(title: "Name (code)", message: "Write the name, then its code in brackets, e.g. \(name) (\(code)).")
            : InputMessage(title: "Nama (kode)", message: "Tulis nama lalu kodenya dalam kurung, misalnya: \(name) (\(code)).")
    }

    var kegiatan: InputMessage {
        en ? InputMessage(title: "Activity", message: "One activity per row, in the order they happen.")
            : InputMessage(title: "Kegiatan", message: "Satu aktivitas per baris, sesuai urutan pelaksanaannya.")
    }

    var unitNames: InputMessage {
        en ? InputMessage(title: "Unit names", message: "Replace ***** with the name of a unit (Sekretariat, Bidang ...); clear the columns you do not need.")
            : InputMessage(title: "Nama unit kerja", message: "Ganti ***** dengan nama unit kerja (Sekretariat, Bidang ...); kosongkan kolom yang tidak dipakai.")
    }

    var output: InputMessage {
        en ? InputMessage(title: "Output", message: "What the activity produces (a document, a decision, a service).")
            : InputMessage(title: "Output", message: "Hasil kegiatan (dokumen, keputusan, layanan).")
    }

    /// √ offered in unit columns; other marks are still read as taking part, so only informed.
    var mark: ListValidation {
        ListValidation(
            choices: ["√"],
            inputTitle: en ? "Unit involved" : "Unit terlibat",
            inputMessage: en ? "Choose √ when this unit takes part in the activity; leave blank when it does not."
                : "Pilih √ bila unit ini terlibat dalam kegiatan; kosongkan bila tidak.",
            errorTitle: en ? "Unit mark" : "Tanda unit",
            errorMessage: en ? "Other marks are read as taking part too; use √ to keep the table uniform."
                : "Tanda lain juga dibaca sebagai terlibat; gunakan √ agar seragam.",
            errorStyle: .information)
    }

    /// The unit names of the table's header as a dropdown; several units or a new name are
    /// allowed after a warning (probis's `lf.pj_not_unit` still checks them).
    func penanggungJawab(sheet: String, units: SheetRange) -> ListValidation {
        ListValidation(
            source: .cells(sheet: sheet, range: units),
            inputTitle: en ? "Unit responsible" : "Penanggung jawab",
            inputMessage: en ? "Choose the unit responsible for this activity: one of the unit column headers."
                : "Pilih unit kerja yang bertanggung jawab atas kegiatan ini: salah satu judul kolom unit.",
            errorTitle: en ? "Not a unit of this table" : "Bukan unit tabel ini",
            errorMessage: en ? "This is not a unit column header; write the unit's name as its column header reads."
                : "Nama ini bukan judul kolom unit; tulis nama unit persis seperti judul kolomnya.",
            errorStyle: .warning)
    }
}
