import Foundation
import Spreadsheet

/// Walks a root folder for submissions without losing anything on the way: what cannot be
/// entered (an unreadable folder), what is not followed (a symbolic link, which could lead out
/// of the root or back into it) and what is not a spreadsheet (a PDF, a Word document) is
/// returned beside the files, so that each becomes a finding instead of vanishing.
struct FolderWalk {
    /// Why an entry under the root was not read.
    enum Problem: Sendable, Hashable {
        case link(target: String)
        case unreadableFolder(reason: String)
        /// A file that is no spreadsheet probis reads (a PDF, a Word document, an image ...).
        case foreign(FileKind)
    }

    /// Readable files, relative to the root, sorted.
    private(set) var files: [String] = []
    /// Entries that were not read, relative to the root, sorted by path.
    private(set) var problems: [(path: String, problem: Problem)] = []

    /// Lock files of Excel (`~$`) and LibreOffice (`.~lock`), macOS resource forks (`._`) and
    /// other hidden files, and the marks probis leaves in its output folders.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix("~$") || name.hasPrefix(".") || OutputSession.ownFiles.contains(name)
            || ["thumbs.db", "desktop.ini"].contains(name.lowercased())
    }

    init(root: String) {
        walk(root, relative: "")
        files.sort()
        problems.sort { $0.path < $1.path }
    }

    private mutating func walk(_ folder: String, relative: String) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append((relative, .unreadableFolder(reason: (error as NSError).localizedDescription)))
            return
        }
        for name in names.sorted() where !Self.isIgnored(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                problems.append((child, .unreadableFolder(reason: String(cString: strerror(errno)))))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                problems.append((child, .link(target: target)))
            case S_IFDIR:
                walk(path, relative: child)
            case S_IFREG where SpreadsheetReader.readableExtensions.contains((name as NSString).pathExtension.lowercased()):
                files.append(child)
            case S_IFREG:
                problems.append((child, .foreign(FileKind.of(path: path))))
            default:
                continue
            }
        }
    }
}

extension FolderWalk.Problem {
    /// What the user reads on the `table.unreadable` finding.
    var message: LocalizedText {
        switch self {
        case .link(let target):
            LocalizedText(id: "Tautan simbolik (ke \(target)) tidak diikuti: probis hanya membaca berkas yang benar-benar ada di dalam folder kiriman. Salin berkas atau folder aslinya ke sini.",
                          en: "Symbolic link (to \(target)) not followed: probis reads only files that really are inside the submissions folder. Copy the original file or folder here.")
        case .foreign(let kind):
            ForeignFile.message(kind)
        case .unreadableFolder(let reason):
            LocalizedText(id: "Folder tidak dapat dibuka (\(reason)); isinya tidak diperiksa. Periksa izin akses folder ini.",
                          en: "The folder cannot be opened (\(reason)); its content was not checked. Check the folder's permissions.")
        }
    }
}
