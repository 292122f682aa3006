import Foundation
import Testing

/// The portable tarball (`Scripts/package`) runs on a machine without Swift: `Scripts/package
/// --check` unpacks it into a fresh folder, runs it with `env -i` (and `/opt/swift` hidden where
/// a mount namespace can be had), checks that `ldd` names nothing of the toolchain, consolidates
/// Samples and starts `serve`. Building the release takes minutes, so the test runs on a
/// tarball already in `dist/` (`Scripts/package`, or `PROBIS_PACKAGE_TEST=1 Scripts/test`)
/// and is skipped, saying so, without one.
struct PackageTests {
    static let version: String = {
        let source = (try? String(contentsOf: ServerProcess.packageRoot.appendingPathComponent("Sources/probis/Probis.swift"), encoding: .utf8)) ?? ""
        guard let range = source.range(of: "static let current = \"") else { return "?" }
        return String(source[range.upperBound...].prefix { $0 != "\"" })
    }()

    static let tarball = ServerProcess.packageRoot.appendingPathComponent("dist/probis-\(version)-linux-x86_64.tar.gz")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: tarball.path),
                   "no dist/probis-<version>-linux-x86_64.tar.gz (run Scripts/package): package test skipped"))
    func theTarballRunsWithoutSwift() throws {
        let process = Process()
        process.executableURL = ServerProcess.packageRoot.appendingPathComponent("Scripts/package")
        process.arguments = ["--check", Self.tarball.path]
        process.currentDirectoryURL = ServerProcess.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("check: the package runs without Swift"), "\(output)")
        #expect(!output.contains("FAIL"), "\(output)")
    }
}
