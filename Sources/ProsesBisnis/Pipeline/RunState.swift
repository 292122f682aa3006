import Foundation
import Spreadsheet

/// What a consolidation run leaves beside its outputs (`DIR/.probis-state.json`) so that the
/// next run over unchanged input can stop at once: the input fingerprint, the outputs it
/// wrote, and the terminal summary to show again.
public struct RunState: Codable, Equatable, Sendable {
    static let fileName = ProbisOutputs.consolidateState

    /// One region's line of the terminal summary.
    public struct RegionLine: Codable, Equatable, Sendable {
        public var name: String
        public var submissions: Int
        public var errors: Int
        public var warnings: Int
        /// The regional workbook, relative to the output folder.
        public var workbook: String
    }

    var version = 1
    var fingerprint: String
    var language: String
    var outputs: [String]
    var regions: [RegionLine]
    var hasErrors: Bool

    static func load(from folder: String) -> RunState? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(RunState.self, from: data)
    }

    func save(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: (folder as NSString).appendingPathComponent(Self.fileName))
    }

    /// True when every output the state lists is still there.
    func outputsExist(in folder: String) -> Bool {
        outputs.allSatisfy { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
    }

    /// The input fingerprint: tool version, language and every submission's path and hash.
    static func fingerprint(_ hashes: [(path: String, hash: String)], language: Language) -> String {
        let text = ([JSONReport.toolVersion, language.rawValue] + hashes.map { "\($0.path)\t\($0.hash)" }).joined(separator: "\n")
        return ContentHash.of(text: text)
    }
}
