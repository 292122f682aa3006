import CSQLite

/// A failed SQLite call: the result code sorted into the kinds callers act on, with SQLite's
/// own words, the database and the statement. Callers turn it into their users' messages.
public struct SQLiteError: Error, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        case notADatabase, corrupt, busy, readOnly, full, cannotOpen, constraint
        /// Stopped by a time limit (`SQLiteConnection.limitTime`).
        case interrupted
        /// Nothing to run: only spaces and comments.
        case emptyQuery
        case other
    }

    public var kind: Kind
    /// The result code (primary or extended), 0 for `emptyQuery`.
    public var code: Int32
    public var detail: String
    public var path: String
    public var sql: String

    public init(code: Int32, detail: String, path: String, sql: String) {
        self.code = code
        self.detail = detail
        self.path = path
        self.sql = sql
        switch code & 0xFF {
        case SQLITE_NOTADB: kind = .notADatabase
        case SQLITE_CORRUPT: kind = .corrupt
        case SQLITE_BUSY, SQLITE_LOCKED: kind = .busy
        case SQLITE_READONLY: kind = .readOnly
        case SQLITE_FULL: kind = .full
        case SQLITE_CANTOPEN: kind = .cannotOpen
        case SQLITE_CONSTRAINT: kind = .constraint
        case SQLITE_INTERRUPT: kind = .interrupted
        default: kind = .other
        }
    }

    /// Nothing to run in the SQL given.
    public static let emptyQuery: SQLiteError = {
        var error = SQLiteError(code: 0, detail: "", path: "", sql: "")
        error.kind = .emptyQuery
        return error
    }()
}
