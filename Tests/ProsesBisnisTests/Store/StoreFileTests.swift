import Foundation
import Testing
import Spreadsheet
@testable import ProsesBisnis

/// What happens to the database file itself: versions, damage, permissions.
@Suite struct StoreFileTests {
    static let staleVersions: [(label: String, setup: String)] = [
        ("older version", "PRAGMA user_version = 0"),
        ("newer version", "PRAGMA user_version = 99"),
        ("foreign tables and a view", "CREATE TABLE legacy(x); CREATE VIEW old AS SELECT * FROM legacy; PRAGMA user_version = 7"),
    ]

    @Test(arguments: staleVersions)
    func anotherSchemaVersionIsDroppedAndRecreated(label: String, setup: String) throws {
        let scratch = StoreScratch()
        do {
            let store = try scratch.store()
            try store.save(richSubmission(), contentHash: "h", codeStyle: nil)
            _ = try store.query(setup)
        }
        let reopened = try scratch.store()
        #expect(try reopened.storedPaths() == [], "\(label)")
        #expect(try reopened.query("PRAGMA user_version").rows == [["\(Schema.version)"]])
        let objects = try reopened.query("SELECT name FROM sqlite_master WHERE name IN ('legacy', 'old')").rows
        #expect(objects.isEmpty, "\(label)")
        try reopened.save(richSubmission(), contentHash: "h", codeStyle: nil)
        #expect(try reopened.storedPaths() == [richSubmission().path])
    }

    @Test func aReadOnlyOpenRefusesAnotherVersionAndLeavesItAlone() throws {
        let scratch = StoreScratch()
        do {
            let store = try scratch.store()
            try store.save(richSubmission(), contentHash: "h", codeStyle: nil)
            _ = try store.query("PRAGMA user_version = 99")
        }
        #expect(throws: StoreError.schemaVersion(path: scratch.storePath, found: 99, expected: Schema.version)) {
            try ProbisStore(path: scratch.storePath, readOnly: true)
        }
        _ = try scratch.store().query("PRAGMA user_version")  // still openable
    }

    @Test func aReadOnlyStoreCanBeQueriedButNotWritten() throws {
        let scratch = StoreScratch()
        try scratch.store().save(richSubmission(), contentHash: "h", codeStyle: nil)
        let store = try ProbisStore(path: scratch.storePath, readOnly: true)
        #expect(try store.query("SELECT count(*) FROM kegiatan").rows == [["3"]])
        #expect(throws: StoreError.readOnly(path: scratch.storePath)) { try store.remove(path: richSubmission().path) }
    }

    @Test func aMissingFileOpenedReadOnlyCannotBeOpened() throws {
        let scratch = StoreScratch()
        #expect {
            try ProbisStore(path: scratch.storePath, readOnly: true)
        } throws: { error in
            guard case .cannotOpen(let path, _) = error as? StoreError else { return false }
            return path == scratch.storePath
        }
    }

    @Test func randomBytesAreNotADatabaseAndSayHowToRecover() throws {
        let scratch = StoreScratch()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<8192).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.storePath))
        let error = StoreError.notADatabase(path: scratch.storePath)
        #expect(throws: error) { try scratch.store() }
        #expect(error.message(.id).contains("bukan basis data SQLite"))
        #expect(error.message(.en).contains("run `probis consolidate` again"))
    }

    @Test func aFolderThatDoesNotExistCannotBeOpened() throws {
        let path = StoreScratch().folder.appendingPathComponent("tidak/ada/probis.sqlite").path
        #expect {
            try ProbisStore(path: path)
        } throws: { error in
            guard case .cannotOpen(let failed, let detail) = error as? StoreError else { return false }
            return failed == path && !detail.isEmpty
        }
    }

    static let messages: [(label: String, error: StoreError, id: String, en: String)] = [
        ("busy", .busy(path: "d/probis.sqlite"),
         "d/probis.sqlite: basis data sedang dikunci proses lain; coba lagi setelah proses itu selesai.",
         "d/probis.sqlite: the database is locked by another process; try again when it has finished."),
        ("unit index shown 1-based", .invalidUnitIndex(path: "a.xlsx", tabel: 0, kegiatan: 4, index: 6),
         "a.xlsx: tabel lintas fungsi ke-1, kegiatan ke-5 menandai unit ke-7 yang tidak ada di tabel itu.",
         "a.xlsx: lintas fungsi table 1, activity 5 marks unit 7, which the table does not have."),
        ("empty query", .emptyQuery,
         "Kueri kosong: tidak ada perintah SQL untuk dijalankan.", "Empty query: there is no SQL statement to run."),
        ("unknown value", .unreadableValue(table: "finding", column: "severity", value: "fatal"),
         "Basis data berisi nilai yang tidak dikenal di finding.severity: fatal.",
         "The database holds an unknown value in finding.severity: fatal."),
    ]

    @Test(arguments: messages)
    func messagesInBothLanguages(label: String, error: StoreError, id: String, en: String) {
        #expect(error.message(.id) == id, "\(label)")
        #expect(error.message(.en) == en, "\(label)")
        #expect(error.description == id, "\(label)")
    }
}
