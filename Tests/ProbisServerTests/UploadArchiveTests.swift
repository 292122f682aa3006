import Foundation
@testable import ProbisServer
import Testing

/// Entry names, checked before anything is written (zip slip), and the folder a job reads.
struct UploadArchiveTests {
    @Test(arguments: [
        ("Kota Metro/Dinas.xlsx", "Kota Metro/Dinas.xlsx"),
        ("./Kota Metro//Dinas.xlsx", "Kota Metro/Dinas.xlsx"),
        ("Kota Metro\\Dinas.xlsx", "Kota Metro/Dinas.xlsx"),
        ("../Dinas.xlsx", nil),
        ("Kota/../../Dinas.xlsx", nil),
        ("/etc/passwd", nil),
        ("\\\\server\\share\\x.xlsx", nil),
        ("C:\\Windows\\x.xlsx", nil),
        ("c:x.xlsx", nil),
    ] as [(String, String?)])
    func entryNames(_ name: String, _ expected: String?) {
        #expect(UploadArchive.safeRelativePath(name) == expected)
    }

    @Test(arguments: [
        (["Samples/Kota Metro/A.xlsx", "Samples/Kota Pasuruan/B.xlsx"], "input/Samples"),
        (["Kota Metro/A.xlsx", "Kota Pasuruan/B.xlsx"], "input"),
        (["Kota Metro/A.xlsx"], "input"),
        (["Provinsi NTT/Biro/proses.csv", "Provinsi NTT/Biro/subproses.csv"], "input"),
        (["Samples/Kota Metro/A.xlsx", "Samples/NTT/Biro/proses.csv"], "input/Samples"),
    ] as [([String], String)])
    func theFolderToConsolidate(_ files: [String], _ expected: String) {
        let input = URL(fileURLWithPath: "/job/input")
        #expect(UploadArchive.submissionsRoot(input, files: files).path == "/job/" + expected)
    }

    @Test func aZipWrittenByZipWriterIsReadBackWhole() throws {
        var writer = ZipWriter()
        let payload = Data((0..<300_000).map { UInt8($0 % 251) })
        writer.add(name: "Wilayah/OPD.xlsx", data: payload)
        writer.add(name: "Wilayah/kecil.csv", data: Data("a;b\n".utf8), deflate: false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-zip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        let zip = folder.appendingPathComponent("u.zip")
        try writer.finished().write(to: zip)
        let files = try UploadArchive.unpack(zip, into: folder.appendingPathComponent("in"), limits: UploadLimits())
        #expect(files == ["Wilayah/OPD.xlsx", "Wilayah/kecil.csv"])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("in/Wilayah/OPD.xlsx").path) == payload)
    }
}
