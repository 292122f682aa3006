import Foundation
import Testing

/// The page in a real browser: headless Chromium driven by selenium (`Scripts/browser-serve.py`)
/// picks the Samples folder, waits for the report, finds the download links and downloads a
/// REKAP that is byte for byte the CLI's. Skipped, saying so, without Chromium, its driver or
/// selenium (`Scripts/test` installs them where it can).
struct ServeBrowserTests {
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(.enabled(if: available, "chromium, chromium-driver or selenium missing (Scripts/test installs them): browser test skipped"),
          .timeLimit(.minutes(5)))
    func anOfficerDropsSamplesAndDownloadsTheCLIsRekap() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let rekap = server.data.appendingPathComponent("cli-REKAP.xlsx")
        try FileManager.default.createDirectory(at: server.data, withIntermediateDirectories: true)
        try SampleUploads.cliRekap.write(to: rekap)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ServerProcess.packageRoot.appendingPathComponent("Scripts/browser-serve.py").path,
                             server.base.absoluteString, SampleUploads.samples.path, rekap.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("browser: all checks passed"), "\(output)")
    }
}
