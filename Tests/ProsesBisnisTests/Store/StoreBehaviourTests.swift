import Foundation
import Testing
import Spreadsheet
@testable import ProsesBisnis

/// Every table that holds rows read from a submission.
private let childTables = ["proses", "sub_proses", "lintas_fungsi", "tabel_lintas_fungsi", "unit", "kegiatan",
                           "participation", "finding", "placeholder", "table_found"]

/// Row counts per table, as `table=count`.
private func counts(_ store: ProbisStore) throws -> [String] {
    try (["submission"] + childTables).map { table in
        "\(table)=\(try store.query("SELECT count(*) FROM \(table)").rows[0][0] ?? "")"
    }
}

@Suite struct StoreBehaviourTests {
    private func indexNames(_ store: ProbisStore) throws -> [String] {
        try store.query("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .rows.map { $0[0] ?? "" }
    }

    /// A first consolidation loads without the analyst indexes and builds them at the end; a
    /// run that stopped in between gets them back when the store is next opened for writing.
    @Test func analystIndexesAreSuspendedForABulkLoadAndAlwaysComeBack() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        let every = try indexNames(store)
        #expect(every == ["finding_rule", "lintas_fungsi_kode", "participation_unit", "proses_kode", "sub_proses_kode",
                          "submission_region", "unit_alias_lookup", "unit_alias_submission", "unit_name"])
        #expect(try store.isEmpty)
        try store.suspendAnalystIndexes()
        try store.save(richSubmission(), contentHash: "one", codeStyle: nil)
        #expect(try !store.isEmpty)
        #expect(try indexNames(store) == ["submission_region", "unit_alias_lookup", "unit_alias_submission"])
        #expect(try indexNames(scratch.store()) == every)
        try store.restoreAnalystIndexes()
        #expect(try indexNames(store) == every)
    }

    @Test func savingTheSamePathTwiceReplacesInsteadOfAdding() throws {
        let store = try StoreScratch().store()
        try store.save(richSubmission(), contentHash: "one", codeStyle: nil)
        let once = try counts(store)
        try store.save(richSubmission(), contentHash: "two", codeStyle: nil)
        #expect(try counts(store) == once)
        #expect(once == ["submission=1", "proses=3", "sub_proses=3", "lintas_fungsi=2", "tabel_lintas_fungsi=2", "unit=3",
                         "kegiatan=3", "participation=4", "finding=3", "placeholder=2", "table_found=3"])
        #expect(try store.storedHash(forPath: richSubmission().path) == "two")
    }

    @Test func removeCascadesToEveryChildTable() throws {
        let store = try StoreScratch().store()
        try store.save(richSubmission(path: "a.xlsx"), contentHash: "a", codeStyle: nil)
        try store.save(richSubmission(path: "b.xlsx"), contentHash: "b", codeStyle: nil)
        try store.remove(path: "a.xlsx")
        #expect(try store.storedPaths() == ["b.xlsx"])
        #expect(try counts(store).contains("kegiatan=3"))
        try store.remove(path: "b.xlsx")
        #expect(try counts(store).allSatisfy { $0.hasSuffix("=0") })
    }

    @Test func storedHashAndPathsFollowSaves() throws {
        let store = try StoreScratch().store()
        #expect(try store.storedHash(forPath: "b.xlsx") == nil)
        try store.save(richSubmission(path: "b.xlsx"), contentHash: "hb", codeStyle: nil)
        try store.save(richSubmission(path: "a.xlsx"), contentHash: "ha", codeStyle: nil)
        #expect(try store.storedHash(forPath: "b.xlsx") == "hb")
        #expect(try store.storedPaths() == ["a.xlsx", "b.xlsx"])
    }

    static let orphans: [(label: String, sql: String)] = [
        ("proses without submission", "INSERT INTO proses (submission_id, position, row) VALUES (999, 0, 0)"),
        ("unit without table", "INSERT INTO unit (tabel_id, position, name, row) VALUES (999, 0, 'Sekretariat', 0)"),
        ("participation without activity", "INSERT INTO participation (kegiatan_id, position, unit_id) VALUES (999, 0, 1)"),
        ("table_found without submission", "INSERT INTO table_found VALUES (999, 'proses')"),
    ]

    @Test(arguments: orphans)
    func foreignKeysRejectOrphans(label: String, sql: String) throws {
        let store = try StoreScratch().store()
        try store.save(richSubmission(), contentHash: "h", codeStyle: nil)
        #expect(throws: StoreError.constraint(detail: "FOREIGN KEY constraint failed", sql: sql), "\(label)") {
            try store.query(sql)
        }
    }

    @Test func aSubmissionWithAnUnknownUnitIndexIsRefusedAndTheOldOneKept() throws {
        let store = try StoreScratch().store()
        var bad = richSubmission()
        try store.save(bad, contentHash: "good", codeStyle: nil)
        bad.tabelLintasFungsi[0].kegiatan[1].units = [3]
        #expect(throws: StoreError.invalidUnitIndex(path: bad.path, tabel: 0, kegiatan: 1, index: 3)) {
            try store.save(bad, contentHash: "bad", codeStyle: nil)
        }
        #expect(try store.storedHash(forPath: bad.path) == "good")
    }

    /// A region is saved in one transaction: both submissions, or (one being bad) neither.
    @Test func aRegionIsSavedWhole() throws {
        let store = try StoreScratch().store()
        var other = richSubmission()
        other.path = "Kota Metro/Dinas Lain.xlsx"
        try store.save([(richSubmission(), "one", nil), (other, "two", nil)])
        #expect(try store.storedPaths() == [other.path, richSubmission().path].sorted())
        var bad = other
        bad.path = "Kota Metro/Dinas Ketiga.xlsx"
        bad.tabelLintasFungsi[0].kegiatan[1].units = [3]
        var fresh = richSubmission()
        fresh.path = "Kota Metro/Dinas Keempat.xlsx"
        #expect(throws: StoreError.self) { try store.save([(fresh, "three", nil), (bad, "four", nil)]) }
        #expect(try store.storedPaths() == [other.path, richSubmission().path].sorted())
    }

    @Test func aFailureHalfWayThroughSaveRollsBackToTheStoredVersion() throws {
        let store = try StoreScratch().store()
        try store.save(richSubmission(), contentHash: "good", codeStyle: nil)
        // A trigger makes the fourth insert fail after the delete and three inserts have run.
        _ = try store.query("CREATE TRIGGER fail BEFORE INSERT ON kegiatan WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'stop'); END")
        #expect(throws: StoreError.self) { try store.save(richSubmission(), contentHash: "bad", codeStyle: nil) }
        #expect(try store.storedHash(forPath: richSubmission().path) == "good")
        #expect(try store.load(path: richSubmission().path)?.submission.tabelLintasFungsi == richSubmission().tabelLintasFungsi)
    }

    @Test func unitAliasesAreReplacedPerRegionAndSurviveResaving() throws {
        let store = try StoreScratch().store()
        try store.save(richSubmission(), contentHash: "h", codeStyle: nil)
        try store.replaceUnitAliases(region: "Kota Metro", entries: [("Dinas Pendidikan", "Sekret.", "Sekretariat")])
        try store.replaceUnitAliases(region: "Kota Uji", entries: [("Dinas Uji", "Subbag", "Subbagian Umum")])
        try store.replaceUnitAliases(region: "Kota Metro", entries: [("Dinas Pendidikan", "Sekr", "Sekretariat"),
                                                                     ("Dinas Lain", "TU", "Tata Usaha")])
        try store.save(richSubmission(), contentHash: "h2", codeStyle: nil)
        let rows = try store.query("""
            SELECT region, opd, alias, canonical, submission_id IS NOT NULL FROM unit_alias ORDER BY region, opd
            """).rows
        #expect(rows == [["Kota Metro", "Dinas Lain", "TU", "Tata Usaha", "0"],
                         ["Kota Metro", "Dinas Pendidikan", "Sekr", "Sekretariat", "1"],
                         ["Kota Uji", "Dinas Uji", "Subbag", "Subbagian Umum", "0"]])
    }

    @Test func queryRendersValuesAsSQLitePrintsThem() throws {
        let store = try StoreScratch().store()
        let result = try store.query("SELECT 42 AS n, 1.5 AS d, 3.0 AS whole, NULL AS empty, 'teks' AS t, x'00ff' AS b;")
        #expect(result.columns == ["n", "d", "whole", "empty", "t", "b"])
        #expect(result.rows == [["42", "1.5", "3.0", nil, "teks", "x'00ff'"]])
        #expect(try store.query("SELECT 1; SELECT 2 AS last").rows == [["2"]])
    }

    static let badQueries: [(label: String, sql: String, error: StoreError)] = [
        ("empty", "  ", .emptyQuery),
        ("only a comment", "-- nothing\n", .emptyQuery),
        ("syntax", "SELEC 1", .sqlite(code: 1, detail: "near \"SELEC\": syntax error", sql: "SELEC 1")),
        ("unknown table", "SELECT * FROM proces", .sqlite(code: 1, detail: "no such table: proces", sql: "SELECT * FROM proces")),
    ]

    @Test(arguments: badQueries)
    func badQueriesThrowTheirCase(label: String, sql: String, error: StoreError) throws {
        let store = try StoreScratch().store()
        #expect(throws: error, "\(label)") { try store.query(sql) }
    }
}
