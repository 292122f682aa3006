import Foundation
import Spreadsheet
@testable import ProsesBisnis

/// Two small OPDs of one region, built by hand, with the rows a regional workbook must show.
///
/// Dinas A spells its Subbagian Umum four ways, leaves the PROSES and SUB PROSES lines out of
/// its second lintas fungsi table (found by structure), and has one error and one warning.
/// Dinas B is clean and writes `Inti` for Utama.
enum RegionalFixture {
    typealias Activity = SubmissionBuilder.Activity
    typealias Item = (submission: Submission, summary: SubmissionSummary, workbookLink: String?)

    static func dinasA(region: String = "Kota Uji") -> Submission {
        var b = builder("Dinas A", region: region)
        b.proses(2, "Perencanaan", "Utama", "MTR.01")
        b.proses(3, "Kepegawaian", "Penunjang", "MTR.02")
        b.group(2, "Perencanaan", "MTR.01")
        b.sub(3, "Penyusunan Renstra", "MTR.01.01", lintas: "Penyusunan dokumen", "MTR.01.01.01")
        b.group(4, "Kepegawaian", "MTR.02")
        b.sub(5, "Administrasi ASN", "MTR.02.01", lintas: "Mutasi pegawai", "MTR.02.01.01")
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01",
                units: ["Sekretariat", "Subbag Umum dan Kepegawaian", "Bidang Perencanaan"],
                [Activity(uraian: "Menyusun rancangan", units: [0, 1], pj: "Sekretaris"),
                 Activity(uraian: "Membahas rancangan", units: [1, 2], pj: "Kasubbag Umum / Kabid Perencanaan")])
        b.table(20, proses: nil, sub: nil, lintas: "MTR.02.01.01", units: ["Sub Bagian Umum & Kepegawaian"],
                [Activity(uraian: "Memproses mutasi", units: [0], pj: "Subbag Umum")])
        setOutput(&b, table: 0, kegiatan: 0, "Rancangan Renstra")
        setOutput(&b, table: 0, kegiatan: 1, "Berita acara")
        setOutput(&b, table: 1, kegiatan: 0, "SK Mutasi")
        b.submission.findings = [
            Finding(rule: RuleID.codeMissing, severity: .error, table: .proses,
                    location: ProsesBisnis.SourceLocation(sheet: "Proses", row: 3, column: 3),
                    message: LocalizedText(id: "Kode proses kosong.", en: "The process code is empty.")),
            Finding(rule: RuleID.jenisSynonym, severity: .warning, table: .proses,
                    location: ProsesBisnis.SourceLocation(sheet: "Proses", row: 2, column: 2),
                    message: LocalizedText(id: "Penunjang berarti Pendukung.", en: "Penunjang means Pendukung."), fix: "Pendukung"),
        ]
        return b.submission
    }

    static func dinasB(region: String = "Kota Uji") -> Submission {
        var b = builder("Dinas B", region: region)
        b.proses(2, "Perizinan", "Inti", "P1")
        b.group(2, "Perizinan", "P1")
        b.sub(3, "Pelayanan izin", "P1.1", lintas: "Penerbitan izin", "P1.1.1")
        b.table(1, proses: "P1", sub: "P1.1", lintas: "P1.1.1", units: ["Seksi Perizinan", "Sekretariat"],
                [Activity(uraian: "Menerima berkas", units: [0], pj: "Seksi Perizinan"),
                 Activity(uraian: "Menandatangani izin", units: [0, 1], pj: "Sekretaris")])
        return b.submission
    }

    static let regionFinding = Finding(
        rule: RuleID.regionCodeCollision, severity: .error, code: "P1",
        message: LocalizedText(id: "Kode P1 dipakai 2 OPD untuk hal berbeda.", en: "Code P1 is used by 2 OPDs for different things."))

    /// The submissions with their summaries and links, as `RegionalWorkbookWriter.append` takes them.
    static func items(_ submissions: [Submission]) -> [Item] {
        submissions.map { submission in
            let summary = SubmissionSummary(CheckedSubmission(submission: submission, codeStyle: nil))
            let link: String? = submission.opd == "Dinas A" ? "validasi/\(submission.opd).xlsx" : nil
            return (submission, summary, link)
        }
    }

    private static func builder(_ opd: String, region: String) -> SubmissionBuilder {
        var b = SubmissionBuilder()
        b.submission.opd = opd
        b.submission.region = region
        b.submission.path = "\(region)/\(opd).xlsx"
        return b
    }

    private static func setOutput(_ b: inout SubmissionBuilder, table: Int, kegiatan: Int, _ text: String) {
        let row = b.submission.tabelLintasFungsi[table].kegiatan[kegiatan].location.row + 1
        b.submission.tabelLintasFungsi[table].kegiatan[kegiatan].output = SubmissionBuilder.field("Lintas Fungsi", "H\(row)", text)
    }
}

/// A fresh folder for one test's workbooks.
func regionalTemporaryFolder(_ label: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("probis-regional-\(label.filter { $0.isLetter })-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A sheet as rows of displayed texts, empty rows kept, each row cut after its last value.
func regionalGrid(_ sheet: Sheet) -> [[String]] {
    guard let extent = sheet.usedExtent else { return [] }
    var rows = Array(repeating: [String](), count: extent.row + 1)
    for cell in sheet.cells {
        let text = cell.value.displayText
        guard !text.isEmpty else { continue }
        while rows[cell.row].count < cell.column { rows[cell.row].append("") }
        rows[cell.row].append(text)
    }
    return rows
}

/// One part of an XLSX file, read with `unzip -p` (a pattern such as `xl/comments*.xml` joins
/// all matches). Shared by the workbook tests of this target.
func zipPart(_ part: String, of path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", path, part]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
