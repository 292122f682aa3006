import Foundation
import Testing

/// `probis convert` run as a binary on the seed 000 workshop worksheets in
/// `Samples-lokakarya/`, then the drafts checked and consolidated as the OPDs' submissions.
struct ConvertCommandTests {
    private static let sample = ProbisBinary.packageRoot.appendingPathComponent("Samples-lokakarya").path

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probis-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func rows(_ out: URL, _ sql: String) throws -> [String] {
        let result = try ProbisBinary.run(["query", out.path, sql])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func seedWorksheetsGiveOneDraftPerSKPDThatChecksWithoutErrorsAndConsolidatesToThePlan() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let drafts = base.appendingPathComponent("Draf")
        let convert = try ProbisBinary.run(["convert", Self.sample, "--out", drafts.path])
        #expect(convert.status == 0, "\(convert.stderr)")
        #expect(convert.stderr.isEmpty)
        #expect(convert.stdout.hasPrefix("1 berkas, 2 tabel (Kebijakan Umum dan Program Pembangunan, Strategi dan Arah Kebijakan RPJMD) → 3 draf untuk Kota Metro\n"))
        #expect(convert.stdout.contains("   ditulis sebagai: Dinas Dikbudpora | Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga\n"))
        #expect(convert.stdout.contains("   prefiks kode: DINKES (singkatan nama; ubah dengan --prefix \"Dinas Kesehatan=...\")\n"))
        #expect(!convert.stdout.contains("Tidak dikonversi"))
        let region = drafts.appendingPathComponent("Kota Metro")
        #expect(try FileManager.default.contentsOfDirectory(atPath: region.path).sorted()
                == ["Dinas Dikbudpora.xlsx", "Dinas Kesehatan.xlsx", "Kantor Pustakardok.xlsx"])
        #expect(FileManager.default.fileExists(atPath: drafts.appendingPathComponent("konversi.xlsx").path))

        // Each draft passes check without errors; what is left are the ***** unit columns to name.
        let check = try ProbisBinary.run(["check", drafts.path, "--summary"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("3 kiriman, 5 proses, 8 sub proses, 0 lintas fungsi, 0 aktivitas; 0 galat"))

        let hasil = base.appendingPathComponent("Hasil")
        let consolidate = try ProbisBinary.run(["consolidate", drafts.path, "--out", hasil.path])
        #expect(consolidate.status == 0, "\(consolidate.stdout)\(consolidate.stderr)")
        #expect(try rows(hasil, "SELECT s.opd, p.kode, p.jenis, p.nama FROM proses p JOIN submission s ON s.id = p.submission_id ORDER BY s.opd, p.kode") == [
            "Dinas Dikbudpora\tDIKBUDPORA.01\tUtama\tPerwujudan Pemerataan dan meningkatnya kualitas pelayanan pendidikan",
            "Dinas Dikbudpora\tDIKBUDPORA.02\tUtama\tPeningkatan kualitas belajar",
            "Dinas Dikbudpora\tDIKBUDPORA.03\tUtama\tPengembangan Pendidikan Inklusif",
            "Dinas Kesehatan\tDINKES.01\tUtama\tPeningkatan derajat kesehatan masyarakat",
            "Kantor Pustakardok\tPUSTAKARDOK.01\tUtama\tPemasyarakatan minat dan kebiasaan membaca untuk mendorong terwujudnya masyarakat pembelajar",
        ])
        #expect(try rows(hasil, "SELECT sp.kode, sp.nama FROM sub_proses sp ORDER BY sp.kode") == [
            "DIKBUDPORA.01.01\tPendidikan Anak Usia Dini",
            "DIKBUDPORA.01.02\tWajib Belajar Pendidikan Dasar 9 Tahun",
            "DIKBUDPORA.01.03\tPendidikan Non Formal",
            "DIKBUDPORA.02.01\tWajib Belajar Pendidikan Dasar 9 Tahun",
            "DIKBUDPORA.03.01\tPendidikan Non Formal",
            "DINKES.01.01\tKemitraan Peningkatan Pelayanan Kesehatan",
            "DINKES.01.02\tPeningkatan Pelayanan Kesehatan Anak Balita",
            "PUSTAKARDOK.01.01\tPengembangan Budaya Baca dan Pembinaan Perpustakaan",
        ])
        // Peta Relasi: per OPD its processes across, in the plan's order.
        let dump = try ProbisBinary.run(["dump", hasil.appendingPathComponent("Kota Metro.xlsx").path])
        let relasi = dump.stdout.split(separator: "\n").filter { $0.hasPrefix("Peta Relasi!") && $0.contains("\tDIKBUDPORA.0") }
        #expect(relasi.map { String($0.split(separator: "\t").last!) } == ["DIKBUDPORA.01", "DIKBUDPORA.02", "DIKBUDPORA.03"])
    }

    @Test func prefixRegionAndEnglish() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let drafts = base.appendingPathComponent("Drafts")
        let result = try ProbisBinary.run(["convert", Self.sample, "--out", drafts.path, "--lang", "en", "--region", "Kota Metro Lampung",
                                           "--prefix", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga=MTR"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("→ 3 draft(s) for Kota Metro Lampung\n"))
        #expect(result.stdout.contains("   code prefix: MTR (--prefix)\n   MTR.01  Perwujudan Pemerataan"))
        let dump = try ProbisBinary.run(["dump", drafts.appendingPathComponent("Kota Metro Lampung/Dinas Dikbudpora.xlsx").path])
        #expect(dump.stdout.contains("Identifikasi Proses!C9\ttext\tUtama\nIdentifikasi Proses!D9\ttext\tMTR.01\n"))
        #expect(dump.stdout.contains("Petunjuk!A1\ttext\tHOW TO FILL IN THE PETA PROSES BISNIS INSTRUMENT"))
    }

    @Test(arguments: [
        (["--prefix", "Dinas Pertanian=TANI"], "--prefix names \"Dinas Pertanian\", which is not in the tables; the SKPD found: Dinas Dikbudpora; Kantor Pustakardok; Dinas Kesehatan.\n"),
        (["--prefix", "Dinas Kesehatan=P1"], "Code prefix \"P1\" for Dinas Kesehatan cannot be used"),
        (["--prefix", "DINKES"], "--prefix \"DINKES\" must read OPD=PREFIX"),
    ])
    func badPrefixesAreRefusedWithNothingWritten(extra: [String], message: String) throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("Draf")
        let result = try ProbisBinary.run(["convert", Self.sample, "--out", out.path, "--lang", "en"] + extra)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aForeignFolderIsRefusedUnlessForced() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("catatan".utf8).write(to: base.appendingPathComponent("catatan.txt"))
        let refused = try ProbisBinary.run(["convert", Self.sample, "--out", base.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("folder berisi berkas yang bukan tulisan probis (mis. catatan.txt)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["catatan.txt"])
        let forced = try ProbisBinary.run(["convert", Self.sample, "--out", base.path, "--force"])
        #expect(forced.status == 0)
        // Written once, the folder is probis's: a second run needs no --force, and the drafts
        // of the first that it does not write again (another region) are removed.
        #expect(try ProbisBinary.run(["convert", Self.sample, "--out", base.path, "--region", "Kota Metro Baru"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("Kota Metro").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent("Kota Metro Baru").path).count == 3)
        #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("catatan.txt").path))
    }

    @Test func csvWorksheetsAndAnUnreadableFileBesideThem() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let sources = base.appendingPathComponent("Lokakarya")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let csv = """
            sep=;
            Kebijakan Umum dan Program Pembangunan Kabupaten Grobogan Tahun 2021 - 2026
            No;Sasaran;Program Pembangunan Daerah;SKPD Penanggung Jawab
            1.;1.1 Meningkatnya kualitas pelayanan kesehatan;Program Pemenuhan Upaya Kesehatan;Dinas Kesehatan
            ;;Program Sumber Daya Kesehatan;
            ;1.2 Meningkatnya tata kelola;Program Penunjang Urusan;

            """
        try Data(csv.utf8).write(to: sources.appendingPathComponent("kebijakan.csv"))
        try Data("bukan zip".utf8).write(to: sources.appendingPathComponent("rusak.xlsx"))
        let out = base.appendingPathComponent("Draf")
        let result = try ProbisBinary.run(["convert", sources.path, "--out", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("→ 1 draf untuk Kabupaten Grobogan\n"))
        #expect(result.stdout.contains("   DINKES.01.02  Sumber Daya Kesehatan\n"))
        #expect(result.stdout.contains("kebijakan.csv:6  peringatan  convert.no_skpd  Program \"Program Penunjang Urusan\" tidak punya SKPD"))
        #expect(result.stdout.contains("rusak.xlsx  galat  table.unreadable"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("Kabupaten Grobogan/Dinas Kesehatan.xlsx").path))
    }

    @Test func renstraKegiatanBecomeLintasFungsiTablesThatCheckWithoutErrors() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let csv = """
            RENSTRA DINAS KESEHATAN KOTA METRO TAHUN 2016-2021
            Tujuan;Sasaran;Program;Kegiatan
            Meningkatkan derajat kesehatan;Meningkatnya derajat kesehatan masyarakat;Program Kemitraan;Kegiatan Jaminan kesehatan
            ;;;Kegiatan Rujukan
            ;;Program Balita;1. Pemantauan gizi 2. Imunisasi

            """
        let source = base.appendingPathComponent("renstra.csv")
        try Data(csv.utf8).write(to: source)
        let out = base.appendingPathComponent("Draf")
        let result = try ProbisBinary.run(["convert", source.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("      DINKES.01.02  Balita\n         DINKES.01.02.01  Pemantauan gizi\n         DINKES.01.02.02  Imunisasi\n"))
        let check = try ProbisBinary.run(["check", out.path, "--summary"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("1 kiriman, 1 proses, 2 sub proses, 4 lintas fungsi, 0 aktivitas; 0 galat"))
        let dump = try ProbisBinary.run(["dump", out.appendingPathComponent("Kota Metro/Dinas Kesehatan.xlsx").path])
        #expect(dump.stdout.contains("Lintas Fungsi!C8\ttext\tJaminan kesehatan (DINKES.01.01.01)\n"))
        #expect(dump.stdout.contains("Lintas Fungsi!C36\ttext\tRujukan (DINKES.01.01.02)\n"))
    }

    @Test func anOutputInsideASourceFolderIsRefused() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let sources = base.appendingPathComponent("Lokakarya")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.sample + "/RPJMD Kota Metro 2016-2021.xlsx",
                                         toPath: sources.appendingPathComponent("rpjmd.xlsx").path)
        let out = sources.appendingPathComponent("Draf")
        let result = try ProbisBinary.run(["convert", sources.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folder keluaran tidak boleh sama dengan atau berada di dalam"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sources.path) == ["rpjmd.xlsx"])
    }

    @Test func aWorkbookWithoutRPJMDTablesWritesNothing() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let template = base.appendingPathComponent("templat.xlsx").path
        #expect(try ProbisBinary.run(["template", "--out", template]).status == 0)
        let result = try ProbisBinary.run(["convert", template, "--out", base.appendingPathComponent("Draf").path])
        #expect(result.status == 2)
        #expect(result.stderr == "Tidak ada tabel RPJMD/Renstra yang dikenali pada berkas yang diberikan; tidak ada draf yang ditulis.\n")
    }
}
