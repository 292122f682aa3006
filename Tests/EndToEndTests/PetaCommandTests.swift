import Foundation
import Testing

/// `probis peta` run as a binary on `Samples/`: the site's files, byte-identical runs, English,
/// and the output folder refused inside the root.
struct PetaCommandTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")

    private func scratch() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-peta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }

    /// Every file under `folder` (the session's own marker files aside) and its bytes.
    private func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func writesTheSiteWithEveryMapAndBPMN() throws {
        let out = try scratch().appendingPathComponent("peta")
        let result = try ProbisBinary.run(["peta", samples.path, "--out", out.path])
        #expect(result.status == 1, "\(result.stderr)")  // the Pasuruan collision is an error
        #expect(result.stdout.contains("Peta 5 kiriman di 4 wilayah: buka \(out.path)/index.html"))
        let files = try contents(out)
        for file in ["index.html", "Kota Metro/index.html", "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.html",
                     "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga/peta-proses.svg",
                     "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga/peta-relasi.svg",
                     "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga/bpmn/MTR.01.01.01.bpmn",
                     "Kabupaten Grobogan/Kecamatan Klambu/bpmn/KECKLB.02.01.CFM.01.bpmn",
                     "Provinsi Nusa Tenggara Timur/Biro Organisasi.html", "Kota Pasuruan/DPMPTSP.html"] {
            #expect(files[file] != nil, "\(file)")
        }
        #expect(files.keys.filter { $0.hasSuffix(".bpmn") }.count == 14)
        let page = String(decoding: files["Kota Pasuruan/DPMPTSP.html"]!, as: UTF8.self)
        #expect(page.contains("region.code_collision"))
        #expect(page.contains("class=\"proses mark-error\""))
        #expect(!page.contains("http://") || !page.contains("<link"))
        #expect(!page.contains("<script src") && !page.contains("@import") && !page.contains("url(http"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("BELUM-SELESAI.txt").path) == false)
    }

    /// Every lintas fungsi table of the model is drawn on its OPD page.
    @Test func everyLintasFungsiIsDrawn() throws {
        let out = try scratch().appendingPathComponent("peta")
        _ = try ProbisBinary.run(["peta", samples.path, "--out", out.path])
        let files = try contents(out)
        let drawn = files.filter { $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) }
            .reduce(0) { $0 + $1.components(separatedBy: "data-lintas-fungsi=").count - 1 }
        #expect(drawn == files.keys.filter { $0.hasSuffix(".bpmn") }.count)
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let base = try scratch()
        _ = try ProbisBinary.run(["peta", samples.path, "--out", base.appendingPathComponent("a").path])
        _ = try ProbisBinary.run(["peta", samples.path, "--out", base.appendingPathComponent("b").path])
        let first = try contents(base.appendingPathComponent("a"))
        let second = try contents(base.appendingPathComponent("b"))
        #expect(first.count > 50)
        #expect(first == second)
    }

    @Test func englishSwitchesThePages() throws {
        let out = try scratch().appendingPathComponent("maps")
        let result = try ProbisBinary.run(["peta", samples.path, "--out", out.path, "--lang", "en"])
        #expect(result.stdout.contains("Maps of 5 submissions in 4 regions"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"en\">") && index.contains("Business process maps"))
    }

    @Test func refusesAnOutputFolderInsideTheRoot() throws {
        let base = try scratch()
        let root = base.appendingPathComponent("masuk")
        try FileManager.default.copyItem(at: samples, to: root)
        let result = try ProbisBinary.run(["peta", root.path, "--out", root.appendingPathComponent("peta").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folder keluaran tidak boleh"))
    }
}
