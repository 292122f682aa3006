import Foundation
import Spreadsheet

/// Where probis writes: never into the root being read, never over a file it did not write.
/// Paths are compared as the file system resolves them, so a symbolic link cannot smuggle an
/// output into the root.
public enum OutputFolder {
    /// Checks `out` against the root and, when it exists, its content, then creates it.
    ///
    /// An existing folder is accepted when it is empty or probis wrote it (`OutputSession`'s
    /// marker, or the state and change-log files of earlier versions); `force` accepts any.
    public static func prepare(root: String, out: String, force: Bool = false) throws {
        try refuseInsideRoot(root: root, out: out)
        try refuseForeignContent(out, force: force)
        try AtomicFile.createFolder(out)
    }

    /// Throws when `out` is the root or inside it; creates nothing (`fix --dry-run` asks too).
    public static func refuseInsideRoot(root: String, out: String) throws {
        if isInside(realPath(out), realPath(root)) { throw OutputError.outputInsideRoot(root: root, out: out) }
    }

    /// Throws unless a report file (`--json`) may be written at `path`: outside every root,
    /// and either new or a probis report written earlier. Nothing is created.
    public static func checkReportFile(_ path: String, roots: [String]) throws {
        let real = realPath(path)
        if let root = roots.first(where: { isInside(real, realPath($0)) }) {
            throw OutputError.fileInsideRoot(root: root, path: path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard !isDirectory.boolValue, isProbisReport(path) else { throw OutputError.notProbisFile(path: path) }
    }

    /// A JSON report names its tool in its first bytes: `{"tool": {"name": "probis", ...`.
    static func isProbisReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 256)) ?? Data(), as: UTF8.self)
        return head.hasPrefix("{") && head.contains("\"tool\"") && head.contains("\"probis\"")
    }

    private static func refuseForeignContent(_ out: String, force: Bool) throws {
        guard !force, let names = try? FileManager.default.contentsOfDirectory(atPath: out), !names.isEmpty else { return }
        if names.contains(where: OutputSession.ownershipMarkers.contains) { return }
        let visible = names.filter { !$0.hasPrefix(".") }.sorted()
        throw OutputError.folderNotEmpty(path: out, example: visible.first ?? names.sorted()[0])
    }

    /// `child` is `parent` or lies below it (both already resolved).
    static func isInside(_ child: String, _ parent: String) -> Bool {
        child == parent || child.hasPrefix(parent.hasSuffix("/") ? parent : parent + "/")
    }

    /// The path as the file system resolves it: symbolic links followed in the longest part
    /// that exists, the rest (to be created) appended as given.
    static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return missing.reversed().reduce(String(cString: resolved)) { ($0 as NSString).appendingPathComponent($1) }
            }
            guard existing != "/", !existing.isEmpty else { return path }
            missing.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    /// A region or OPD name made safe as a file name: separators and characters Windows
    /// refuses become `-`, surrounding dots and spaces go.
    static func safeName(_ name: String) -> String {
        // Most names (and every code) are plain ASCII that needs nothing: one look at the bytes.
        if isSafeAsIs(name) { return name }
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let replaced = String(name.map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        let trimmed = replaced.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return trimmed.isEmpty ? "_" : String(trimmed.prefix(120))
    }

    /// Printable ASCII without a character `safeName` replaces, no dot or space at either
    /// end, and short enough to keep whole: `safeName` would return it unchanged.
    private static func isSafeAsIs(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count <= 120, let first = utf8.first, let last = utf8.last,
              first != 0x20, first != 0x2E, last != 0x20, last != 0x2E else { return false }
        for byte in utf8 {
            switch byte {
            case 0x2F, 0x5C, 0x3A, 0x2A, 0x3F, 0x22, 0x3C, 0x3E, 0x7C: return false  // / \ : * ? " < > |
            case 0x20..<0x80: continue
            default: return false
            }
        }
        return true
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
