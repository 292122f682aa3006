import Foundation
import Testing

/// `probis template` run as a binary, as a Biro Organisasi officer would before a workshop.
struct TemplateCommandTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probis-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheTemplateThatChecksEmptyThenRefusesToOverwrite() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("Kota Metro/Dinas Pendidikan.xlsx").path
        let arguments = ["template", "--out", out, "--region", "Kota Metro", "--opd", "Dinas Pendidikan",
                         "--prefix", "MTR", "--units", "Sekretariat;Bidang PAUD;Bidang Dikdas"]
        let result = try ProbisBinary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == "Templat ditulis: \(out) (3 unit kerja, pola kode MTR.01)\n")
        #expect(result.stderr.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: out))

        // Sent back unfilled it is not compliant: one error, status Kosong.
        let check = try ProbisBinary.run(["check", base.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("== Kota Metro/Dinas Pendidikan.xlsx  [Kota Metro — Dinas Pendidikan]  Kosong\n   0 proses · 0 sub proses · 0 lintas fungsi · 0 aktivitas\n   -  galat       submission.empty"))

        let again = try ProbisBinary.run(arguments)
        #expect(again.status == 2)
        #expect(again.stderr == "\(out) sudah ada dan tidak ditimpa; pilih nama lain atau tambahkan --force.\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == written)

        let forced = try ProbisBinary.run(arguments + ["--force"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent("Kota Metro").path) == ["Dinas Pendidikan.xlsx"])
    }

    @Test func englishOnRequest() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("template.xlsx").path
        let result = try ProbisBinary.run(["template", "--out", out, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == "Template written: \(out) (unit columns ***** to fill in)\n")
        let dump = try ProbisBinary.run(["dump", out])
        #expect(dump.stdout.contains("Petunjuk!A1\ttext\tHOW TO FILL IN THE PETA PROSES BISNIS INSTRUMENT"))
        #expect(dump.stdout.contains("Identifikasi Proses!A6\ttext\tNO"))
        #expect(dump.stdout.contains("Lintas Fungsi!C10\ttext\t*****"))
    }

    @Test(arguments: [
        (["--prefix", "P1"], "Code prefix \"P1\" cannot be used"),
        (["--units", "Sekretariat;;Bidang A"], "Unit 2 (\"\") is empty"),
    ])
    func badOptionsAreRefusedWithNothingWritten(extra: [String], message: String) throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("t.xlsx").path
        let result = try ProbisBinary.run(["template", "--out", out, "--lang", "en"] + extra)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).isEmpty)
    }
}
