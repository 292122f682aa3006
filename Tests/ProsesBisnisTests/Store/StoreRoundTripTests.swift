import Foundation
import Testing
import Spreadsheet
@testable import ProsesBisnis

/// Placeholders are tuples, which are not Equatable: compared as pairs.
private func pairs(_ placeholders: [(field: FieldValue, table: TableKind)]) -> [String] {
    placeholders.map { "\($0.table.rawValue) \($0.field)" }
}

@Suite struct StoreRoundTripTests {
    @Test func richSubmissionComesBackFieldByField() throws {
        let scratch = StoreScratch()
        let original = richSubmission()
        try scratch.store().save(original, contentHash: "sha256:abc", codeStyle: "dotted")
        // A fresh connection, so nothing can come from a cache.
        let loaded = try #require(try scratch.store().load(path: original.path))
        let s = loaded.submission
        #expect(loaded.contentHash == "sha256:abc")
        #expect(loaded.codeStyle == "dotted")
        #expect([s.path, s.region, s.opd] == [original.path, original.region, original.opd])
        #expect(s.format == original.format)
        #expect(s.proses == original.proses)
        #expect(s.subProses == original.subProses)
        #expect(s.lintasFungsi == original.lintasFungsi)
        #expect(s.tabelLintasFungsi == original.tabelLintasFungsi)
        #expect(s.findings == original.findings)
        #expect(pairs(s.placeholders) == pairs(original.placeholders))
        #expect(s.tablesFound == original.tablesFound)
        #expect(s.aktivitasCount == 3)
    }

    @Test func csvSubmissionWithoutCodeStyleOrTables() throws {
        let scratch = StoreScratch()
        let original = Submission(path: "Kota Metro/Dinas Sosial", region: "Kota Metro", opd: "Dinas Sosial", format: .csv)
        try scratch.store().save(original, contentHash: "h", codeStyle: nil)
        let loaded = try #require(try scratch.store().load(path: original.path))
        #expect(loaded.submission.format == .csv)
        #expect(loaded.codeStyle == nil)
        #expect(loaded.submission.proses.isEmpty && loaded.submission.tabelLintasFungsi.isEmpty)
        #expect(loaded.submission.tablesFound.isEmpty)
    }

    @Test func unknownPathLoadsNil() throws {
        let scratch = StoreScratch()
        #expect(try scratch.store().load(path: "Kota Metro/Tidak Ada.xlsx") == nil)
    }

    static let fields: [(label: String, field: FieldValue?)] = [
        ("absent", nil),
        ("empty text", StoreValues.cell("Proses", 0, 1, "")),
        ("raw with spaces", StoreValues.cell("Proses", 0, 1, "Nama", raw: "  Nama\t")),
        ("raw of spaces only", StoreValues.cell("Proses", 0, 1, "", raw: "   ")),
        ("number", StoreValues.cell("Proses", 0, 3, "1.1", number: true)),
        ("csv cell", StoreValues.cell(nil, 41, 3, "MTR.01", file: "proses.csv")),
        ("whole row", StoreValues.cell("Proses", 7, nil, "MTR.01")),
        ("file and sheet", StoreValues.cell("Sheet1", 0, 0, "x", file: "a.xlsx")),
        ("embedded NUL", StoreValues.cell("Proses", 0, 1, "a\u{0}b")),
        ("non-Latin", StoreValues.cell("Proses", 0, 1, "Pelayanan 🏥 — ñ 日本")),
        ("large row", StoreValues.cell("Proses", 1_048_575, 16_383, "end")),
    ]

    @Test(arguments: fields)
    func fieldValueSurvivesTheTrip(label: String, field: FieldValue?) throws {
        let scratch = StoreScratch()
        var s = Submission(path: "p.xlsx", region: "r", opd: "o", format: .xlsx)
        s.proses = [Proses(no: field, nama: field, jenis: nil, kode: field, location: StoreValues.row("Proses", 0))]
        s.placeholders = field.map { [($0, .proses)] } ?? []
        try scratch.store().save(s, contentHash: "h", codeStyle: nil)
        let loaded = try #require(try scratch.store().load(path: "p.xlsx")).submission
        #expect(loaded.proses == s.proses, "\(label)")
        #expect(pairs(loaded.placeholders) == pairs(s.placeholders), "\(label)")
    }

    /// A field's file and sheet are stored only where they differ from its row's: NULL for the
    /// row's own, '' for none where the row has one; they come back whole.
    @Test func aFieldStoresItsSheetOnlyWhereItDiffersFromItsRow() throws {
        let scratch = StoreScratch()
        var s = Submission(path: "p.xlsx", region: "r", opd: "o", format: .xlsx)
        s.proses = [Proses(no: StoreValues.cell("Proses", 2, 0, "1"), nama: StoreValues.cell("Lain", 2, 1, "Nama"),
                           jenis: StoreValues.cell(nil, 2, 2, "Utama", file: "x.csv"), kode: nil, location: StoreValues.row("Proses", 2))]
        let store = try scratch.store()
        try store.save(s, contentHash: "h", codeStyle: nil)
        let stored = try store.query("SELECT sheet, no_sheet, no_file, nama_sheet, jenis_sheet, jenis_file, no_row FROM proses").rows
        #expect(stored == [["Proses", nil, nil, "Lain", "", "x.csv", "2"]])
        #expect(try scratch.store().load(path: "p.xlsx")?.submission.proses == s.proses)
    }

    /// The lintas fungsi rows go in many a statement with ids the store hands out: several
    /// submissions in one save, one saved again over itself, each comes back whole.
    @Test func batchedTablesOfSeveralSubmissionsComeBackWhole() throws {
        let scratch = StoreScratch()
        let store = try scratch.store()
        var many = richSubmission(path: "c.xlsx")
        let table = many.tabelLintasFungsi[0]
        many.tabelLintasFungsi = Array(repeating: table, count: 40)
        try store.save([(richSubmission(path: "a.xlsx"), "a", nil), (many, "c", nil), (richSubmission(path: "b.xlsx"), "b", nil)])
        try store.save(richSubmission(path: "a.xlsx"), contentHash: "a2", codeStyle: nil)
        let reopened = try scratch.store()
        for path in ["a.xlsx", "b.xlsx"] {
            #expect(try reopened.load(path: path)?.submission.tabelLintasFungsi == richSubmission(path: path).tabelLintasFungsi)
        }
        #expect(try reopened.load(path: "c.xlsx")?.submission.tabelLintasFungsi == many.tabelLintasFungsi)
    }

    @Test func unitsMarkedOutOfOrderAndTwiceKeepTheirOrder() throws {
        let scratch = StoreScratch()
        let original = richSubmission()
        try scratch.store().save(original, contentHash: "h", codeStyle: nil)
        let loaded = try #require(try scratch.store().load(path: original.path)).submission
        #expect(loaded.tabelLintasFungsi[0].kegiatan.map(\.units) == [[2, 0], [], [1, 1]])
    }
}
