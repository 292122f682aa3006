import Foundation
import Testing
@testable import ProsesBisnis

@Suite struct SubmissionSourceTests {
    /// A folder with the given files (relative path → contents); removed by the caller.
    private func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("probis-source-\(UUID().uuidString)").path
        for (relative, contents) in files {
            let path = (root as NSString).appendingPathComponent(relative)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test func workbooksAndCSVFoldersAreSubmissions() throws {
        let root = try folder(["Kota Metro/Dinas.xlsx": "x", "NTT/Biro/proses.csv": "a", "NTT/Biro/sub.csv": "b", "Lepas.xlsx": "y"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let sources = try SubmissionSource.discover(root: root)
        #expect(sources.map(\.path) == ["Kota Metro/Dinas.xlsx", "Lepas.xlsx", "NTT/Biro"])
        #expect(sources.map(\.region) == ["Kota Metro", nil, "NTT"])
        #expect(sources[2].files.count == 2)
    }

    @Test func aConsolidateOutputFolderYieldsOnlyItsValidatedWorkbooks() throws {
        let root = try folder([RunState.fileName: "{}", "REKAP.xlsx": "r", "Kota Metro.xlsx": "m",
                               "Kota Metro/Dinas.xlsx": "x", "laporan.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try SubmissionSource.discover(root: root).map(\.path) == ["Kota Metro/Dinas.xlsx"])
    }
}
