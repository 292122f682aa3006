import Foundation
import Testing
@testable import ProsesBisnis

/// `fix` on every submission of `Samples/`: the exact changes, then the corrected workbooks
/// read back: nothing fixable is found again, and fixing them again changes nothing.
struct FixSamplesTests {
    static let samples = SamplesTests.root

    /// The corrected workbooks, written once for all tests of this suite.
    static let fixed: (outcome: CorrectionOutcome, out: String) = {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("probis-fix-\(UUID().uuidString)").path
        let outcome = try! CorrectionRun(jobs: 2).run(root: samples, out: out) { FixPlanner().fix($0) }
        return (outcome, out)
    }()

    /// Region by region, a file at the root joins the region its title names: the collision
    /// between it and a file of that region's folder is still found, and it is written there.
    @Test func aFileAtTheRootJoinsTheRegionOfItsTitle() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("probis-fix-root-\(UUID().uuidString)").path
        let out = root + "-keluaran"
        defer { for folder in [root, out] { try? manager.removeItem(atPath: folder) } }
        try manager.createDirectory(atPath: root + "/Kota Pasuruan", withIntermediateDirectories: true)
        try manager.copyItem(atPath: Self.samples + "/Kota Pasuruan/DPMPTSP.xlsx", toPath: root + "/Kota Pasuruan/DPMPTSP.xlsx")
        try manager.copyItem(atPath: Self.samples + "/Kota Pasuruan/Bagian Organisasi.xlsx", toPath: root + "/bo.xlsx")
        let outcome = try CorrectionRun(jobs: 2).run(root: root, out: out) { FixPlanner().fix($0) }
        #expect(outcome.report.submissions.map(\.path) == ["Kota Pasuruan/DPMPTSP.xlsx", "bo.xlsx"])
        #expect(outcome.report.submissions.map(\.region) == ["Kota Pasuruan", "Kota Pasuruan"])
        #expect(outcome.report.submissions.allSatisfy { $0.findings.contains { $0.rule == RegionAnalysis.collisionRule } })
        #expect(outcome.workbooks == ["Kota Pasuruan/DPMPTSP.xlsx", "Kota Pasuruan/Bagian Organisasi Setda.xlsx"])
        #expect(manager.fileExists(atPath: out + "/Kota Pasuruan/Bagian Organisasi Setda.xlsx"))
        #expect(outcome.changeCounts == [4, 4])
    }

    @Test func everySampleGetsExactlyItsChanges() {
        let lines = Self.fixed.outcome.changes.map { "\($0.file) \($0.sheet)!\($0.cell) \($0.old) → \($0.new) \($0.rule)" }
        #expect(lines == [
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Identifikasi Proses!C11 utama  → Utama jenis.case",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Identifikasi Proses!B15 dst... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Identifikasi Proses!C15 dst... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Identifikasi Proses!D15 dst... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Sub Proses!B38 dst.... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Sub Proses!C38 dst.... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Sub Proses!D38 dst.... →  placeholder.remove",
            "Kabupaten Grobogan/Kecamatan Klambu.xlsx Sub Proses!E38 dst.... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Identifikasi Proses!C13 dst... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Identifikasi Proses!D13 dst... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Identifikasi Proses!E13 dst... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Sub Proses!C29 dst.... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Sub Proses!D29 dst.... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Sub Proses!E29 dst.... →  placeholder.remove",
            "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx Sub Proses!F29 dst.... →  placeholder.remove",
            "Kota Pasuruan/Bagian Organisasi.xlsx Identifikasi Proses!C8 dst... →  placeholder.remove",
            "Kota Pasuruan/Bagian Organisasi.xlsx Identifikasi Proses!D8 dst... →  placeholder.remove",
            "Kota Pasuruan/Bagian Organisasi.xlsx Identifikasi Proses!E8 dst... →  placeholder.remove",
            "Kota Pasuruan/Bagian Organisasi.xlsx Sub Proses!D5 1.1 → P1.1 code.numeric",
            "Kota Pasuruan/DPMPTSP.xlsx Identifikasi Proses!D8 Penunjang → Pendukung jenis.synonym",
            "Kota Pasuruan/DPMPTSP.xlsx Identifikasi Proses!D10 Inti → Utama jenis.synonym",
            "Kota Pasuruan/DPMPTSP.xlsx Identifikasi Proses!D11 UTAMA → Utama jenis.case",
            "Kota Pasuruan/DPMPTSP.xlsx Sub Proses!D8 P.1.2.1.2 → P1.2.1.2 code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/identifikasi-proses.csv !D8 BO.04 → BO-04 code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/identifikasi-proses.csv !D10 BO.06 → BO-06 code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/lintas-fungsi-sp4n-lapor.csv !D3 BO.06 Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima) → BO-06 Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima) code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !C18 BO.04 → BO-04 code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !C27 BO.06 → BO-06 code.separator",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !B34 dst.... →  placeholder.remove",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !C34 dst.... →  placeholder.remove",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !D34 dst.... →  placeholder.remove",
            "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv !E34 dst.... →  placeholder.remove",
        ])
    }

    @Test func correctedWorkbooksHoldNoFixableFindingAndFixingThemAgainChangesNothing() throws {
        let run = CorrectionRun(jobs: 2)
        let again = run.correct(try run.load(root: Self.fixed.out, out: Self.fixed.out + "-again")) { FixPlanner().fix($0) }
        #expect(again.count == 5)
        #expect(again.flatMap(\.edits).isEmpty)
        let report = try CheckRun(jobs: 2).run(root: Self.fixed.out)
        let fixable = Set(CorrectionRule.fixable)
        let left = report.submissions.flatMap { submission in submission.findings.filter { fixable.contains($0.rule) } }
        #expect(hits(left).isEmpty)
        // Only the Pasuruan collision is left: recode --prefix resolves it.
        #expect(Set(report.submissions.flatMap { $0.findings.map(\.rule) }) == [RuleID.regionCodeCollision])
    }

    @Test func changeLogFilesAreWrittenBesideTheWorkbooks() throws {
        let csv = try Data(contentsOf: URL(fileURLWithPath: Self.fixed.out + "/perubahan.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.contains("berkas;sheet;sel;lama;baru;aturan\r\n"))
        #expect(text.contains("Kota Pasuruan/Bagian Organisasi.xlsx;Sub Proses;D5;1.1;P1.1;code.numeric\r\n"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.fixed.out + "/perubahan.json")))
        let changes = (json as? [String: Any])?["changes"] as? [[String: String]]
        #expect(changes?.count == 32)
        #expect(changes?[18] == ["file": "Kota Pasuruan/Bagian Organisasi.xlsx", "sheet": "Sub Proses",
                                "cell": "D5", "old": "1.1", "new": "P1.1", "rule": RuleID.codeNumeric.rawValue])
        #expect(ChangeLog.isChangeLog(path: Self.fixed.out + "/perubahan.csv"))
    }
}
