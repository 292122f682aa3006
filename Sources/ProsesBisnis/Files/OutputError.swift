import Foundation
import Spreadsheet

/// Why probis could not write its outputs: failures of the command (exit 2), never findings.
/// Every case names the path, and the cause in words a user can act on.
public enum OutputError: Error, Equatable, Sendable {
    case outputInsideRoot(root: String, out: String)
    /// An output file (`--json`) would land inside the folder being read.
    case fileInsideRoot(root: String, path: String)
    /// An existing file at an output path that probis did not write (an original, perhaps).
    case notProbisFile(path: String)
    /// An existing folder holding files that probis did not write, without `--force`.
    case folderNotEmpty(path: String, example: String)
    /// Another probis run holds the output folder.
    case locked(path: String)
    case cannotCreate(String, cause: WriteCause)
    case cannotWrite(String, cause: WriteCause)
    /// A file was written but reads back incomplete: it was not put in place.
    case incomplete(String, reason: String)

    public func message(_ language: Language) -> String {
        let text = texts
        return language == .en ? text.en : text.id
    }

    private var texts: (id: String, en: String) {
        switch self {
        case .outputInsideRoot(let root, let out):
            return ("\(out): folder keluaran tidak boleh sama dengan atau berada di dalam \(root) (berkas asli tidak pernah ditimpa).",
                    "\(out): the output folder must not be \(root) or inside it (originals are never overwritten).")
        case .fileInsideRoot(let root, let path):
            return ("\(path): berkas keluaran tidak boleh berada di dalam folder yang dibaca (\(root)); pilih tempat lain.",
                    "\(path): an output file must not be inside the folder being read (\(root)); choose another place.")
        case .notProbisFile(let path):
            return ("\(path): sudah ada dan bukan tulisan probis; tidak ditimpa. Pilih nama lain atau hapus berkas itu sendiri.",
                    "\(path): already exists and was not written by probis; not overwritten. Choose another name or remove it yourself.")
        case .folderNotEmpty(let path, let example):
            return ("\(path): folder berisi berkas yang bukan tulisan probis (mis. \(example)); pilih folder kosong atau tambahkan --force.",
                    "\(path): the folder holds files probis did not write (e.g. \(example)); choose an empty folder or add --force.")
        case .locked(let path):
            return ("\(path): probis lain sedang menulis ke folder ini; tunggu sampai selesai.",
                    "\(path): another probis run is writing into this folder; wait until it ends.")
        case .cannotCreate(let path, let cause):
            return ("\(path): folder tidak dapat dibuat (\(cause.texts.id)).", "\(path): cannot create the folder (\(cause.texts.en)).")
        case .cannotWrite(let path, let cause):
            return ("\(path): tidak dapat ditulis (\(cause.texts.id)).", "\(path): cannot write (\(cause.texts.en)).")
        case .incomplete(let path, let reason):
            return ("\(path): berkas yang ditulis tidak utuh (\(reason)); tidak dipasang, berkas lama tetap. Periksa ruang disk.",
                    "\(path): the file written is incomplete (\(reason)); not put in place, the old file stays. Check the disk space.")
        }
    }
}

extension OutputError: CustomStringConvertible {
    public var description: String { message(.id) }
}

/// The cause of a failed write, from the system's error number.
public enum WriteCause: Equatable, Sendable {
    case diskFull
    case readOnly
    case permissionDenied
    case notAFolder
    case other(String)
    /// A library's own words, in both languages.
    case described(id: String, en: String)

    public init(errno code: Int32) {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: self = .diskFull
        case EROFS: self = .readOnly
        case EACCES, EPERM: self = .permissionDenied
        case ENOTDIR, ENOENT: self = .notAFolder
        default: self = .other(String(cString: strerror(code)))
        }
    }

    /// The cause of a Foundation error, through its underlying POSIX code when it has one.
    public init(_ error: Error) {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { self.init(errno: Int32(nsError.code)); return }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(underlying.code)); return
        }
        switch nsError.code {
        case CocoaError.fileWriteOutOfSpace.rawValue: self = .diskFull
        case CocoaError.fileWriteVolumeReadOnly.rawValue: self = .readOnly
        case CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileReadNoPermission.rawValue: self = .permissionDenied
        default: self = .other(nsError.localizedDescription)
        }
    }

    var texts: (id: String, en: String) {
        switch self {
        case .diskFull: ("disk penuh: ruang kosong habis", "disk full: no space left")
        case .readOnly: ("media hanya-baca", "read-only medium")
        case .permissionDenied: ("tidak ada izin menulis", "no permission to write")
        case .notAFolder: ("folder tidak ada", "folder does not exist")
        case .other(let text): (text, text)
        case .described(let id, let en): (id, en)
        }
    }
}
