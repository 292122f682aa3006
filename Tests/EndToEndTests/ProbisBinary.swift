import Foundation

/// Runs the built `probis` executable, as a user would, and captures what it prints.
struct ProbisBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the process was ended by a signal (a kill), `status` then being the signal.
        var wasKilled = false
    }

    /// The package root, found from this file's location.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/SpreadsheetTests/Fixtures")

    /// The executable sits next to the test bundle in the build products folder.
    static let url: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("probis"),
            Bundle.main.bundleURL.appendingPathComponent("probis"),
            packageRoot.appendingPathComponent(".build/debug/probis"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Messages are Indonesian unless a test asks otherwise, whatever the machine's locale.
        process.environment = ProcessInfo.processInfo.environment.merging(["PROBIS_LANG": "id"].merging(environment) { $1 }) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      wasKilled: process.terminationReason == .uncaughtSignal)
    }
}
