import CSQLite
import Dispatch

/// One open SQLite database: the only place besides `SQLiteStatement.swift` that calls the C API.
///
/// Every non-OK result code becomes a thrown `SQLiteError`. Prepared statements are cached by
/// their SQL text, so the hot insert loops of `ProbisStore.save` compile each statement once per
/// connection instead of once per row.
///
/// ```swift
/// let db = try SQLiteConnection(path: "probis.sqlite")
/// try db.transaction { try db.execute("DELETE FROM finding") }
/// ```
public final class SQLiteConnection {
    /// The path as given, for messages.
    public let path: String
    private let handle: OpaquePointer
    /// Compiled statements by SQL text; finalised when the connection goes.
    private var cache: [String: SQLiteStatement] = [:]
    /// When a running statement is interrupted (`limitTime`), as a monotonic time in nanoseconds.
    fileprivate var deadline: UInt64 = .max

    /// Opens (and, unless `readOnly`, creates) the database with foreign keys enforced.
    ///
    /// `busyTimeout` is how long to wait for another process's lock before `SQLiteError.Kind.busy`.
    /// `writeAheadLog` switches to WAL with `synchronous = NORMAL`: commits no longer wait for
    /// an fsync, which is what makes one transaction per submission cost a millisecond.
    public init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 5_000, writeAheadLog: Bool = false) throws {
        self.path = path
        var pointer: OpaquePointer?
        // NOMUTEX: a connection is used by one thread at a time, and SQLite's per-call mutex
        // was 7% of a save.
        let flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let detail = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(pointer)
            throw SQLiteError(code: code, detail: detail, path: path, sql: "")
        }
        handle = pointer
        sqlite3_busy_timeout(handle, busyTimeout)
        try execute("PRAGMA foreign_keys = ON")
        // Reading the schema here makes a file that is not a database fail at open, not later.
        try execute("SELECT count(*) FROM sqlite_master")
        if writeAheadLog && !readOnly {
            try execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
    }

    deinit {
        cache.removeAll()
        // close_v2 defers the close until statements still held elsewhere are finalised.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows the caller needs.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        let detail = message.map { String(cString: $0) }
        sqlite3_free(message)
        if code != SQLITE_OK {
            throw SQLiteError(code: code, detail: detail ?? lastMessage, path: path, sql: sql)
        }
    }

    /// The cached compiled statement for `sql`, reset and with its bindings cleared.
    public func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        let compiled = try prepare(sql)
        cache[sql] = compiled
        return compiled
    }

    /// Compiles one statement without caching it, for one-off SQL such as `probis query`.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        guard let statement = try prepareFirst(sql).statement else { throw SQLiteError.emptyQuery }
        return statement
    }

    /// Compiles the first statement of `sql`; nil when that part holds only spaces and comments.
    /// Also returns the rest of the text, so callers can run several statements in turn.
    public func prepareFirst(_ sql: String) throws -> (statement: SQLiteStatement?, rest: String) {
        var pointer: OpaquePointer?
        var rest = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(handle, text, -1, &pointer, &tail)
            if let tail { rest = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(pointer)
            throw SQLiteError(code: code, detail: lastMessage, path: path, sql: sql)
        }
        return (pointer.map { SQLiteStatement(handle: $0, sql: sql, path: path) }, rest)
    }

    /// Runs `body` inside BEGIN IMMEDIATE … COMMIT, rolling back when it throws.
    ///
    /// IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout at
    /// BEGIN instead of one failing half-way through its inserts.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Interrupts any statement still running `seconds` from now (`SQLiteError.Kind.interrupted`); SQLite
    /// asks every few thousand instructions, so even a runaway join stops on time.
    public func limitTime(seconds: Int) {
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(seconds, 0)) * 1_000_000_000
        sqlite3_progress_handler(handle, 10_000, { context in
            guard let context else { return 0 }
            let connection = Unmanaged<SQLiteConnection>.fromOpaque(context).takeUnretainedValue()
            return DispatchTime.now().uptimeNanoseconds > connection.deadline ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// The rowid of the last row this connection inserted.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// `PRAGMA user_version`: the schema version the store was written with.
    public var userVersion: Int {
        get throws {
            try statement("PRAGMA user_version").firstRow { $0.int(0) } ?? 0
        }
    }

    private var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}
