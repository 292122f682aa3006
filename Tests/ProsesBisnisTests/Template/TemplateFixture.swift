import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// A template for Dinas Pendidikan, Kota Metro, filled in its own layout with two processes,
/// three sub processes, four lintas fungsi and their activities (Kota Metro's clean codes).
enum TemplateFixture {
    static let units = ["Sekretariat", "Bidang PAUD", "Bidang Pendidikan Dasar"]

    static func options(units: [String] = units, language: Language = .id) throws -> TemplateOptions {
        try TemplateOptions(region: "Kota Metro", opd: "Dinas Pendidikan", prefix: "MTR", units: units, language: language,
                            emptyRows: .init(proses: 5, subProses: 5, kegiatan: 3))
    }

    static let content = TemplateContent(proses: [
        TemplateProses(nama: "Perencanaan dan Evaluasi", jenis: "Manajemen", kode: "MTR.01", subProses: [
            TemplateSubProses(nama: "Penyusunan Renstra", kode: "MTR.01.01", lintasFungsi: [
                TemplateLintasFungsi(nama: "Penyusunan dokumen Renstra", kode: "MTR.01.01.01", kegiatan: [
                    TemplateKegiatan(uraian: "Menyusun rancangan awal", units: ["Sekretariat"], output: "Rancangan awal",
                                     penanggungJawab: "Sekretariat"),
                    TemplateKegiatan(uraian: "Membahas rancangan dengan bidang", units: ["Sekretariat", "Bidang PAUD", "Bidang Pendidikan Dasar"],
                                     output: "Berita acara", penanggungJawab: "Sekretariat"),
                ]),
                TemplateLintasFungsi(nama: "Reviu dokumen Renstra", kode: "MTR.01.01.02", kegiatan: [
                    TemplateKegiatan(uraian: "Mereviu dokumen", units: ["Bidang PAUD"], output: "Catatan reviu",
                                     penanggungJawab: "Bidang PAUD"),
                ]),
            ]),
            TemplateSubProses(nama: "Evaluasi Kinerja", kode: "MTR.01.02", lintasFungsi: [
                TemplateLintasFungsi(nama: "Penyusunan LKjIP", kode: "MTR.01.02.01", kegiatan: [
                    TemplateKegiatan(uraian: "Mengumpulkan data kinerja", units: ["Bidang PAUD", "Bidang Pendidikan Dasar"],
                                     output: "Data kinerja", penanggungJawab: "Sekretariat"),
                ]),
            ]),
        ]),
        TemplateProses(nama: "Pelayanan Pendidikan Dasar", jenis: "Utama", kode: "MTR.02", subProses: [
            TemplateSubProses(nama: "Penerimaan Peserta Didik Baru", kode: "MTR.02.01", lintasFungsi: [
                TemplateLintasFungsi(nama: "Seleksi peserta didik", kode: "MTR.02.01.01", kegiatan: [
                    TemplateKegiatan(uraian: "Mengumumkan jadwal", units: ["Bidang Pendidikan Dasar"], output: "Pengumuman",
                                     penanggungJawab: "Bidang Pendidikan Dasar"),
                    TemplateKegiatan(uraian: "Menetapkan hasil seleksi", units: ["Sekretariat", "Bidang Pendidikan Dasar"],
                                     output: "Keputusan", penanggungJawab: "Bidang Pendidikan Dasar"),
                ]),
            ]),
        ]),
        TemplateProses(nama: "Pengelolaan Keuangan", jenis: "Pendukung", kode: "MTR.03"),
    ])

    /// A fresh folder under the system temp dir for one test's files.
    static func folder(_ label: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("probis-template-\(label.filter { $0.isLetter })-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads a written file as `probis check` does (identity from the title rows, since the
    /// file stands alone) and runs every rule.
    static func check(_ path: String) throws -> CheckedSubmission {
        let source = try #require(try SubmissionSource.discover(root: path).first)
        return RuleCatalogue.checkWithStyle(SubmissionLoader().load(source))
    }
}

extension Optional where Wrapped == FieldValue {
    /// The text read, `""` when the cell was empty.
    var readText: String { self?.text ?? "" }
}
