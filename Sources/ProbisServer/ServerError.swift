import Foundation
import Spreadsheet

/// Why the server would not start, or why an upload or a request was refused. Every message
/// the page shows is here, in both languages, beside the CLI's own catalogues.
public enum ServerError: Error, Equatable, Sendable {
    case tokenRequired(host: String)
    case badPort(Int)
    case cannotListen(host: String, port: Int, reason: String)
    case dataFolder(path: String, reason: String)
    case wrongToken
    case notAZip
    case damagedZip(reason: String)
    case uploadTooLarge(limit: Int)
    case tooManyEntries(limit: Int)
    case tooManyFiles(limit: Int)
    case inflatedTooLarge(limit: Int)
    case unsafeEntry(name: String)
    case linkEntry(name: String)
    case emptyUpload
    case jobNotFound(String)
    case jobNotFinished(String)
    case downloadNotFound(String)

    /// The HTTP status the refusal is answered with.
    public var status: Int {
        switch self {
        case .wrongToken: 401
        case .uploadTooLarge, .inflatedTooLarge, .tooManyEntries, .tooManyFiles: 413
        case .jobNotFound, .downloadNotFound: 404
        case .jobNotFinished: 409
        case .tokenRequired, .badPort, .cannotListen, .dataFolder: 500
        default: 400
        }
    }

    /// A stable identifier for the page and the tests.
    public var code: String {
        switch self {
        case .tokenRequired: "serve.token_required"
        case .badPort: "serve.bad_port"
        case .cannotListen: "serve.cannot_listen"
        case .dataFolder: "serve.data_folder"
        case .wrongToken: "upload.wrong_token"
        case .notAZip: "upload.not_zip"
        case .damagedZip: "upload.damaged_zip"
        case .uploadTooLarge: "upload.too_large"
        case .tooManyEntries: "upload.too_many_entries"
        case .tooManyFiles: "upload.too_many_files"
        case .inflatedTooLarge: "upload.inflated_too_large"
        case .unsafeEntry: "upload.unsafe_entry"
        case .linkEntry: "upload.link_entry"
        case .emptyUpload: "upload.empty"
        case .jobNotFound: "job.not_found"
        case .jobNotFinished: "job.not_finished"
        case .downloadNotFound: "job.download_not_found"
        }
    }

    public func message(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case let .tokenRequired(host):
            return en ? "Listening on \(host), which is not a loopback address, needs --token: a shared secret the page asks for."
                : "Mendengarkan di \(host), yang bukan alamat loopback, memerlukan --token: kata sandi bersama yang diminta halaman."
        case let .badPort(port):
            return en ? "Port \(port) is not between 0 and 65535." : "Port \(port) tidak di antara 0 dan 65535."
        case let .cannotListen(host, port, reason):
            return en ? "Cannot listen on \(host):\(port): \(reason)" : "Tidak dapat mendengarkan di \(host):\(port): \(reason)"
        case let .dataFolder(path, reason):
            return en ? "Cannot use the data folder \(path): \(reason)" : "Folder data \(path) tidak dapat dipakai: \(reason)"
        case .wrongToken:
            return en ? "Wrong or missing token." : "Token salah atau belum diisi."
        case .notAZip:
            return en ? "The upload is not a ZIP file." : "Unggahan bukan berkas ZIP."
        case let .damagedZip(reason):
            return en ? "The ZIP cannot be unpacked: \(reason)" : "ZIP tidak dapat dibuka: \(reason)"
        case let .uploadTooLarge(limit):
            return en ? "The upload is larger than \(Self.size(limit))." : "Unggahan lebih besar dari \(Self.size(limit))."
        case let .tooManyEntries(limit):
            return en ? "The ZIP holds more than \(limit) entries." : "ZIP berisi lebih dari \(limit) entri."
        case let .tooManyFiles(limit):
            return en ? "The upload holds more than \(limit) files." : "Unggahan berisi lebih dari \(limit) berkas."
        case let .inflatedTooLarge(limit):
            return en ? "Unpacked, the ZIP would be larger than \(Self.size(limit)) (a zip bomb?)."
                : "Jika dibuka, ZIP akan lebih besar dari \(Self.size(limit)) (bom zip?)."
        case let .unsafeEntry(name):
            return en ? "The ZIP entry \(name) points outside its folder (.. or an absolute path): refused."
                : "Entri ZIP \(name) menunjuk ke luar foldernya (.. atau jalur mutlak): ditolak."
        case let .linkEntry(name):
            return en ? "The ZIP entry \(name) is a link: refused." : "Entri ZIP \(name) berupa tautan: ditolak."
        case .emptyUpload:
            return en ? "The upload holds no file." : "Unggahan tidak berisi berkas."
        case let .jobNotFound(id):
            return en ? "No job \(id)." : "Tidak ada pekerjaan \(id)."
        case let .jobNotFinished(id):
            return en ? "Job \(id) has not finished yet." : "Pekerjaan \(id) belum selesai."
        case let .downloadNotFound(name):
            return en ? "No download \(name) in this job." : "Tidak ada unduhan \(name) pada pekerjaan ini."
        }
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) B"
    }
}
