import Foundation
import Testing
@testable import ProsesBisnis

/// The one atomic writer: a file is whole under its final name or not there at all.
struct AtomicFileTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomik-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func writeReplacesTheFileAndLeavesNoTemporary() throws {
        let base = try folder()
        let path = base + "/laporan.json"
        try AtomicFile.write(Data("lama".utf8), to: path)
        try AtomicFile.write(Data("baru".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "baru")
        #expect(names(base) == ["laporan.json"])
    }

    @Test func piecesAreWrittenWholeAndInOrder() throws {
        let base = try folder()
        // More pieces than one writev takes, empty ones among them, and one large enough that
        // the kernel may write it in several steps.
        let large = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var pieces: [ArraySlice<UInt8>] = []
        var expected: [UInt8] = []
        for index in 0..<(FileSink.piecesPerCall * 2 + 5) {
            let piece: ArraySlice<UInt8> = index == 70 ? large[1...] : index % 9 == 0 ? [] : Array("<\(index)>".utf8)[...]
            pieces.append(piece)
            expected += piece
        }
        let path = base + "/peta.html"
        try AtomicFile.writeSyncingLater(pieces, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
        #expect(names(base) == ["peta.html"])
    }

    @Test func aFailingProducerKeepsTheOldFile() throws {
        let base = try folder()
        let path = base + "/REKAP.xlsx"
        try AtomicFile.write(Data("lama".utf8), to: path)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try AtomicFile.produce(at: path) { temporary in
                try Data("setengah".utf8).write(to: URL(fileURLWithPath: temporary))
                throw Stop()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "lama")
        #expect(names(base) == ["REKAP.xlsx"])
    }

    @Test func aPackageThatDoesNotReadBackWholeIsNotPutInPlace() throws {
        let base = try folder()
        let path = base + "/Dinas.xlsx"
        try AtomicFile.write(Data("lama".utf8), to: path)
        #expect {
            try AtomicFile.produce(at: path, package: true) { temporary in
                try Data("PK\u{3}\u{4} terpotong".utf8).write(to: URL(fileURLWithPath: temporary))
            }
        } throws: { error in
            guard case .incomplete(let named, _) = error as? OutputError else { return false }
            return named == path
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "lama")
        #expect(names(base) == ["Dinas.xlsx"])
    }

    @Test(arguments: [(ENOSPC, WriteCause.diskFull), (EROFS, .readOnly), (EACCES, .permissionDenied)])
    func systemErrorsBecomeCausesInWords(code: Int32, cause: WriteCause) {
        #expect(WriteCause(errno: code) == cause)
        #expect(WriteCause(NSError(domain: NSPOSIXErrorDomain, code: Int(code))) == cause)
        #expect(WriteCause(CocoaError(.fileWriteVolumeReadOnly)) == .readOnly)
    }

    @Test func messagesNameTheFileAndTheCauseInBothLanguages() {
        let error = OutputError.cannotWrite("Hasil/REKAP.xlsx", cause: .diskFull)
        #expect(error.message(.id) == "Hasil/REKAP.xlsx: tidak dapat ditulis (disk penuh: ruang kosong habis).")
        #expect(error.message(.en) == "Hasil/REKAP.xlsx: cannot write (disk full: no space left).")
    }

    @Test func temporaryNamesAreRecognisedForCleaning() {
        let temporary = AtomicFile.temporaryPath(for: "/x/Kota Metro/Dinas.xlsx")
        #expect(temporary.hasPrefix("/x/Kota Metro/.Dinas.xlsx."))
        #expect(AtomicFile.isTemporary(name: (temporary as NSString).lastPathComponent))
        #expect(AtomicFile.isTemporary(name: ".REKAP.xlsx.4242.tmp"))
        #expect(!AtomicFile.isTemporary(name: "REKAP.xlsx") && !AtomicFile.isTemporary(name: "catatan.tmp"))
        #expect(AtomicFile.temporaryPath(for: "laporan.json").hasPrefix("./.laporan.json."))
        // Every name differs, also for the same file (a counter, no UUID per file).
        let names = Set((0..<1000).map { _ in AtomicFile.temporaryPath(for: "/x/a.svg") })
        #expect(names.count == 1000)
    }
}

/// Output paths are compared as the file system resolves them.
struct OutputFolderTests {
    @Test func aLinkIntoTheRootIsSeenThrough() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("keluaran-\(UUID().uuidString)")
        let root = base.appendingPathComponent("masuk")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: base.appendingPathComponent("pintas"), withDestinationURL: root)
        #expect(throws: OutputError.self) {
            try OutputFolder.refuseInsideRoot(root: root.path, out: base.appendingPathComponent("pintas/baru/lagi").path)
        }
        try OutputFolder.refuseInsideRoot(root: root.path, out: base.appendingPathComponent("keluar").path)
        #expect(throws: OutputError.fileInsideRoot(root: root.path, path: base.appendingPathComponent("pintas/laporan.json").path)) {
            try OutputFolder.checkReportFile(base.appendingPathComponent("pintas/laporan.json").path, roots: [root.path])
        }
    }

    /// Plain ASCII names are returned as they are without the general path: both ways must
    /// agree on the names at their border.
    @Test(arguments: [
        ("Dinas Pendidikan", "Dinas Pendidikan"), ("DISNAKER.01.01.01", "DISNAKER.01.01.01"),
        ("Dinas: A/B", "Dinas- A-B"), ("a\\b*c?d\"e<f>g|h", "a-b-c-d-e-f-g-h"), (" .Dinas. ", "Dinas"),
        ("Dinas Pendidikan.", "Dinas Pendidikan"), (".env", "env"), ("", "_"), (" . ", "_"),
        ("a\tb", "a\tb"), ("Biro\nUmum", "Biro-Umum"), ("Biro\u{2028}Umum", "Biro-Umum"),
        ("Dinas Pariwisata — Kota", "Dinas Pariwisata — Kota"), ("~$Dinas", "~$Dinas"),
        (String(repeating: "x", count: 120), String(repeating: "x", count: 120)),
        (String(repeating: "x", count: 121), String(repeating: "x", count: 120)),
        (String(repeating: "é", count: 130), String(repeating: "é", count: 120)),
    ])
    func namesAreMadeSafeForEveryFileSystem(_ name: String, _ safe: String) {
        #expect(OutputFolder.safeName(name) == safe)
    }

    @Test func aFolderNamedLikeTheRootIsNotInsideIt() {
        #expect(!OutputFolder.isInside("/data/masuk-2", "/data/masuk"))
        #expect(OutputFolder.isInside("/data/masuk/x", "/data/masuk"))
        #expect(OutputFolder.isInside("/data/masuk", "/data/masuk"))
    }
}
