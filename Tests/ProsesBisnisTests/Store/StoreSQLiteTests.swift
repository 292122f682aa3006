import Foundation
import Testing
@testable import ProsesBisnis
import SQLiteDB

/// The C API wrapper on its own, on an in-memory database.
@Suite struct StoreSQLiteTests {
    private func memory() throws -> SQLiteConnection {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, d REAL, s TEXT)")
        return db
    }

    private func count(_ db: SQLiteConnection) throws -> Int {
        try db.statement("SELECT count(*) FROM t").firstRow { $0.int(0) } ?? -1
    }

    static let texts: [(label: String, text: String?)] = [
        ("nil stays NULL", nil), ("empty stays empty", ""), ("embedded NUL", "a\u{0}b"),
        ("multi-byte", "日本 🏥"), ("long", String(repeating: "x", count: 100_000)),
    ]

    @Test(arguments: texts)
    func textBindsAndReadsBackExactly(label: String, text: String?) throws {
        let db = try memory()
        let insert = try db.statement("INSERT INTO t (s) VALUES (?)")
        try insert.bind(text, at: 1)
        try insert.run()
        let back = try db.statement("SELECT s FROM t").firstRow { $0.text(0) }
        #expect(back == .some(text), "\(label)")
    }

    @Test func numbersBindAndReadBack() throws {
        let db = try memory()
        let insert = try db.statement("INSERT INTO t (i, d) VALUES (?, ?)")
        try insert.bind(Int64.max, at: 1)
        try insert.bind(-0.125, at: 2)
        try insert.run()
        let row = try db.statement("SELECT i, d FROM t").firstRow { ($0.int64(0), $0.double(1)) }
        #expect(row?.0 == Int64.max)
        #expect(row?.1 == -0.125)
    }

    @Test func statementsAreCachedBySQLText() throws {
        let db = try memory()
        let first = try db.statement("SELECT 1")
        #expect(try db.statement("SELECT 1") === first)
        #expect(try db.statement("SELECT 2") !== first)
    }

    @Test func aThrowingTransactionRollsBack() throws {
        struct Stop: Error {}
        let db = try memory()
        #expect(throws: Stop.self) {
            try db.transaction {
                try db.execute("INSERT INTO t (i) VALUES (1)")
                throw Stop()
            }
        }
        #expect(try count(db) == 0)
        try db.transaction { try db.execute("INSERT INTO t (i) VALUES (1)") }
        #expect(try count(db) == 1)
    }

    @Test func aCachedStatementThatFailedCanBeUsedAgain() throws {
        let db = try memory()
        try db.execute("CREATE TABLE u (k INTEGER PRIMARY KEY)")
        let insert = try db.statement("INSERT INTO u VALUES (?)")
        try insert.bind(1, at: 1)
        try insert.run()
        try insert.bind(1, at: 1)
        #expect(throws: SQLiteError.self) { try insert.run() }
        let again = try db.statement("INSERT INTO u VALUES (?)")
        try again.bind(2, at: 1)
        try again.run()
        #expect(try db.statement("SELECT count(*) FROM u").firstRow { $0.int(0) } == 2)
    }

    @Test func foreignKeysAreOnForEveryConnection() throws {
        let db = try memory()
        #expect(try db.statement("PRAGMA foreign_keys").firstRow { $0.int(0) } == 1)
    }
}
