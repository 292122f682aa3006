import Foundation
import Glibc
import Synchronization
import Spreadsheet
import XLSXWriter

/// The one way probis puts a file in place: written under a temporary name in the destination
/// folder (so the rename cannot cross file systems), every write and the close checked, synced
/// to disk, then renamed over the final name. A reader never sees half a file, and a failure or
/// a kill at any point leaves the previous file as it was (and at worst a temporary file, which
/// the next run on the folder removes: `isTemporary`).
public enum AtomicFile {
    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws {
        try produce(at: path) { temporary in try writeChecked(data, to: temporary) }
    }

    /// Writes `data` to `path` under a temporary name and renames it into place like `write`,
    /// but leaves syncing to one `syncFileSystem(containing:)` for a whole set of files (the
    /// thousands of pages and drawings of the map site: one fsync each would double the cost
    /// of a consolidation). Only for files inside an output folder whose `OutputSession` marks
    /// it unfinished until that sync has returned: a run cut by a power loss before then is
    /// seen as interrupted, and the next one writes everything again.
    public static func writeSyncingLater(_ pieces: [ArraySlice<UInt8>], to path: String, creatingFolder: Bool = true) throws {
        let staged = creatingFolder ? try StagedFile(path: path) : StagedFile(inExistingFolder: path)
        do {
            try writeChecked(pieces, to: staged.temporaryPath)
            try FaultInjection.failWriteIfAsked(path)
            guard rename(staged.temporaryPath, path) == 0 else { throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno)) }
        } catch {
            staged.discard()
            throw classify(error, path: path)
        }
    }

    /// Writes a file inside a folder that is itself still under a temporary name (a region of
    /// the map site while it is drawn): no temporary name and rename of its own, since renaming
    /// the folder (`putStagedFolderInPlace`) puts all of its files in place at once. Like
    /// `writeSyncingLater`, only inside an output folder that `OutputSession` marks unfinished
    /// until one `syncFileSystem(containing:)` has returned. Errors name `finalPath`.
    public static func writeInStagedFolder(_ pieces: [ArraySlice<UInt8>], to path: String, finalPath: String) throws {
        do {
            try writeChecked(pieces, to: path)
            try FaultInjection.failWriteIfAsked(finalPath)
        } catch {
            unlink(path)
            throw classify(error, path: finalPath)
        }
    }

    /// Renames a folder written under `temporaryPath(for: path)` to `path`, which must not exist.
    public static func putStagedFolderInPlace(_ staged: String, at path: String) throws {
        guard rename(staged, path) == 0 else { throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno)) }
    }

    /// `syncfs(2)` on the file system holding `folder`: the end of `writeSyncingLater`.
    public static func syncFileSystem(containing folder: String) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(folder, cause: WriteCause(errno: errno)) }
        defer { close(descriptor) }
        // glibc declares syncfs only under _GNU_SOURCE, which Swift's Glibc module leaves out.
        guard let syncfs = Self.syncfs else { Glibc.sync(); return }
        guard syncfs(descriptor) == 0 else { throw OutputError.cannotWrite(folder, cause: WriteCause(errno: errno)) }
    }

    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Lets `body` create the file at a temporary path beside `path` (a library that writes to
    /// a path, such as libxlsxwriter), then checks it (`package`: a ZIP whose members and XML
    /// parts must all be whole), syncs it and renames it into place.
    public static func produce(at path: String, package: Bool = false, syncingLater: Bool = false,
                               _ body: (String) throws -> Void) throws {
        let staged = try StagedFile(path: path, syncingLater: syncingLater)
        try staged.commit(package: package) { try body(staged.temporaryPath) }
    }

    /// Creates `folder` and its parents when missing.
    public static func createFolder(_ folder: String) throws {
        guard !folder.isEmpty, folder != "." else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreate(folder, cause: WriteCause(error))
        }
    }

    /// A hidden sibling of `path`: `.<name>.<pid>-<run>-<n>.tmp`, where `run` is random per
    /// process and `n` counts: unique without a UUID per file (the map site writes 100,000s).
    public static func temporaryPath(for path: String) -> String {
        let number = String(temporaryCounter.wrappingAdd(1, ordering: .relaxed).newValue, radix: 36)
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "./.\(path).\(processTag)-\(number).tmp" }
        return "\(path[..<slash])/.\(path[path.utf8.index(after: slash)...]).\(processTag)-\(number).tmp"
    }

    private static let temporaryCounter = Atomic<Int>(0)
    private static let processTag = "\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"

    /// True for a name `temporaryPath` makes (or an older probis made: `.<name>.<pid>.tmp`).
    public static func isTemporary(name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.count > 5
    }

    static func parent(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `write(2)` until every byte is written, each call checked, and the close checked.
    static func writeChecked(_ data: some ContiguousBytes, to path: String) throws {
        try writeChecked(to: path) { try $0.write(data) }
    }

    /// `writeChecked` of pieces written one after another (`FileSink.write(_:)` with `writev`).
    static func writeChecked(_ pieces: [ArraySlice<UInt8>], to path: String) throws {
        try writeChecked(to: path) { try $0.write(pieces) }
    }

    private static func writeChecked(to path: String, _ fill: (FileSink) throws -> Void) throws {
        let file = try FileSink(path: path)
        do {
            try fill(file)
        } catch {
            try? file.close()
            throw error
        }
        try file.close()
    }

    /// `fsync(2)`: a rename must never put a file in place whose bytes are not yet on disk.
    static func sync(_ temporary: String, finalPath: String) throws {
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(finalPath, cause: WriteCause(errno: errno)) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw OutputError.cannotWrite(finalPath, cause: WriteCause(errno: errno)) }
    }

    static func verifyPackage(_ temporary: String, finalPath: String) throws {
        do {
            try PackageCheck.verify(path: temporary)
        } catch let damage as PackageCheck.Damage {
            throw OutputError.incomplete(finalPath, reason: [damage.part, damage.reason].compactMap { $0 }.joined(separator: ": "))
        }
    }

    /// Any failure as an `OutputError` naming the final path; a full disk is said as such even
    /// when the library that failed only knows "cannot write".
    static func classify(_ error: Error, path: String) -> Error {
        if let error = error as? OutputError {
            if case .cannotWrite(_, .diskFull) = error { return OutputError.cannotWrite(path, cause: .diskFull) }
            if case .cannotWrite(_, let cause) = error { return OutputError.cannotWrite(path, cause: cause) }
            if case .incomplete = error, isNearlyFull(parent(of: path)) { return OutputError.cannotWrite(path, cause: .diskFull) }
            return error
        }
        if isNearlyFull(parent(of: path)) { return OutputError.cannotWrite(path, cause: .diskFull) }
        if let error = error as? XLSXWriterError {
            return OutputError.cannotWrite(path, cause: .described(id: error.message(.id), en: error.message(.en)))
        }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain {
            return OutputError.cannotWrite(path, cause: WriteCause(error))
        }
        return error
    }

    /// Less than 1 MB left for ordinary users on the folder's file system.
    static func isNearlyFull(_ folder: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
    }
}

/// A file being written under its temporary name, for writers that stay open a while (REKAP):
/// `commit` checks it and puts it in place, `discard` drops it.
public struct StagedFile: Sendable {
    /// The final path.
    public let path: String
    /// Where the writer writes until `commit`.
    public let temporaryPath: String

    /// `commit` leaves syncing to one `AtomicFile.syncFileSystem(containing:)` for a whole set
    /// of files, under the same condition as `AtomicFile.writeSyncingLater`.
    public let syncsLater: Bool

    /// Creates the destination folder when missing and picks the temporary name.
    public init(path: String, syncingLater: Bool = false) throws {
        try AtomicFile.createFolder(AtomicFile.parent(of: path))
        self.init(inExistingFolder: path, syncingLater: syncingLater)
    }

    /// Picks the temporary name of a file whose folder the caller has created.
    public init(inExistingFolder path: String, syncingLater: Bool = false) {
        self.path = path
        syncsLater = syncingLater
        temporaryPath = AtomicFile.temporaryPath(for: path)
    }

    /// Checks the written file (`package`: a whole ZIP with whole XML parts), syncs it to disk
    /// (unless `syncsLater`) and renames it over `path`; on any failure the temporary file is
    /// removed and `path` left as it was.
    public func commit(package: Bool = false) throws {
        do {
            if package { try AtomicFile.verifyPackage(temporaryPath, finalPath: path) }
            try FaultInjection.failWriteIfAsked(path)
            if !syncsLater { try AtomicFile.sync(temporaryPath, finalPath: path) }
            FaultInjection.killIfAsked(.beforeRename, path: path)
            guard rename(temporaryPath, path) == 0 else { throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno)) }
        } catch {
            discard()
            throw AtomicFile.classify(error, path: path)
        }
    }

    /// Runs `finish` (the writer's last writes and its close, under the temporary name), then
    /// commits; when `finish` throws, the temporary file is removed and `path` left as it was.
    public func commit(package: Bool = false, after finish: () throws -> Void) throws {
        do {
            try finish()
        } catch {
            discard()
            throw AtomicFile.classify(error, path: path)
        }
        try commit(package: package)
    }

    /// Removes the temporary file, if any.
    public func discard() {
        unlink(temporaryPath)
    }
}
