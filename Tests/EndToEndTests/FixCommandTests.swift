import Foundation
import Testing

/// `probis fix` and `probis recode` run as binaries on copies of `Samples/`, up to the goal of
/// the bulk-correction issue: fix, recode --prefix, consolidate, no code error left.
struct FixCommandTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")

    /// A fresh working folder holding a copy of the samples as `masuk/` (the root).
    private func workspace() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: samples, to: base.appendingPathComponent("masuk"))
        return base
    }

    /// Every file under `folder` with its bytes.
    private func contents(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) { result[relative] = data }
        }
        return result
    }

    @Test func provinceFixesRecodesAndConsolidatesWithoutCodeErrors() throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        let fix = try ProbisBinary.run(["fix", "masuk", "--out", "Perbaikan"], in: base)
        #expect(fix.status == 1)  // the Pasuruan collision is still an error
        #expect(fix.stdout.contains("Kota Pasuruan: 2 berkas, 8 perubahan, 40 temuan tersisa (40 galat)"))
        #expect(fix.stdout.contains("Jumlah: 5 berkas, 32 perubahan, 40 galat tersisa."))
        let recode = try ProbisBinary.run(["recode", "Perbaikan", "--prefix", "Kota Pasuruan/Bagian Organisasi=BAGORG.P",
                                           "--prefix", "Kota Pasuruan/DPMPTSP=DPMPTSP.P", "--out", "Perbaikan2"], in: base)
        #expect(recode.status == 0, "\(recode.stderr)")
        #expect(recode.stdout.contains("Kota Pasuruan: 2 berkas, 91 perubahan, 0 temuan tersisa (0 galat)"))
        let consolidate = try ProbisBinary.run(["consolidate", "Perbaikan2", "--out", "Hasil"], in: base)
        #expect(consolidate.status == 0)
        #expect(consolidate.stdout.contains("Jumlah: 4 wilayah, 5 kiriman, 0 galat, 0 peringatan."))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("Hasil/laporan.json"))) as? [String: Any]
        let submissions = report?["submissions"] as? [[String: Any]] ?? []
        let regions = report?["regions"] as? [[String: Any]] ?? []
        let rules = (submissions + regions).flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
        #expect(submissions.count == 5)
        #expect(rules.filter { $0.hasPrefix("code.") || $0.hasPrefix("ref.") || $0 == "region.code_collision" }.isEmpty)
        let dump = try ProbisBinary.run(["dump", "Perbaikan2/Kota Pasuruan/DPMPTSP.xlsx"], in: base)
        #expect(dump.stdout.contains("DPMPTSP.P1.2.1.2"))
    }

    @Test func dryRunPrintsTheChangesAndWritesNothing() throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        let before = contents(base)
        let result = try ProbisBinary.run(["fix", "masuk", "--out", "Perbaikan", "--dry-run", "--json", "laporan.json"], in: base)
        #expect(result.status == 1)
        #expect(result.stdout.contains("== Kota Pasuruan/DPMPTSP.xlsx"))
        #expect(result.stdout.contains("Sub Proses!D8            \"P.1.2.1.2\""))
        #expect(result.stdout.contains("→ \"P1.2.1.2\"   code.separator"))
        #expect(result.stdout.contains("Uji coba (--dry-run): tidak ada berkas yang ditulis."))
        #expect(contents(base) == before)
        let english = try ProbisBinary.run(["fix", "masuk", "--out", "Perbaikan", "--dry-run", "--lang", "en"], in: base)
        #expect(english.stdout.contains("Changes (file, cell, old → new, rule):"))
        #expect(english.stdout.contains("Dry run: nothing was written."))
    }

    @Test func fixingTheOutputAgainChangesNothingAndCheckFindsNoFixedRule() throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        _ = try ProbisBinary.run(["fix", "masuk", "--out", "Perbaikan", "--only", "code.separator, code.numeric,jenis.synonym"], in: base)
        let check = try ProbisBinary.run(["check", "Perbaikan"], in: base)
        for rule in ["code.separator", "code.numeric", "jenis.synonym"] { #expect(!check.stdout.contains(rule), "\(rule)") }
        #expect(check.stdout.contains("Jumlah: 5 kiriman"))  // perubahan.csv is not a submission
        let again = try ProbisBinary.run(["fix", "Perbaikan", "--out", "Perbaikan2"], in: base)
        // The first run left JENIS PROSES case alone (--only): the second run is a full fix.
        #expect(again.stdout.contains("Jumlah: 5 berkas, 2 perubahan, 40 galat tersisa."))
        let third = try ProbisBinary.run(["fix", "Perbaikan2", "--out", "Perbaikan3"], in: base)
        #expect(third.stdout.contains("Jumlah: 5 berkas, 0 perubahan, 40 galat tersisa."))
        let log = FileManager.default.contents(atPath: base.appendingPathComponent("Perbaikan3/perubahan.csv").path)
        #expect(log == Data("\u{FEFF}berkas;sheet;sel;lama;baru;aturan\r\n".utf8))
    }

    @Test(arguments: [
        (["fix", "masuk", "--out", "Perbaikan", "--only", "code.sepparator"], "--only: aturan code.sepparator tidak dikenal"),
        (["fix", "masuk", "--out", "masuk/Perbaikan"], "folder keluaran tidak boleh sama dengan atau berada di dalam masuk"),
        (["fix", "tidak-ada", "--out", "Perbaikan"], "tidak-ada: folder atau berkas tidak ditemukan."),
        (["recode", "masuk", "--out", "Perbaikan"], "recode memerlukan --map"),
        (["recode", "masuk", "--out", "Perbaikan", "--prefix", "Kota Pasuruan/DPMPTSP"], "--prefix \"Kota Pasuruan/DPMPTSP\": tulis"),
    ])
    func commandsThatCannotRunExitTwoAndWriteNothing(arguments: [String], message: String) throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try ProbisBinary.run(arguments, in: base)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("Perbaikan").path))
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("masuk/Perbaikan").path))
    }

    @Test func conflictingMapIsRefusedWithItsLineAndNothingIsWritten() throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("lama;baru;wilayah\nP1;P2;Kota Pasuruan\nMTR.01;MTR.09;Kota Antah\n".utf8).write(to: base.appendingPathComponent("peta.csv"))
        let result = try ProbisBinary.run(["recode", "masuk", "--map", "peta.csv", "--out", "Perbaikan"], in: base)
        #expect(result.status == 2)
        #expect(result.stderr.contains("recode ditolak, tidak ada berkas yang ditulis:"))
        #expect(result.stderr.contains("peta.csv:3: wilayah \"Kota Antah\" tidak memiliki kiriman di folder ini."))
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("Perbaikan").path))
        try Data("lama;baru;wilayah\nP1;P2;Kota Pasuruan\n".utf8).write(to: base.appendingPathComponent("peta.csv"))
        let duplicate = try ProbisBinary.run(["recode", "masuk", "--map", "peta.csv", "--out", "Perbaikan", "--lang", "en"], in: base)
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr.contains("peta.csv:2: the recode would give P2 to two items of Kota Pasuruan/Bagian Organisasi.xlsx"))
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("Perbaikan").path))
    }

    @Test func certainParentMismatchIsFixedWithItsLintasFungsiAndAnAmbiguousOneIsLeftAlone() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-fix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("masuk/Kota Uji/Dinas Uji")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("NO;PROSES;JENIS PROSES;KODE\n1;Perencanaan;Utama;MTR.01\n2;Evaluasi;Utama;MTR.02\n".utf8)
            .write(to: folder.appendingPathComponent("proses.csv"))
        try Data(("NO;SUB PROSES;KODE SUB PROSES;LINTAS FUNGSI;KODE LINTAS FUNGSI\n;Perencanaan;MTR.01;;\n"
            + "1;Penyusunan;MTR.01.01;Renstra;MTR.01.01.01\n2;Pelaporan;MTR.02.01;LKjIP;MTR.02.01.01\n"
            + "3;Pengendalian;MTR.02.03;Monev;MTR.02.03.01\n;Evaluasi;MTR.02;;\n1;Evaluasi Kinerja;MTR.02.02;SAKIP;MTR.02.02.01\n").utf8)
            .write(to: folder.appendingPathComponent("sub-proses.csv"))
        let result = try ProbisBinary.run(["fix", "masuk", "--out", "Perbaikan", "--dry-run"], in: base)
        #expect(result.stdout.contains("== Kota Uji/Dinas Uji/sub-proses.csv"))
        #expect(result.stdout.contains("\"MTR.02.03\"    → \"MTR.01.03\"   code.parent_mismatch"))
        #expect(result.stdout.contains("\"MTR.02.03.01\" → \"MTR.01.03.01\"   code.parent_mismatch"))
        #expect(result.stdout.contains("dibiarkan (tidak pasti, perlu keputusan): Kota Uji/Dinas Uji › sub-proses.csv:4 MTR.02.01 code.parent_mismatch"))
    }

    @Test func recodeByMapCascadesAndAnUnreadableFileDoesNotStopTheBatch() throws {
        let base = try workspace()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("not a workbook".utf8).write(to: base.appendingPathComponent("masuk/Kota Metro/Rusak.xlsx"))
        try Data("old,new,region,opd\nMTR.05,MTR.06,Kota Metro,Dinas Pendidikan Kebudayaan Pemuda dan Olahraga\n".utf8)
            .write(to: base.appendingPathComponent("peta.csv"))
        let result = try ProbisBinary.run(["recode", "masuk", "--map", "peta.csv", "--out", "Perbaikan"], in: base)
        #expect(result.status == 1)  // the unreadable file is an error finding
        #expect(result.stdout.contains("Kota Metro/Rusak.xlsx: tidak terbaca, tidak ditulis"))
        let log = try String(contentsOf: base.appendingPathComponent("Perbaikan/perubahan.csv"), encoding: .utf8)
        for code in ["MTR.06;recode.map", "MTR.06.01;recode.map", "MTR.06.01.01;recode.map", "(MTR.06.01.01);recode.map"] {
            #expect(log.contains(code), "\(code)")
        }
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("Perbaikan/Kota Metro/Rusak.xlsx").path))
    }
}
