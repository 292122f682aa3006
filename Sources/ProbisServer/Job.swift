import Foundation
import ProsesBisnis
import Spreadsheet

/// One upload and its consolidation, as the page lists it. Saved as `job.json` in the job's
/// folder, so the list survives a restart of the server.
public struct JobRecord: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        case queued, running, done, failed
    }

    /// One file the officer can download, by a name the server chose (never a path from a request).
    public struct Download: Codable, Sendable, Equatable {
        public var name: String
        /// `rekap`, `regional`, `validated`, `database`, `report`.
        public var kind: String
        /// Relative to the job's folder.
        public var path: String
        public var bytes: Int
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var regions: Int
        public var submissions: Int
        public var errors: Int
        public var warnings: Int
    }

    public var id: String
    public var created: Date
    public var finished: Date?
    public var state: State
    public var language: String
    /// The uploaded file's name as the browser gave it, for the list.
    public var label: String
    public var files: Int
    public var done = 0
    public var total = 0
    public var stage: String?
    public var error: String?
    public var summary: Summary?
    public var downloads: [Download] = []
    /// The validated workbooks one by one (`<wilayah>/<opd>.xlsx`, relative to `out/`).
    public var validated: [String]?
    /// The map site's first page, relative to the job's `peta/` folder, once drawn.
    public var peta: String?

    static let fileName = "job.json"

    var languageValue: Language { Language(rawValue: language) ?? .id }

    /// Job ids are made by the server: a time and random letters, nothing a path could hide in.
    static func newID(at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
        let random = String((0..<6).map { _ in letters.randomElement()! })
        return formatter.string(from: date) + "-" + random
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    func save(in folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent(Self.fileName).path)
    }

    static func load(from folder: URL) -> JobRecord? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(JobRecord.self, from: data)
    }
}

/// The progress of a running job, written by the pipeline from any thread.
final class JobProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total = 0
    private var stage: LocalizedText?

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.done = done
        self.total = total
    }

    func update(stage: LocalizedText) {
        lock.lock()
        defer { lock.unlock() }
        self.stage = stage
    }

    func read() -> (done: Int, total: Int, stage: LocalizedText?) {
        lock.lock()
        defer { lock.unlock() }
        return (done, total, stage)
    }
}
