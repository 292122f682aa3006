import Foundation
import Testing

/// `probis check` run as a binary on `Samples/`, as a Biro Organisasi officer would.
struct CheckCommandTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples").path

    private func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("probis-\(UUID().uuidString)-\(name)").path
    }

    @Test func textReportOnSamples() throws {
        let result = try ProbisBinary.run(["check", samples])
        // Two Kota Pasuruan OPDs both use bare P1 codes: region.code_collision is an error.
        #expect(result.status == 1)
        let out = result.stdout
        #expect(out.contains("== Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx  [Kota Metro — Dinas Pendidikan Kebudayaan Pemuda dan Olahraga]"))
        #expect(out.contains("   5 proses · 11 sub proses · 15 lintas fungsi · 22 aktivitas · gaya kode MTR.NN.NN.NN"))
        #expect(out.contains("Sub Proses!D8  peringatan  code.separator  "))
        #expect(out.contains("identifikasi-proses.csv:8  peringatan  code.separator  "))
        #expect(out.contains("== Wilayah Kota Pasuruan"))
        #expect(out.contains("Jumlah: 5 kiriman, 29 proses, 69 sub proses, 79 lintas fungsi, 78 aktivitas;"))
        #expect(result.stderr.isEmpty)
    }

    @Test func englishOnRequest() throws {
        let result = try ProbisBinary.run(["check", "--lang", "en", "--summary", samples])
        #expect(result.stdout.contains("Total: 5 submissions, 29 processes, 69 sub processes, 79 lintas fungsi, 78 activities;"))
    }

    @Test func jsonFollowsTheContract() throws {
        let path = temporaryFile("report.json")
        let result = try ProbisBinary.run(["check", "--json", path, "--quiet", samples])
        #expect(result.status == 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((report["tool"] as? [String: Any])?["name"] as? String == "probis")
        #expect(report["root"] as? String == samples)
        let submissions = try #require(report["submissions"] as? [[String: Any]])
        #expect(submissions.count == 5)
        let ntt = try #require(submissions.first { $0["path"] as? String == "Provinsi Nusa Tenggara Timur/Biro Organisasi" })
        #expect(ntt["region"] as? String == "Provinsi Nusa Tenggara Timur")
        #expect(ntt["opd"] as? String == "Biro Organisasi")
        #expect(ntt["format"] as? String == "csv")
        #expect(ntt["codeStyle"] as? String == "BO-NN.N.N")
        let counts = try #require(ntt["counts"] as? [String: Int])
        #expect(counts == ["proses": 7, "subProses": 19, "lintasFungsi": 8, "aktivitas": 11])
        let findings = try #require(ntt["findings"] as? [[String: Any]])
        let separator = try #require(findings.first { $0["rule"] as? String == "code.separator" })
        #expect(separator["file"] as? String == "identifikasi-proses.csv")
        #expect(separator["sheet"] == nil)
        #expect(separator["cell"] == nil)
        #expect(separator["row"] as? Int == 8)
        #expect(separator["table"] as? String == "proses")
        #expect(separator["fix"] as? String == "BO-04")
        let totals = try #require(report["totals"] as? [String: Int])
        #expect(totals["submissions"] == 5)
        #expect(totals["aktivitas"] == 78)
        let regions = try #require(report["regions"] as? [[String: Any]])
        let pasuruan = try #require(regions.first { $0["name"] as? String == "Kota Pasuruan" })
        #expect(pasuruan["submissions"] as? Int == 2)
        #expect(((pasuruan["findings"] as? [[String: Any]]) ?? []).allSatisfy { $0["rule"] as? String == "region.code_collision" })
        #expect(submissions.map { $0["status"] as? String } == ["sesuai", "sesuai", "perlu_perbaikan", "perlu_perbaikan", "sesuai"])
    }

    /// One cause, one count: the region's copy of each collision is not added to the totals,
    /// which equal the sum of the per-submission lines, in JSON and in text alike.
    @Test func totalsEqualTheSumOfTheSubmissionsAndCountEachCollisionOnce() throws {
        let path = temporaryFile("counted.json")
        let result = try ProbisBinary.run(["check", "--json", path, "--summary", samples])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let submissions = try #require(report["submissions"] as? [[String: Any]])
        let perSubmission = submissions.map { (($0["findings"] as? [[String: Any]]) ?? []).filter { $0["severity"] as? String == "error" }.count }
        let totals = try #require(report["totals"] as? [String: Int])
        #expect(totals["errors"] == perSubmission.reduce(0, +))
        #expect(totals["errors"] == 40)
        #expect(result.stdout.contains("40 galat"))
        let lines = result.stdout.split(separator: "\n").filter { $0.contains("Kota Pasuruan/") }
        #expect(lines.map { $0.components(separatedBy: "; ").last ?? "" }
                == ["21 galat, 2 peringatan · Perlu perbaikan", "19 galat, 3 peringatan · Perlu perbaikan"])
    }

    @Test func jsonOnStdoutIsTheSameDocument() throws {
        let path = temporaryFile("same.json")
        let result = try ProbisBinary.run(["check", "--format", "json", "--json", path, samples])
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test func anUnreadableFileIsAFindingAndTheBatchGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-batch-\(UUID().uuidString)/Kota Uji")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("bukan zip".utf8).write(to: folder.appendingPathComponent("Rusak.xlsx"))
        let metro = ProbisBinary.packageRoot.appendingPathComponent("Samples/Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx")
        try FileManager.default.copyItem(at: metro, to: folder.appendingPathComponent("Dinas Pendidikan.xlsx"))
        let result = try ProbisBinary.run(["check", folder.deletingLastPathComponent().path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("table.unreadable"))
        #expect(result.stdout.contains("-  galat       table.unreadable  Kota Uji/Rusak.xlsx: bukan berkas XLSX yang sah"))
        #expect(result.stdout.contains("5 proses · 11 sub proses"))
    }

    @Test func missingRootCannotRun() throws {
        let result = try ProbisBinary.run(["check", "/tidak/ada"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/tidak/ada: folder atau berkas tidak ditemukan."))
    }
}
