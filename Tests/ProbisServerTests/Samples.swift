import Foundation
import ProbisServer

/// The Samples folder as an upload: a ZIP holding `Samples/<wilayah>/<opd>.xlsx`, as made by
/// "Send to › Compressed folder" on the folder itself.
enum SampleUploads {
    static let samples = ServerProcess.packageRoot.appendingPathComponent("Samples")

    static let zip: Data = {
        var writer = ZipWriter()
        let files = (FileManager.default.enumerator(atPath: samples.path)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            var isFolder: ObjCBool = false
            let url = samples.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            writer.add(name: "Samples/" + relative, data: data)
        }
        return writer.finished()
    }()

    /// REKAP.xlsx as `probis consolidate Samples --out DIR` writes it, once per test run.
    static let cliRekap: Data = {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("probis-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = ["consolidate", samples.path, "--out", out.path, "--quiet"]
        process.environment = ProcessInfo.processInfo.environment.merging(["PROBIS_LANG": "id"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
        return FileManager.default.contents(atPath: out.appendingPathComponent("REKAP.xlsx").path) ?? Data()
    }()

    static func zip(_ entries: [(String, Data)]) -> Data {
        var writer = ZipWriter()
        for (name, data) in entries { writer.add(name: name, data: data) }
        return writer.finished()
    }
}
