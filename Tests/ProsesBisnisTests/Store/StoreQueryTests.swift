import Foundation
import Testing
import Spreadsheet
@testable import ProsesBisnis

/// The `sql` blocks of `docs/database.md`, in order, read from the file itself so the
/// documentation cannot drift from what the tests run.
private func documentedQueries() throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("docs/database.md"), encoding: .utf8)
    return text.components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
}

/// One OPD for the region store: processes as (kode, nama, jenis) and lintas fungsi tables as
/// (proses kode, units, activities as (uraian, 0-based row, marked units)).
private func opd(_ region: String, _ name: String, proses: [(String, String, String)],
                 tables: [(String, [String], [(String, Int, [Int])])], findings: [(String, Severity)]) -> Submission {
    typealias V = StoreValues
    var s = Submission(path: "\(region)/\(name).xlsx", region: region, opd: name, format: .xlsx)
    s.proses = proses.enumerated().map { n, p in
        Proses(nama: V.cell("Proses", n + 1, 1, p.1), jenis: V.cell("Proses", n + 1, 2, p.2),
               kode: V.cell("Proses", n + 1, 3, p.0), location: V.row("Proses", n + 1))
    }
    s.tabelLintasFungsi = tables.map { kode, units, activities in
        TabelLintasFungsi(
            proses: V.reference(nil, V.cell("Lintas Fungsi", 0, 0, kode)), subProses: nil, lintasFungsi: nil,
            units: units.enumerated().map { UnitKerja(name: $1, location: SourceLocation(sheet: "Lintas Fungsi", row: 3, column: 2 + $0)) },
            kegiatan: activities.enumerated().map { n, a in
                Kegiatan(no: V.cell("Lintas Fungsi", a.1, 0, "\(n + 1)"), uraian: V.cell("Lintas Fungsi", a.1, 1, a.0), units: a.2,
                         output: nil, penanggungJawab: nil, location: V.row("Lintas Fungsi", a.1))
            },
            location: V.row("Lintas Fungsi", 2))
    }
    s.findings = findings.map { Finding(rule: RuleID(stored: $0.0), severity: $0.1, message: LocalizedText(id: $0.0, en: $0.0)) }
    return s
}

/// Two OPDs of Kota Metro that both use MTR.01, one with a unit the dictionary renames, and one
/// OPD of Kota Uji.
private func regionStore() throws -> (StoreScratch, ProbisStore) {
    let scratch = StoreScratch()
    let store = try scratch.store()
    var pendidikan = opd("Kota Metro", "Dinas Pendidikan",
                         proses: [("MTR.01", "Perencanaan", "Utama"), ("MTR.02", "Kepegawaian", "Pendukung")],
                         tables: [("MTR.01", ["Sekretariat", "Bidang PAUD"], [("Menyusun", 5, [0]), ("Membahas", 6, [0, 1])]),
                                  ("MTR.02", ["Sekretariat"], [("Mengusulkan", 15, [0])])],
                         findings: [(RuleID.codeDuplicate.rawValue, .error), (RuleID.codeDuplicate.rawValue, .error), (RuleID.jenisInvalid.rawValue, .warning)])
    pendidikan.subProses = [SubProses(nama: StoreValues.cell("Sub Proses", 2, 1, "Renstra"),
                                      kode: StoreValues.cell("Sub Proses", 2, 2, "MTR.01.01"), parent: nil,
                                      location: StoreValues.row("Sub Proses", 2))]
    let kesehatan = opd("Kota Metro", "Dinas Kesehatan", proses: [("MTR.01", "Pelayanan", "Utama")],
                        tables: [("MTR.01", ["Sekretariat Dinas", "Bidang P2P"], [("Mendata", 5, [0, 1])])],
                        findings: [(RuleID.codeDuplicate.rawValue, .error)])
    let uji = opd("Kota Uji", "Dinas Uji", proses: [("UJI.01", "Tata kelola", "Manajemen")], tables: [],
                  findings: [(RuleID.codeMissing.rawValue, .error)])
    for submission in [pendidikan, kesehatan, uji] {
        try store.save(submission, contentHash: "h", codeStyle: "dotted")
    }
    try store.replaceUnitAliases(region: "Kota Metro", entries: [("Dinas Kesehatan", "Sekretariat Dinas", "Sekretariat")])
    return (scratch, store)
}

@Suite struct StoreQueryTests {
    static let expected: [(label: String, columns: [String], rows: [[String?]])] = [
        ("units in most processes", ["unit", "opd", "proses", "kegiatan"], [
            ["Sekretariat", "2", "3", "4"], ["Bidang P2P", "1", "1", "1"], ["Bidang PAUD", "1", "1", "1"],
        ]),
        ("processes per OPD", ["region", "opd", "proses", "utama", "manajemen", "pendukung", "kegiatan"], [
            ["Kota Metro", "Dinas Pendidikan", "2", "1", "0", "1", "3"],
            ["Kota Metro", "Dinas Kesehatan", "1", "1", "0", "0", "1"],
            ["Kota Uji", "Dinas Uji", "1", "0", "1", "0", "0"],
        ]),
        ("findings per rule per region", ["region", "rule", "severity", "findings", "submissions"], [
            ["Kota Metro", RuleID.codeDuplicate.rawValue, "error", "3", "2"],
            ["Kota Metro", RuleID.jenisInvalid.rawValue, "warning", "1", "1"],
            ["Kota Uji", RuleID.codeMissing.rawValue, "error", "1", "1"],
        ]),
        ("activities of a unit", ["opd", "proses", "no", "uraian", "sheet", "baris"], [
            ["Dinas Kesehatan", "MTR.01", "1", "Mendata", "Lintas Fungsi", "6"],
            ["Dinas Pendidikan", "MTR.01", "1", "Menyusun", "Lintas Fungsi", "6"],
            ["Dinas Pendidikan", "MTR.01", "2", "Membahas", "Lintas Fungsi", "7"],
            ["Dinas Pendidikan", "MTR.02", "1", "Mengusulkan", "Lintas Fungsi", "16"],
        ]),
        ("code collisions", ["region", "kode", "uses", "opd", "used_by"], [
            ["Kota Metro", "MTR.01", "2", "2", "Dinas Pendidikan › proses › Perencanaan | Dinas Kesehatan › proses › Pelayanan"],
        ]),
    ]

    @Test func theDocumentHasOneQueryPerQuestion() throws {
        #expect(try documentedQueries().count == Self.expected.count)
    }

    @Test(arguments: Self.expected.indices)
    func documentedQueryReturnsTheExpectedRows(index: Int) throws {
        let (_, store) = try regionStore()
        let expected = Self.expected[index]
        let queries = try documentedQueries()
        try #require(queries.indices.contains(index))
        let result = try store.query(queries[index])
        #expect(result.columns == expected.columns, "\(expected.label)")
        #expect(result.rows == expected.rows, "\(expected.label)")
    }
}
