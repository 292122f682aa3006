import Foundation
import ProsesBisnis
import Spreadsheet

/// The words of the page, in Indonesian and English. Statuses and severities come from the
/// domain's own catalogue (`SubmissionStatus.label`, `TextReport.severityWord`), findings from
/// `laporan.json`, failures from `FailureMessage` and `ServerError`: the page writes none itself.
enum ServerText: String, CaseIterable {
    case title, intro, drop, chooseZip, chooseFolder, uploading, queued, running, done, failed, interrupted
    case progress, report, downloads, jobs, delete, time, state, files, region, opd, status, errors, warnings
    case findings, noFindings, tokenPrompt, tokenSave, language, rekap, regional, validated, database, jsonReport
    case summary, noJobs, open, building
    case fixTitle, fixPreview, fixApply, noChanges, changes, errorsLeft, fixed, cell, old, new, rule
    case templateTitle, templateIntro, prefix, units, templateWrite, maps, perOPD

    var localized: LocalizedText {
        switch self {
        case .title: .init(id: "probis — himpun Peta Proses Bisnis", en: "probis — consolidate business-process maps")
        case .intro: .init(id: "Unggah kiriman OPD (berkas .zip, atau satu folder berisi <wilayah>/<opd>.xlsx). probis memeriksa dan menghimpunnya, lalu menyiapkan REKAP, buku kerja wilayah, buku kerja tervalidasi, basis data dan laporan JSON.",
                           en: "Upload the OPDs' submissions (a .zip, or a folder holding <region>/<opd>.xlsx). probis checks and consolidates them, then prepares REKAP, the regional workbooks, the validated workbooks, the database and the JSON report.")
        case .drop: .init(id: "Seret berkas .zip atau folder kiriman ke sini", en: "Drop a .zip or a folder of submissions here")
        case .chooseZip: .init(id: "Pilih berkas .zip", en: "Choose a .zip file")
        case .chooseFolder: .init(id: "Pilih folder", en: "Choose a folder")
        case .uploading: .init(id: "Mengunggah…", en: "Uploading…")
        case .building: .init(id: "Menyiapkan ZIP dari folder…", en: "Packing the folder as a ZIP…")
        case .queued: .init(id: "Menunggu giliran", en: "Waiting in the queue")
        case .running: .init(id: "Sedang diproses", en: "Running")
        case .done: .init(id: "Selesai", en: "Finished")
        case .failed: .init(id: "Gagal", en: "Failed")
        case .interrupted: .init(id: "Terhenti: server dimatikan sebelum pekerjaan ini selesai.", en: "Interrupted: the server stopped before this job finished.")
        case .progress: .init(id: "Kemajuan", en: "Progress")
        case .report: .init(id: "Laporan", en: "Report")
        case .downloads: .init(id: "Unduhan", en: "Downloads")
        case .jobs: .init(id: "Pekerjaan", en: "Jobs")
        case .delete: .init(id: "Hapus", en: "Delete")
        case .open: .init(id: "Buka", en: "Open")
        case .time: .init(id: "Waktu", en: "Time")
        case .state: .init(id: "Keadaan", en: "State")
        case .files: .init(id: "Berkas", en: "Files")
        case .region: .init(id: "Wilayah", en: "Region")
        case .opd: .init(id: "OPD", en: "OPD")
        case .status: .init(id: "Status", en: "Status")
        case .errors: .init(id: "Galat", en: "Errors")
        case .warnings: .init(id: "Peringatan", en: "Warnings")
        case .findings: .init(id: "Temuan", en: "Findings")
        case .noFindings: .init(id: "Tidak ada temuan.", en: "No findings.")
        case .tokenPrompt: .init(id: "Server ini memerlukan token. Masukkan token dari petugas TI:", en: "This server needs a token. Enter the token from your IT officer:")
        case .tokenSave: .init(id: "Simpan", en: "Save")
        case .language: .init(id: "English", en: "Bahasa Indonesia")
        case .rekap: .init(id: "Rekapitulasi seluruh wilayah", en: "Summary of every region")
        case .regional: .init(id: "Buku kerja wilayah", en: "Regional workbook")
        case .validated: .init(id: "Buku kerja tervalidasi per OPD (satu ZIP)", en: "Validated workbooks per OPD (one ZIP)")
        case .database: .init(id: "Basis data SQLite", en: "SQLite database")
        case .jsonReport: .init(id: "Laporan JSON", en: "JSON report")
        case .summary: .init(id: "wilayah, kiriman, galat, peringatan", en: "regions, submissions, errors, warnings")
        case .noJobs: .init(id: "Belum ada pekerjaan.", en: "No jobs yet.")
        case .fixTitle: .init(id: "Perbaikan otomatis (probis fix)", en: "Automatic corrections (probis fix)")
        case .fixPreview: .init(id: "Pratinjau perbaikan", en: "Preview the corrections")
        case .fixApply: .init(id: "Terapkan perbaikan", en: "Apply the corrections")
        case .noChanges: .init(id: "Tidak ada perubahan.", en: "No changes.")
        case .changes: .init(id: "perubahan", en: "changes")
        case .errorsLeft: .init(id: "galat tersisa setelah perbaikan", en: "errors left after the corrections")
        case .fixed: .init(id: "Buku kerja hasil perbaikan dan daftar perubahan (satu ZIP)", en: "Corrected workbooks and the change log (one ZIP)")
        case .cell: .init(id: "Sel", en: "Cell")
        case .old: .init(id: "Lama", en: "Old")
        case .new: .init(id: "Baru", en: "New")
        case .rule: .init(id: "Aturan", en: "Rule")
        case .templateTitle: .init(id: "Templat untuk OPD (probis template)", en: "A template for an OPD (probis template)")
        case .templateIntro: .init(id: "Buku kerja instrumen kosong dengan petunjuk, daftar pilihan dan kolom kode berformat teks.",
                                   en: "A blank instrument workbook with instructions, dropdowns and text-formatted code columns.")
        case .prefix: .init(id: "Prefiks kode (huruf, mis. MTR)", en: "Code prefix (letters, e.g. MTR)")
        case .units: .init(id: "Unit kerja, dipisah titik koma", en: "Units, separated by semicolons")
        case .templateWrite: .init(id: "Unduh templat", en: "Download the template")
        case .perOPD: .init(id: "Buku kerja tervalidasi satu per satu", en: "Validated workbooks one by one")
        case .maps: .init(id: "Peta proses bisnis (HTML): peta proses, peta relasi dan lintas fungsi per OPD",
                          en: "Business-process maps (HTML): process, relation and cross-function maps per OPD")
        }
    }

    func text(_ language: Language) -> String { localized.text(language) }

    /// Everything the page's script needs, as one JSON object: its words, the statuses and
    /// severities of the report, and the server's limits.
    static func catalogue(_ language: Language, options: ServerOptions) -> [String: Any] {
        var words: [String: String] = [:]
        for key in allCases { words[key.rawValue] = key.text(language) }
        var statuses: [String: String] = [:]
        for status in SubmissionStatus.allCases { statuses[status.id] = status.label(language) }
        var severities: [String: String] = [:]
        for severity in Severity.allCases { severities[severity.rawValue] = TextReport.severityWord(severity, language) }
        return ["language": language.rawValue, "words": words, "statuses": statuses, "severities": severities,
                "tokenRequired": options.token != nil,
                "limits": ["uploadBytes": options.limits.maxUploadBytes, "files": options.limits.maxFiles]]
    }
}
