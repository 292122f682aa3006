import Foundation
import Testing

/// `probis consolidate` and `probis query` run as binaries on copies of `Samples/`.
struct ConsolidateCommandTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")

    /// A fresh working folder holding a copy of the samples as `masuk/` (the root).
    private func workspace() throws -> (root: URL, out: URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-consolidate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.appendingPathComponent("masuk")
        try FileManager.default.copyItem(at: samples, to: root)
        return (root, base.appendingPathComponent("keluar"))
    }

    private func digests(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  relative.hasSuffix(".xlsx") || relative.hasSuffix(".csv") || relative.hasSuffix(".json") else { continue }
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func writesEveryOutputAndLeavesOriginalsUntouched() throws {
        let (root, out) = try workspace()
        let before = try digests(root)
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(result.status == 1)  // the Pasuruan collision is an error
        #expect(result.stdout.contains("Kota Pasuruan: 2 kiriman, 40 galat, 5 peringatan → Kota Pasuruan.xlsx"))
        #expect(result.stdout.contains("Dibaca 5 kiriman, 0 diambil dari basis data."))
        #expect(result.stdout.contains("Kode bertabrakan antar-OPD di 1 wilayah (region.code_collision): beri tiap OPD awalan sendiri, "
                                       + "mis. probis recode <folder> --out <folder baru> --prefix \"Kota Pasuruan/Bagian Organisasi=BO.\""))
        for file in ["REKAP.xlsx", "Kota Metro.xlsx", "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx",
                     "Provinsi Nusa Tenggara Timur/Biro Organisasi.xlsx", "probis.sqlite", "laporan.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        #expect(try digests(root) == before)
    }

    /// `--json` gives a copy of the folder's `laporan.json`, on a first run and on an unchanged one.
    @Test func theJSONOptionCopiesTheReport() throws {
        let (root, out) = try workspace()
        let copy = out.deletingLastPathComponent().appendingPathComponent("salinan/laporan.json")
        for _ in 0..<2 {
            try? FileManager.default.removeItem(at: copy)
            let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path, "--json", copy.path, "--no-maps"])
            #expect(result.status == 1, "\(result.stderr)")
            let copied = try Data(contentsOf: copy)
            #expect(copied == (try Data(contentsOf: out.appendingPathComponent("laporan.json"))))
            let document = try #require(try JSONSerialization.jsonObject(with: copied) as? [String: Any])
            #expect((document["totals"] as? [String: Any])?["submissions"] as? Int == 5)
        }
    }

    /// The maps are part of the main job: the same site as `probis peta`, in `peta/`, never read
    /// back as submissions, and pages of an OPD that is gone are removed on the next run.
    @Test func drawsTheMapsIntoPetaAsPetaDoesAndKeepsThemCurrent() throws {
        let (root, out) = try workspace()
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let maps = out.appendingPathComponent("peta")
        #expect(result.stdout.contains("Peta: buka \(maps.appendingPathComponent("index.html").path)"), "\(result.stdout)")
        let alone = out.deletingLastPathComponent().appendingPathComponent("peta-saja")
        _ = try ProbisBinary.run(["peta", root.path, "--out", alone.path])
        for page in ["index.html", "Kota Pasuruan/index.html", "Kota Pasuruan/DPMPTSP.html", "Kota Metro/index.html"] {
            let drawn = try Data(contentsOf: maps.appendingPathComponent(page))
            #expect(drawn == (try Data(contentsOf: alone.appendingPathComponent(page))), "\(page)")
        }
        let svgs = try FileManager.default.contentsOfDirectory(atPath: maps.appendingPathComponent("Kota Pasuruan/DPMPTSP").path)
        #expect(svgs.contains { $0.hasSuffix(".svg") })
        // Read again (to fix it), the output holds the validated workbooks only.
        let check = try ProbisBinary.run(["check", "--summary", out.path])
        #expect(check.stdout.contains("Jumlah: 5 kiriman"), "\(check.stdout)")
        #expect(!check.stdout.contains(".html") && !check.stdout.contains(".svg"))
        // An OPD removed from the root loses its page; its region's page is drawn again.
        let drawings = try #require(FileManager.default.subpaths(atPath: maps.appendingPathComponent("Kota Pasuruan/DPMPTSP").path))
            .filter { $0.hasSuffix(".svg") || $0.hasSuffix(".bpmn") }
        #expect(drawings.count > 5 && drawings.contains { $0.hasPrefix("bpmn/") })
        try FileManager.default.removeItem(at: root.appendingPathComponent("Kota Pasuruan/DPMPTSP.xlsx"))
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(!FileManager.default.fileExists(atPath: maps.appendingPathComponent("Kota Pasuruan/DPMPTSP.html").path))
        for drawing in drawings {
            #expect(!FileManager.default.fileExists(atPath: maps.appendingPathComponent("Kota Pasuruan/DPMPTSP/" + drawing).path), "\(drawing)")
        }
        #expect(FileManager.default.fileExists(atPath: maps.appendingPathComponent("Kota Pasuruan/Bagian Organisasi.html").path))
        #expect(FileManager.default.fileExists(atPath: maps.appendingPathComponent("Kota Metro/index.html").path))
        let none = out.deletingLastPathComponent().appendingPathComponent("tanpa-peta")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", none.path, "--no-maps"])
        #expect(!FileManager.default.fileExists(atPath: none.appendingPathComponent("peta").path))
    }

    /// The summary offers a recode for the collision; running exactly that mends it.
    @Test func theOfferedRecodeMendsTheCollision() throws {
        let (root, out) = try workspace()
        let first = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let hint = try #require(first.stdout.split(separator: "\n").first { $0.contains("--prefix") })
        let argument = try #require(hint.components(separatedBy: "--prefix \"").last?.dropLast())
        let recoded = out.deletingLastPathComponent().appendingPathComponent("berawalan")
        let recode = try ProbisBinary.run(["recode", root.path, "--out", recoded.path, "--prefix", String(argument)])
        #expect(recode.status == 0, "\(recode.stderr)")
        let again = try ProbisBinary.run(["consolidate", recoded.path, "--out", out.deletingLastPathComponent().appendingPathComponent("hasil2").path])
        #expect(!again.stdout.contains("region.code_collision"))
        #expect(again.stdout.contains("Kota Pasuruan: 2 kiriman, 0 galat"), "\(again.stdout)")
    }

    @Test func validatedWorkbookReadsBackWithTheProblemsListed() throws {
        let (root, out) = try workspace()
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let dump = try ProbisBinary.run(["dump", out.appendingPathComponent("Kota Pasuruan/DPMPTSP.xlsx").path])
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("-- Identifikasi Proses"))
        #expect(dump.stdout.contains("-- Temuan"))
        #expect(dump.stdout.contains("code.separator"))
        #expect(dump.stdout.contains("P1.2.1.2"))
        let rekap = try ProbisBinary.run(["dump", out.appendingPathComponent("REKAP.xlsx").path])
        for sheet in ["Ringkasan", "Ringkasan OPD", "Proses", "Sub Proses", "Lintas Fungsi", "Kamus Unit", "Kode Bentrok",
                      "Proses Bersama", "Temuan"] {
            #expect(rekap.stdout.contains("-- \(sheet)"), "\(sheet)")
        }
        // The activity rows and the Peta Relasi matrices stay in the regional workbooks.
        #expect(!rekap.stdout.contains("-- Kegiatan") && !rekap.stdout.contains("-- Peta Relasi"))
        let regional = try ProbisBinary.run(["dump", out.appendingPathComponent("Kota Pasuruan.xlsx").path])
        for sheet in ["Kegiatan", "Peta Relasi"] { #expect(regional.stdout.contains("-- \(sheet)"), "\(sheet)") }
    }

    @Test func secondRunChangesNothingAndATouchedFileIsTheOnlyOneReread() throws {
        let (root, out) = try workspace()
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let first = try digests(out)
        let again = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(again.stdout.contains("Tidak ada kiriman yang berubah"))
        #expect(try digests(out) == first)

        let csv = root.appendingPathComponent("Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv")
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "Evaluasi Jabatan", with: "Evaluasi Jabatan Fungsional")
        try Data(text.utf8).write(to: csv)
        let incremental = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(incremental.stdout.contains("Dibaca 1 kiriman, 4 diambil dari basis data."))
        let fresh = out.deletingLastPathComponent().appendingPathComponent("penuh")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", fresh.path])
        var full = try digests(fresh)
        var incrementalOutputs = try digests(out)
        full["laporan.json"] = nil
        incrementalOutputs["laporan.json"] = nil
        #expect(incrementalOutputs == full)
    }

    @Test func anUnreadableFileIsAFindingAndTheRestIsConsolidated() throws {
        let (root, out) = try workspace()
        try Data("bukan zip".utf8).write(to: root.appendingPathComponent("Kota Metro/Rusak.xlsx"))
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Kota Metro: 2 kiriman"))
        let report = try String(contentsOf: out.appendingPathComponent("laporan.json"), encoding: .utf8)
        #expect(report.contains("\"rule\": \"table.unreadable\""))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx").path))
    }

    @Test func refusesAnOutputFolderInsideTheRoot() throws {
        let (root, _) = try workspace()
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", root.appendingPathComponent("hasil").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folder keluaran tidak boleh sama dengan atau berada di dalam"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("hasil").path))
    }

    @Test func queryAnswersFromTheDatabase() throws {
        let (root, out) = try workspace()
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let result = try ProbisBinary.run(["query", out.path, "SELECT region, count(*) FROM submission GROUP BY region ORDER BY region"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            region\tcount(*)
            Kabupaten Grobogan\t1
            Kota Metro\t1
            Kota Pasuruan\t2
            Provinsi Nusa Tenggara Timur\t1

            """)
        // The first run loaded without the analyst indexes; they are there once it is done.
        let indexes = try ProbisBinary.run(["query", out.path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"])
        #expect(indexes.stdout == "count(*)\n9\n")
        let bad = try ProbisBinary.run(["query", out.path, "SELECT nothing FROM nowhere"])
        #expect(bad.status == 2)
        #expect(!bad.stderr.isEmpty)
    }
}
