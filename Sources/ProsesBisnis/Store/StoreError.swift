import SQLiteDB
import Spreadsheet

/// Everything that can go wrong with the regional database (`probis.sqlite`): a failure of the
/// command, never a finding.
///
/// Every non-OK SQLite result code becomes one of these cases; the common ones a user can act
/// on (a damaged file, a lock held by another process, a read-only folder) get their own case
/// with advice, the rest keep SQLite's own text in `.sqlite`. All messages live in the one
/// switch below.
public enum StoreError: Error, Equatable, Sendable {
    /// `sqlite3_open_v2` failed: a missing folder, no permission.
    case cannotOpen(path: String, detail: String)
    /// The file exists but is not an SQLite database (SQLITE_NOTADB).
    case notADatabase(path: String)
    /// The file is an SQLite database whose pages are damaged (SQLITE_CORRUPT).
    case corrupt(path: String, detail: String)
    /// Another process held the lock longer than the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).
    case busy(path: String)
    /// The file or its folder cannot be written (SQLITE_READONLY, SQLITE_CANTOPEN while writing).
    case readOnly(path: String)
    /// The disk is full (SQLITE_FULL).
    case diskFull(path: String)
    /// A statement broke a NOT NULL, UNIQUE or FOREIGN KEY constraint (SQLITE_CONSTRAINT).
    case constraint(detail: String, sql: String)
    /// `query` was given nothing but spaces and comments.
    case emptyQuery
    /// Any other result code, with `sqlite3_errmsg`'s text and the statement that failed.
    case sqlite(code: Int32, detail: String, sql: String)
    /// A store opened read-only was written by another schema version (see `Schema.version`).
    case schemaVersion(path: String, found: Int, expected: Int)
    /// A `Kegiatan` marks a unit index its table does not have; 0-based, shown 1-based.
    case invalidUnitIndex(path: String, tabel: Int, kegiatan: Int, index: Int)
    /// A stored value that no model type accepts (a format or severity this build does not know).
    case unreadableValue(table: String, column: String, value: String)
    /// `probis query` only reads: a statement that would change a file is refused.
    case notReadOnly(sql: String)
    /// `probis query` stopped a statement that ran past its time limit.
    case timedOut(seconds: Int)
}

extension StoreError: CustomStringConvertible {
    /// The Indonesian message, for users.
    public var description: String { message(.id) }

    /// The message in the given language.
    public func message(_ language: Language) -> String {
        let (id, en) = texts
        return language == .en ? en : id
    }

    private static let rebuildID = "Hapus berkas itu lalu jalankan `probis consolidate` lagi untuk membuatnya ulang."
    private static let rebuildEN = "Delete it and run `probis consolidate` again to rebuild it."

    private var texts: (id: String, en: String) {
        switch self {
        case .cannotOpen(let path, let detail):
            ("\(path): basis data tidak dapat dibuka (\(detail)).",
             "\(path): cannot open the database (\(detail)).")
        case .notADatabase(let path):
            ("\(path): berkas ini bukan basis data SQLite atau sudah rusak. \(Self.rebuildID)",
             "\(path): this file is not an SQLite database or is damaged. \(Self.rebuildEN)")
        case .corrupt(let path, let detail):
            ("\(path): basis data rusak (\(detail)). \(Self.rebuildID)",
             "\(path): the database is damaged (\(detail)). \(Self.rebuildEN)")
        case .busy(let path):
            ("\(path): basis data sedang dikunci proses lain; coba lagi setelah proses itu selesai.",
             "\(path): the database is locked by another process; try again when it has finished.")
        case .readOnly(let path):
            ("\(path): basis data tidak dapat ditulis; periksa izin berkas dan foldernya.",
             "\(path): the database cannot be written; check the permissions of the file and its folder.")
        case .diskFull(let path):
            ("\(path): disk penuh; basis data tidak dapat ditulis.",
             "\(path): the disk is full; the database cannot be written.")
        case .constraint(let detail, let sql):
            ("Perintah SQL melanggar batasan basis data (\(detail)): \(sql)",
             "The SQL statement breaks a database constraint (\(detail)): \(sql)")
        case .emptyQuery:
            ("Kueri kosong: tidak ada perintah SQL untuk dijalankan.",
             "Empty query: there is no SQL statement to run.")
        case .sqlite(let code, let detail, let sql):
            ("Galat SQLite \(code) (\(detail)) pada: \(sql)",
             "SQLite error \(code) (\(detail)) in: \(sql)")
        case .schemaVersion(let path, let found, let expected):
            ("\(path): skema basis data versi \(found), sedangkan probis ini memakai versi \(expected). \(Self.rebuildID)",
             "\(path): the database has schema version \(found) but this probis uses version \(expected). \(Self.rebuildEN)")
        case .invalidUnitIndex(let path, let tabel, let kegiatan, let index):
            ("\(path): tabel lintas fungsi ke-\(tabel + 1), kegiatan ke-\(kegiatan + 1) menandai unit ke-\(index + 1) yang tidak ada di tabel itu.",
             "\(path): lintas fungsi table \(tabel + 1), activity \(kegiatan + 1) marks unit \(index + 1), which the table does not have.")
        case .unreadableValue(let table, let column, let value):
            ("Basis data berisi nilai yang tidak dikenal di \(table).\(column): \(value).",
             "The database holds an unknown value in \(table).\(column): \(value).")
        case .notReadOnly(let sql):
            ("probis query hanya membaca; perintah yang mengubah atau menulis berkas (INSERT, UPDATE, DELETE, VACUUM, ...) ditolak: \(sql)",
             "probis query only reads; a statement that changes or writes a file (INSERT, UPDATE, DELETE, VACUUM, ...) is refused: \(sql)")
        case .timedOut(let seconds):
            ("Kueri dihentikan setelah \(seconds) detik (batas --timeout). Persempit kuerinya atau naikkan --timeout.",
             "The query was stopped after \(seconds) seconds (the --timeout limit). Narrow the query or raise --timeout.")
        }
    }
}

extension StoreError {
    /// The store's words for a failure of the SQLite layer.
    init(_ error: SQLiteError) {
        switch error.kind {
        case .notADatabase: self = .notADatabase(path: error.path)
        case .corrupt: self = .corrupt(path: error.path, detail: error.detail)
        case .busy: self = .busy(path: error.path)
        case .readOnly: self = .readOnly(path: error.path)
        case .full: self = .diskFull(path: error.path)
        case .cannotOpen: self = .cannotOpen(path: error.path, detail: error.detail)
        case .constraint: self = .constraint(detail: error.detail, sql: error.sql)
        case .interrupted: self = .timedOut(seconds: 0)
        case .emptyQuery: self = .emptyQuery
        case .other: self = .sqlite(code: error.code, detail: error.detail, sql: error.sql)
        }
    }

    /// Runs `body`, saying any SQLite failure in the store's words: every public entry
    /// point of the store passes through here.
    static func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw StoreError(error)
        }
    }
}
