import Foundation
import Testing

/// Every file under the root is read or reported: what an officer really receives beside the
/// workbooks (letters, scans, renamed documents) and what the system leaves (lock files).
struct SubmissionFilesTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")

    private func root() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-files-\(UUID().uuidString)")
        let region = base.appendingPathComponent("masuk/Kota Metro")
        try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: samples.appendingPathComponent("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx"),
                                         to: region.appendingPathComponent("Dinas Pendidikan.xlsx"))
        let word = StoredZip.data(["[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"])
        let files: [String: Data] = [
            "surat.pdf": Data("%PDF-1.7\n%\u{e2}\u{e3}".utf8),
            "catatan.docx": word,
            "laporan.xlsx": word,
            "foto.png": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            "~$Dinas Pendidikan.xlsx": Data(repeating: 1, count: 165),
            ".~lock.Dinas Pendidikan.xlsx#": Data("x".utf8),
            "._Dinas Pendidikan.xlsx": Data(repeating: 0, count: 10),
            "Thumbs.db": Data(repeating: 2, count: 30),
            "desktop.ini": Data("[.ShellClassInfo]".utf8),
        ]
        for (name, data) in files { try data.write(to: region.appendingPathComponent(name)) }
        return base.appendingPathComponent("masuk")
    }

    @Test func everyForeignFileIsReportedAsWhatItIsAndSystemFilesAreIgnored() throws {
        let root = try root()
        let report = root.deletingLastPathComponent().appendingPathComponent("laporan.json")
        let result = try ProbisBinary.run(["check", root.path, "--json", report.path])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [String: Any]
        let submissions = json["submissions"] as! [[String: Any]]
        let byPath = Dictionary(uniqueKeysWithValues: submissions.map { ($0["path"] as! String, $0) })
        #expect(byPath.keys.sorted() == ["Kota Metro/Dinas Pendidikan.xlsx", "Kota Metro/catatan.docx", "Kota Metro/foto.png",
                                         "Kota Metro/laporan.xlsx", "Kota Metro/surat.pdf"])
        let expected = ["Kota Metro/surat.pdf": "dokumen PDF", "Kota Metro/catatan.docx": "dokumen pengolah kata (Word)",
                        "Kota Metro/laporan.xlsx": "dokumen pengolah kata (Word)", "Kota Metro/foto.png": "gambar"]
        for (path, what) in expected {
            let findings = try #require(byPath[path]?["findings"] as? [[String: Any]])
            #expect(findings.map { $0["rule"] as! String } == ["table.unreadable"], "\(path)")
            #expect((findings.first?["message"] as? String)?.contains("Berkas ini \(what)") == true, "\(path)")
        }
    }

    @Test func aRootWithNothingInItIsExitTwoAndWritesNothing() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-kosong-\(UUID().uuidString)")
        let root = base.appendingPathComponent("masuk")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Kota Metro"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("Kota Metro/~$lama.xlsx"))
        let check = try ProbisBinary.run(["check", root.path])
        #expect(check.status == 2)
        #expect(check.stderr.contains("tidak berisi kiriman"))
        let out = base.appendingPathComponent("keluar")
        let consolidate = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(consolidate.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

/// A ZIP of stored members, enough to make an Office document's container in a test.
enum StoredZip {
    static func data(_ members: [String: String]) -> Data {
        var output: [UInt8] = [], central: [UInt8] = []
        func le(_ value: UInt32, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        for (name, text) in members.sorted(by: { $0.key < $1.key }) {
            let body = Array(text.utf8), nameBytes = Array(name.utf8), crc = crc32(body), offset = UInt32(output.count)
            let sizes = le(crc, 4) + le(UInt32(body.count), 4) + le(UInt32(body.count), 4) + le(UInt32(nameBytes.count), 2)
            output += le(0x0403_4B50, 4) + le(20, 2) + le(0, 6) + le(0, 2) + sizes + le(0, 2) + nameBytes + body
            central += le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 6) + le(0, 2) + sizes + le(0, 2) + le(0, 8)
            central += le(0, 2) + le(offset, 4) + nameBytes
        }
        let count = le(UInt32(members.count), 2)
        return Data(output + central + le(0x0605_4B50, 4) + le(0, 4) + count + count
                    + le(UInt32(central.count), 4) + le(UInt32(output.count), 4) + le(0, 2))
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

/// The folder a Biro Organisasi really receives, every case of issue 10 at once: what each
/// submission becomes, its status, the totals, and the collision mended by the offered recode.
struct ReceivedFolderTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")

    private func copy(_ sample: String, to relative: String, in root: URL) throws {
        let target = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: samples.appendingPathComponent(sample), to: target)
    }

    private func receivedFolder() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-diterima-\(UUID().uuidString)")
        let root = base.appendingPathComponent("masuk")
        try copy("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx", to: "Kota Metro/Disdikbud.xlsx", in: root)
        try copy("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx", to: "Kota Metro/Disdikbud (1).xlsx", in: root)
        try copy("Kota Pasuruan/DPMPTSP.xlsx", to: "Email/lampiran (2).xlsx", in: root)
        try copy("Kota Pasuruan/Bagian Organisasi.xlsx", to: "Kota Pasuruan/Bagian Organisasi.xlsx", in: root)
        try copy("Kabupaten Grobogan/Kecamatan Klambu.xlsx", to: "kiriman.xlsx", in: root)
        let template = try ProbisBinary.run(["template", "--out", root.appendingPathComponent("Kota Metro/Bappeda.xlsx").path,
                                             "--region", "Kota Metro", "--opd", "Bappeda"])
        #expect(template.status == 0)
        let word = StoredZip.data(["[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"])
        try word.write(to: root.appendingPathComponent("Kota Metro/laporan.xlsx"))
        try Data("%PDF-1.4\n".utf8).write(to: root.appendingPathComponent("Kota Metro/surat.pdf"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Kota Metro/Inspektorat"), withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent("Kota Metro/Inspektorat/proses.csv"))
        return root
    }

    @Test func everySubmissionHasItsIdentityStatusAndEachProblemIsCountedOnce() throws {
        let root = try receivedFolder()
        let base = root.deletingLastPathComponent()
        let report = base.appendingPathComponent("laporan.json")
        let check = try ProbisBinary.run(["check", root.path, "--json", report.path])
        #expect(check.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        let submissions = try #require(json["submissions"] as? [[String: Any]])
        func entry(_ path: String) -> [String: Any]? { submissions.first { $0["path"] as? String == path } }
        func rules(_ path: String) -> [String] { ((entry(path)?["findings"] as? [[String: Any]]) ?? []).map { $0["rule"] as! String } }
        let expected: [(String, String, String, String)] = [
            ("Email/lampiran (2).xlsx", "Kota Pasuruan", "Dinas Penanaman Modal Dan Pelayanan Terpadu Satu Pintu", "perlu_perbaikan"),
            ("kiriman.xlsx", "Kabupaten Grobogan", "Kecamatan Klambu", "sesuai"),
            ("Kota Metro/Bappeda.xlsx", "Kota Metro", "Bappeda", "kosong"),
            ("Kota Metro/Inspektorat", "Kota Metro", "Inspektorat", "kosong"),
            ("Kota Metro/laporan.xlsx", "Kota Metro", "laporan", "tidak_terbaca"),
            ("Kota Metro/surat.pdf", "Kota Metro", "surat", "tidak_terbaca"),
            ("Kota Metro/Disdikbud.xlsx", "Kota Metro", "Disdikbud", "sesuai"),
            ("Kota Metro/Disdikbud (1).xlsx", "Kota Metro", "Disdikbud (1)", "sesuai"),
        ]
        for (path, region, opd, status) in expected {
            let submission = try #require(entry(path), "\(path)")
            #expect(submission["region"] as? String == region, "\(path)")
            #expect(submission["opd"] as? String == opd, "\(path)")
            #expect(submission["status"] as? String == status, "\(path)")
        }
        #expect(rules("Kota Metro/Bappeda.xlsx") == ["submission.empty"])
        #expect(rules("Kota Metro/Inspektorat") == ["submission.empty"])
        #expect(rules("Kota Metro/laporan.xlsx") == ["table.unreadable"])
        #expect(rules("Kota Metro/Disdikbud (1).xlsx").filter { $0 != "placeholder.left" } == ["submission.duplicate"])
        #expect(rules("Email/lampiran (2).xlsx").contains("region.code_collision"))

        let counts = try #require(json["totals"] as? [String: Int])
        let errors = submissions.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }.filter { $0["severity"] as? String == "error" }.count
        #expect(counts["errors"] == errors)
        #expect(counts["aktivitas"] == 22 + 17 + 11 + 17)  // Metro once, DPMPTSP, Bagian Organisasi, Klambu
        #expect(check.stdout.contains("\(errors) galat"))

        let out = base.appendingPathComponent("keluar")
        let consolidate = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(consolidate.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("Email.xlsx").path))
        let hint = try #require(consolidate.stdout.split(separator: "\n").first { $0.contains("--prefix") })
        let argument = try #require(hint.components(separatedBy: "--prefix \"").last?.dropLast())
        let recoded = base.appendingPathComponent("berawalan")
        #expect(try ProbisBinary.run(["recode", root.path, "--out", recoded.path, "--prefix", String(argument)]).status <= 1)
        let again = try ProbisBinary.run(["check", recoded.path])
        #expect(!again.stdout.contains("region.code_collision"))
    }
}

/// A region folder mixing the three workbook formats offices send: each is read, none is
/// reported unreadable, and each keeps its own format in the report.
struct MixedFormatsTests {
    @Test func xlsxXlsAndOdsAreReadSideBySide() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("probis-campur-\(UUID().uuidString)")
        let region = root.appendingPathComponent("Kota Metro")
        try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
        let fixtures = ProbisBinary.fixtures
        try FileManager.default.copyItem(at: ProbisBinary.packageRoot.appendingPathComponent("Samples/Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx"),
                                         to: region.appendingPathComponent("Disdikbud.xlsx"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("xls/instrument.xls"), to: region.appendingPathComponent("Bappeda.xls"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("ods/ods-features.ods"), to: region.appendingPathComponent("Inspektorat.ods"))
        let report = root.deletingLastPathComponent().appendingPathComponent("campur-\(UUID().uuidString).json")
        _ = try ProbisBinary.run(["check", root.path, "--json", report.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        let submissions = try #require(json["submissions"] as? [[String: Any]])
        let formats = Dictionary(uniqueKeysWithValues: submissions.map { ($0["path"] as! String, $0["format"] as! String) })
        #expect(formats == ["Kota Metro/Disdikbud.xlsx": "xlsx", "Kota Metro/Bappeda.xls": "xls", "Kota Metro/Inspektorat.ods": "ods"])
        for submission in submissions {
            let rules = ((submission["findings"] as? [[String: Any]]) ?? []).map { $0["rule"] as! String }
            #expect(!rules.contains("table.unreadable"), "\(submission["path"]!)")
        }
        let out = root.deletingLastPathComponent().appendingPathComponent("campur-keluar-\(UUID().uuidString)")
        let consolidate = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(consolidate.status <= 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("Kota Metro/Bappeda.xlsx").path))
    }
}
