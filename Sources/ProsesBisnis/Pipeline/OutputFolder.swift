import Foundation
import Spreadsheet

/// Where consolidation writes: never into the root being read, never over an original.
enum OutputFolder {
    /// Creates `out` after checking it is neither the root nor inside it.
    static func prepare(root: String, out: String) throws {
        try refuseInsideRoot(root: root, out: out)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw ConsolidateError.cannotCreate(out, reason: error.localizedDescription)
        }
    }

    /// Throws when `out` is the root or inside it; creates nothing (`fix --dry-run` asks too).
    static func refuseInsideRoot(root: String, out: String) throws {
        let rootPath = resolved(root)
        let outPath = resolved(out)
        guard outPath != rootPath, !outPath.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
            throw ConsolidateError.outputInsideRoot(root: root, out: out)
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A region or OPD name made safe as a file name: separators and characters Windows
    /// refuses become `-`, surrounding dots and spaces go.
    static func safeName(_ name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let replaced = String(name.map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        let trimmed = replaced.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return trimmed.isEmpty ? "_" : String(trimmed.prefix(120))
    }

    /// Relative output paths of the validated workbooks of a region's submissions, unique even
    /// when two submissions carry the same OPD name.
    static func workbookPaths(_ submissions: [Submission]) -> [String] {
        var taken: Set<String> = []
        return submissions.map { workbookPath(for: $0, taken: &taken) }
    }

    /// The next free `<region>/<opd>.xlsx` (then `<opd> (2).xlsx` ...) given the names
    /// `taken` (lowercased, since file systems may ignore case), which it extends.
    static func workbookPath(for submission: Submission, taken: inout Set<String>) -> String {
        let folder = safeName(submission.region)
        var name = safeName(submission.opd)
        var candidate = "\(folder)/\(name).xlsx"
        var counter = 2
        while !taken.insert(candidate.lowercased()).inserted {
            name = "\(safeName(submission.opd)) (\(counter))"
            candidate = "\(folder)/\(name).xlsx"
            counter += 1
        }
        return candidate
    }
}

/// Why consolidation could not run: failures of the command (exit 2), not findings.
public enum ConsolidateError: Error, Equatable {
    case outputInsideRoot(root: String, out: String)
    case cannotCreate(String, reason: String)
    case cannotWrite(String, reason: String)

    public func message(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .outputInsideRoot(let root, let out):
            return en ? "\(out): the output folder must not be \(root) or inside it (originals are never overwritten)."
                : "\(out): folder keluaran tidak boleh sama dengan atau berada di dalam \(root) (berkas asli tidak pernah ditimpa)."
        case .cannotCreate(let path, let reason):
            return en ? "\(path): cannot create the folder (\(reason))." : "\(path): folder tidak dapat dibuat (\(reason))."
        case .cannotWrite(let path, let reason):
            return en ? "\(path): cannot write (\(reason))." : "\(path): tidak dapat ditulis (\(reason))."
        }
    }
}
