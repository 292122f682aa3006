import Foundation

/// One command's hold on its output folder, from the first file written to the last.
///
/// Opening a session locks the folder (a second run on it is refused, not interleaved), marks
/// it as probis's and as unfinished (`.probis-output.json`, and `BELUM-SELESAI.txt` for the
/// person looking at the folder), and removes the temporary files a killed run left. `complete()`
/// marks it finished. A run that dies in between leaves the mark: the next run sees
/// `previousRunInterrupted` and writes everything anew instead of trusting what is there.
public final class OutputSession {
    public let folder: String
    /// The command holding the folder (`consolidate`, `fix`, ...).
    public let command: String
    /// The previous run on this folder started and never completed.
    public let previousRunInterrupted: Bool
    /// Temporary files of killed runs removed on opening.
    public let removedTemporaryFiles: Int
    private let lockDescriptor: Int32

    static let markerName = ".probis-output.json"
    static let lockName = ".probis.lock"
    /// Shown to the person who opens the folder while a run is going, or after one died.
    public static let unfinishedName = "BELUM-SELESAI.txt"
    /// Names that show probis wrote a folder: its marker, and what earlier versions left.
    static let ownershipMarkers: Set<String> = [markerName, lockName, ProbisOutputs.consolidateState,
                                                ProbisOutputs.changeLogCSV, ProbisOutputs.changeLogJSON]
    /// Files of the session itself, never submissions when the folder is read as input.
    public static let ownFiles: Set<String> = [markerName, lockName, unfinishedName]

    /// Opens a session on `folder`, which `OutputFolder.prepare` has checked and created.
    public init(folder: String, command: String) throws {
        self.folder = folder
        self.command = command
        let lockPath = (folder as NSString).appendingPathComponent(Self.lockName)
        lockDescriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockDescriptor >= 0 else { throw OutputError.cannotWrite(lockPath, cause: WriteCause(errno: errno)) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            throw OutputError.locked(path: folder)
        }
        previousRunInterrupted = Self.readStatus(folder) == "running"
        removedTemporaryFiles = Self.removeTemporaryFiles(under: folder)
        try write(status: "running", command: command)
        try AtomicFile.write(Data(Self.unfinishedText(command).utf8), to: path(Self.unfinishedName))
    }

    deinit {
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    /// Marks the folder finished: every output is in place.
    public func complete() throws {
        try write(status: "complete", command: command)
        unlink(path(Self.unfinishedName))
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private func write(status: String, command: String) throws {
        let text = """
            {"tool": "probis", "command": "\(command)", "status": "\(status)"}

            """
        try AtomicFile.write(Data(text.utf8), to: path(Self.markerName))
    }

    static func readStatus(_ folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(markerName)
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["status"] as? String
    }

    /// True when `folder` is the output of a probis run that did not finish.
    public static func isUnfinished(_ folder: String) -> Bool { readStatus(folder) == "running" }

    /// Removes `AtomicFile` temporaries below `folder` (links are not followed): files, and
    /// folders staged whole (a region of the map site) with everything in them.
    private static func removeTemporaryFiles(under folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            guard AtomicFile.isTemporary(name: (relative as NSString).lastPathComponent) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                walker.skipDescendants()
                if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
            } else if unlink(path) == 0 {
                removed += 1
            }
        }
        return removed
    }

    private static func unfinishedText(_ command: String) -> String {
        """
        probis \(command) sedang menulis ke folder ini, atau terhenti sebelum selesai.
        Jika berkas ini masih ada setelah probis berhenti, keluaran di sini belum lengkap:
        jalankan perintah yang sama sekali lagi; probis akan menulis ulang semuanya.

        probis \(command) is writing into this folder, or stopped before it finished.
        If this file is still here after probis has stopped, the outputs here are incomplete:
        run the same command again; probis will write everything anew.

        """
    }
}
