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
