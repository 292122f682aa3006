import Foundation
import SQLiteDB

/// The regional database `DIR/probis.sqlite` that `probis consolidate` writes: every
/// submission as read, with its findings, and the region's unit dictionary (see `Schema` and
/// `docs/database.md`).
///
/// A store is a cache of the files: when it was written by another schema version, opening it
/// for writing drops every table and recreates them empty, and the next consolidate fills it
/// again (files whose `storedHash` no longer matches are re-read anyway).
///
/// ```swift
/// let store = try ProbisStore(path: "Kota Metro/probis.sqlite")
/// if try store.storedHash(forPath: submission.path) != hash {
///     try store.save(submission, contentHash: hash, codeStyle: "dotted")
/// }
/// ```
public final class ProbisStore {
    let db: SQLiteConnection

    /// Opens or creates the store at `path` and makes sure it has the current schema.
    ///
    /// With `readOnly` (for `probis query`) nothing is created or rebuilt: a missing file is
    /// `StoreError.cannotOpen` and another schema version is `StoreError.schemaVersion`.
    public init(path: String, readOnly: Bool = false) throws {
        db = try StoreError.translating { try SQLiteConnection(path: path, readOnly: readOnly, writeAheadLog: true) }
        let found = try StoreError.translating { try db.userVersion }
        if found != Schema.version {
            if readOnly { throw StoreError.schemaVersion(path: path, found: found, expected: Schema.version) }
            try StoreError.translating { try recreate() }
        } else if !readOnly {
            // A run that stopped between suspending and restoring left them out.
            try restoreAnalystIndexes()
        }
    }

    /// True when no submission is stored yet: the next run fills every table.
    public var isEmpty: Bool {
        get throws { try StoreError.translating { try db.statement("SELECT 1 FROM submission LIMIT 1").firstRow { _ in true } == nil } }
    }

    /// Drops the analyst indexes before a bulk load (a first consolidation of a whole root):
    /// building them once afterwards costs less than updating them with every row.
    public func suspendAnalystIndexes() throws {
        try StoreError.translating {
            for index in Schema.analystIndexes { try db.execute("DROP INDEX IF EXISTS \(index.name)") }
        }
    }

    /// Leaves the file self-contained for readers: the write-ahead log folded back and the
    /// journal mode set to the classic one, so the database alone can be copied to a flash
    /// drive or read from read-only media (a WAL database needs its `-shm` file written).
    public func handOverToReaders() throws {
        try StoreError.translating {
            try db.execute("PRAGMA journal_mode = DELETE")
        }
    }

    /// Builds the analyst indexes that are missing.
    public func restoreAnalystIndexes() throws {
        try StoreError.translating {
            for index in Schema.analystIndexes { try db.execute(Schema.createIndexSQL(index)) }
        }
    }

    /// The content hash saved with the submission at `path`, nil when it is not stored.
    public func storedHash(forPath path: String) throws -> String? {
        return try StoreError.translating {
            let statement = try db.statement("SELECT content_hash FROM submission WHERE path = ?")
            try statement.bind(path, at: 1)
            return try statement.firstRow { $0.text(0) } ?? nil
        }
    }

    /// Every stored submission path, sorted.
    public func storedPaths() throws -> [String] {
        return try StoreError.translating {
            var paths: [String] = []
            try db.statement("SELECT path FROM submission ORDER BY path").forEachRow { paths.append($0.text(0) ?? "") }
            return paths
        }
    }

    /// Removes the submission at `path` and, by cascade, everything read from it.
    public func remove(path: String) throws {
        try StoreError.translating {
            let statement = try db.statement("DELETE FROM submission WHERE path = ?")
            try statement.bind(path, at: 1)
            try statement.run()
        }
    }

    /// Runs analyst SQL for `probis query` and returns the last statement's columns and rows,
    /// every value as text the way SQLite prints it (`42`, `1.5`), NULL as nil.
    ///
    /// Several statements separated by `;` run in turn.
    public func query(_ sql: String) throws -> (columns: [String], rows: [[String?]]) {
        return try StoreError.translating {
            var rest = sql
            var result: (columns: [String], rows: [[String?]])?
            while true {
                let (statement, tail) = try db.prepareFirst(rest)
                guard let statement else { break }
                result = try collect(statement)
                rest = tail
            }
            guard let result else { throw StoreError.emptyQuery }
            return result
        }
    }

    /// Answers an analyst's question for `probis query`: runs the statements of `sql` in turn,
    /// each of which must only read (anything that would write a file, `VACUUM INTO` included,
    /// is refused before it runs), and hands the last one's columns, then each row as it comes
    /// (nothing is collected, so a huge result prints in constant memory). Stops with
    /// `StoreError.timedOut` after `timeout` seconds.
    public func ask(_ sql: String, timeout: Int, columns: ([String]) -> Void, row: ([String?]) -> Void) throws {
        return try StoreError.translating {
            db.limitTime(seconds: timeout)
            var rest = sql
            var statements: [SQLiteStatement] = []
            while true {
                let (statement, tail) = try db.prepareFirst(rest)
                guard let statement else { break }
                guard statement.isReadOnly else { throw StoreError.notReadOnly(sql: statement.ownSQL) }
                statements.append(statement)
                rest = tail
            }
            guard let last = statements.last else { throw StoreError.emptyQuery }
            do {
                for statement in statements.dropLast() { try statement.forEachRow { _ in } }
                let count = last.columnCount
                columns((0..<count).map(last.columnName))
                try last.forEachRow { current in row((0..<count).map(current.display)) }
            } catch let error as SQLiteError where error.kind == .interrupted {
                throw StoreError.timedOut(seconds: timeout)
            }
        }
    }

    /// Replaces the unit dictionary of `region` with `entries`, in one transaction. Each entry
    /// is linked to the stored submission of its OPD when there is one.
    public func replaceUnitAliases(region: String, entries: [(opd: String, alias: String, canonical: String)]) throws {
        try StoreError.translating {
            try db.transaction {
                let clear = try db.statement("DELETE FROM unit_alias WHERE region = ?")
                try clear.bind(region, at: 1)
                try clear.run()
                let insert = try db.statement("""
                    INSERT INTO unit_alias (submission_id, region, opd, alias, canonical) VALUES (
                      (SELECT id FROM submission WHERE region = ?1 AND opd = ?2 ORDER BY id LIMIT 1), ?1, ?2, ?3, ?4)
                    """)
                for entry in entries {
                    var binder = SQLiteBinder(insert)
                    try binder.add(region)
                    try binder.add(entry.opd)
                    try binder.add(entry.alias)
                    try binder.add(entry.canonical)
                    try insert.run()
                }
            }
        }
    }

    private func collect(_ statement: SQLiteStatement) throws -> (columns: [String], rows: [[String?]]) {
        let count = statement.columnCount
        let columns = (0..<count).map(statement.columnName)
        var rows: [[String?]] = []
        try statement.forEachRow { row in rows.append((0..<count).map(row.display)) }
        return (columns, rows)
    }

    /// Drops every table and view, then creates the current schema. Foreign keys are off while
    /// dropping, since SQLite would otherwise check each parent table's rows as it goes.
    private func recreate() throws {
        var objects: [(type: String, name: String)] = []
        try db.statement("""
            SELECT type, name FROM sqlite_master
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type DESC
            """).forEachRow { objects.append(($0.text(0) ?? "", $0.text(1) ?? "")) }
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        try db.transaction {
            for object in objects {
                let quoted = object.name.replacingOccurrences(of: "\"", with: "\"\"")
                try db.execute("DROP \(object.type == "view" ? "VIEW" : "TABLE") IF EXISTS \"\(quoted)\"")
            }
            try db.execute(Schema.sql)
        }
    }
}
