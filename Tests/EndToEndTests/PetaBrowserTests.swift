import Foundation
import Testing

/// The map site of `Samples/` in a real browser: headless Chromium (Debian's `chromium`) loads
/// every page from disk with no console message, its screenshot is not blank, and every lintas
/// fungsi of the model is in the DOM. Skipped, saying so, where no Chromium is installed.
struct PetaBrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func browse(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                             "--allow-file-access-from-files"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium): browser test skipped"))
    func everyPageLoadsCleanlyAndDrawsEveryLintasFungsi() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-browser-\(UUID().uuidString)")
        let out = base.appendingPathComponent("peta")
        _ = try ProbisBinary.run(["peta", ProbisBinary.packageRoot.appendingPathComponent("Samples").path, "--out", out.path])
        let relative = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).sorted()
        let pages = relative.filter { $0.hasSuffix(".html") }
        let bpmn = relative.filter { $0.hasSuffix(".bpmn") }.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        #expect(pages.count == 10)
        var drawn: [String] = []
        for (index, page) in pages.enumerated() {
            let url = out.appendingPathComponent(page).absoluteString
            let dom = try Self.browse(["--dump-dom", url])
            let console = dom.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(console.isEmpty, "\(page): \(console)")
            #expect(dom.stdout.contains("</html>") || dom.stdout.contains("</body>"), "\(page)")
            drawn += dom.stdout.components(separatedBy: "data-lintas-fungsi=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let shot = base.appendingPathComponent("page-\(index).png")
            _ = try Self.browse(["--window-size=1280,900", "--screenshot=\(shot.path)", url])
            let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
            // A blank 1280 x 900 page compresses to a few kilobytes; drawn maps and tables do not.
            #expect(size > 12_000, "\(page): screenshot of \(size) bytes looks blank")
        }
        #expect(drawn.count == bpmn.count)
        #expect(Set(drawn.map { $0.replacingOccurrences(of: "/", with: "-") }) == Set(bpmn))
    }
}
