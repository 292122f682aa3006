import CSQLite

/// SQLite copies text bound with this destructor, so Swift's buffer may go right after the call.
private var transientDestructor: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

/// One compiled SQL statement. Parameters and columns are addressed by index: parameters from
/// 1, columns from 0, as in SQLite's C API.
///
/// Reading helpers (`run`, `forEachRow`, `firstRow`) always finish with a reset, so a cached
/// statement never keeps a read transaction open between uses.
public final class SQLiteStatement {
    public let sql: String
    private let handle: OpaquePointer
    private let path: String

    init(handle: OpaquePointer, sql: String, path: String) {
        self.handle = handle
        self.sql = sql
        self.path = path
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    public func bind(_ value: Int64?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    public func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map(Int64.init), at: index)
    }

    public func bind(_ value: Double?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds the UTF-8 bytes with their length, so embedded NUL characters survive the trip.
    public func bind(_ value: String?, at index: Int32) throws {
        guard var value else { return try bindNull(at: index) }
        let code = value.withUTF8 { bytes in
            // A nil base address would bind NULL; an empty string must stay an empty string.
            guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, transientDestructor) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transientDestructor)
            }
        }
        try check(code)
    }

    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    // MARK: Stepping

    /// Advances one row: true when a row is ready to read, false when the statement is done.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(code)
        }
    }

    /// Puts the statement back at its start with no parameters bound. sqlite3_reset repeats the
    /// last step's error, which `step` has already thrown, so its result is ignored here.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Back to the start, keeping the bindings: the insert loops bind every parameter anew.
    public func rewind() {
        sqlite3_reset(handle)
    }

    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE), then rewinds it.
    public func run() throws {
        defer { rewind() }
        while try step() {}
    }

    /// True when running it cannot change any database file (`sqlite3_stmt_readonly`): false
    /// for INSERT, UPDATE, DELETE, CREATE, VACUUM (with INTO too), journal-mode pragmas.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// This statement's own SQL text (not the rest of a script it was cut from).
    public var ownSQL: String { sqlite3_sql(handle).map { String(cString: $0) } ?? sql }

    /// Calls `body` for every row, then resets.
    public func forEachRow(_ body: (SQLiteStatement) throws -> Void) throws {
        defer { reset() }
        while try step() { try body(self) }
    }

    /// The first row read through `read`, or nil when there is none; then resets.
    public func firstRow<T>(_ read: (SQLiteStatement) throws -> T) throws -> T? {
        defer { reset() }
        return try step() ? read(self) : nil
    }

    // MARK: Columns

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public func columnName(_ index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    public func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    public func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    public func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// The column as text (numbers as SQLite prints them); nil for NULL.
    public func text(_ index: Int32) -> String? {
        guard !isNull(index), let bytes = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column for `probis query`: text as is, blobs in SQL's `x'…'` notation, NULL as nil.
    public func display(_ index: Int32) -> String? {
        guard sqlite3_column_type(handle, index) == SQLITE_BLOB else { return text(index) }
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let base = sqlite3_column_blob(handle, index) else { return "x''" }
        let bytes = UnsafeRawBufferPointer(start: base, count: count)
        let hex = bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        return "x'\(hex)'"
    }

    // MARK: Errors

    private func check(_ code: Int32) throws {
        if code != SQLITE_OK { throw error(code) }
    }

    private func error(_ code: Int32) -> SQLiteError {
        let detail = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        return SQLiteError(code: code, detail: detail, path: path, sql: sql)
    }
}

/// Binds parameters in order, so a 40-column insert never counts its own indices.
public struct SQLiteBinder {
    public let statement: SQLiteStatement
    public private(set) var next: Int32 = 1

    public init(_ statement: SQLiteStatement) { self.statement = statement }

    public mutating func add(_ value: String?) throws { try statement.bind(value, at: next); next += 1 }
    public mutating func add(_ value: Int?) throws { try statement.bind(value, at: next); next += 1 }
    public mutating func add(_ value: Int64?) throws { try statement.bind(value, at: next); next += 1 }
    public mutating func add(_ value: Bool?) throws { try statement.bind(value.map { $0 ? 1 : 0 } as Int?, at: next); next += 1 }
}

/// Reads the columns of the current row in order, mirroring `SQLiteBinder`.
public struct SQLiteRowReader {
    public let statement: SQLiteStatement
    public private(set) var next: Int32 = 0

    public init(_ statement: SQLiteStatement) { self.statement = statement }

    public mutating func text() -> String? { defer { next += 1 }; return statement.text(next) }
    public mutating func int() -> Int? { defer { next += 1 }; return statement.isNull(next) ? nil : statement.int(next) }
    public mutating func int64() -> Int64? { defer { next += 1 }; return statement.isNull(next) ? nil : statement.int64(next) }
    public mutating func bool() -> Bool? { int().map { $0 != 0 } }
    /// Peeks whether the next column is NULL without moving past it.
    public func nextIsNull() -> Bool { statement.isNull(next) }
    public mutating func skip(_ count: Int32) { next += count }
}
