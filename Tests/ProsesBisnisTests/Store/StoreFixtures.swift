import Foundation
import Spreadsheet
@testable import ProsesBisnis

/// A folder under the system's temporary directory, removed when the value goes.
final class StoreScratch {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var storePath: String { folder.appendingPathComponent("probis.sqlite").path }

    func store() throws -> ProbisStore { try ProbisStore(path: storePath) }
}

/// Short builders for values at known places: `cell("Proses", 4, 1, "MTR.01")` is Proses!B5.
enum StoreValues {
    static func cell(_ sheet: String?, _ row: Int, _ column: Int?, _ text: String, raw: String? = nil,
                     number: Bool = false, file: String? = nil) -> FieldValue {
        FieldValue(text: text, raw: raw, wasNumber: number,
                   location: SourceLocation(file: file, sheet: sheet, row: row, column: column))
    }

    static func row(_ sheet: String?, _ row: Int, file: String? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: nil)
    }

    static func reference(_ nama: FieldValue?, _ kode: FieldValue?) -> ParentReference {
        ParentReference(nama: nama, kode: kode)
    }
}

/// A submission that uses every kind of value the store must keep: absent fields, raw text
/// that differs from the trimmed text, numbers, CSV locations (file, no sheet), whole-row
/// locations, present-but-empty references, empty text, NUL and non-Latin characters, units
/// marked out of order and twice, findings with and without location, table, code and fix.
func richSubmission(path: String = "Kota Metro/Dinas Pendidikan.xlsx") -> Submission {
    typealias V = StoreValues
    var s = Submission(path: path, region: "Kota Metro", opd: "Dinas Pendidikan", format: .xlsx)
    s.proses = [
        Proses(no: V.cell("Proses", 1, 0, "1", number: true), nama: V.cell("Proses", 1, 1, "Perencanaan", raw: "  Perencanaan "),
               jenis: V.cell("Proses", 1, 2, "Utama"), kode: V.cell("Proses", 1, 3, "1.1", number: true), location: V.row("Proses", 1)),
        Proses(no: nil, nama: V.cell("Proses", 2, 1, ""), jenis: nil, kode: nil, location: V.row("Proses", 2)),
        Proses(nama: V.cell(nil, 3, 1, "Kepegawaian\u{0}ASN — 日本", file: "proses.csv"), jenis: V.cell(nil, 3, 2, "Pendukung", file: "proses.csv"),
               kode: V.cell(nil, 3, 3, "MTR.02", file: "proses.csv"), location: V.row(nil, 3, file: "proses.csv")),
    ]
    let group = V.reference(V.cell("Sub Proses", 1, 1, "Perencanaan"), V.cell("Sub Proses", 1, 2, "MTR.01"))
    s.subProses = [
        SubProses(no: V.cell("Sub Proses", 2, 0, "a."), nama: V.cell("Sub Proses", 2, 1, "Renstra"), kode: V.cell("Sub Proses", 2, 2, "MTR.01.01"),
                  parent: group, location: V.row("Sub Proses", 2)),
        SubProses(nama: V.cell("Sub Proses", 3, 1, "Renja"), kode: nil, parent: V.reference(nil, nil), location: V.row("Sub Proses", 3)),
        SubProses(nama: nil, kode: V.cell("Sub Proses", 4, 2, "MTR.01.03"), parent: nil, location: V.row("Sub Proses", 4)),
    ]
    s.lintasFungsi = [
        LintasFungsi(nama: V.cell("Sub Proses", 2, 3, "Penyusunan"), kode: V.cell("Sub Proses", 2, 4, "MTR.01.01.01"),
                     subProses: V.reference(nil, V.cell("Sub Proses", 2, 2, "MTR.01.01")), location: V.row("Sub Proses", 2)),
        LintasFungsi(nama: V.cell("Sub Proses", 5, 3, "Tanpa induk"), kode: nil, subProses: nil, location: V.row("Sub Proses", 5)),
    ]
    s.tabelLintasFungsi = [richTable(), emptyTable()]
    s.placeholders = [
        (V.cell("Lintas Fungsi", 4, 5, "*****"), .lintasfungsi),
        (V.cell(nil, 9, 1, "lihat kegiatan dalam program", raw: "lihat kegiatan dalam program ", file: "sub-proses.csv"), .subproses),
    ]
    s.tablesFound = [.proses, .subproses, .lintasfungsi]
    s.findings = richFindings()
    return s
}

private func richTable() -> TabelLintasFungsi {
    typealias V = StoreValues
    let sheet = "Lintas Fungsi"
    let units = ["Sekretariat", "Bidang PAUD", "Seksi Kurikulum"].enumerated().map { n, name in
        UnitKerja(name: name, location: SourceLocation(sheet: sheet, row: 4, column: 2 + n))
    }
    let kegiatan = [
        Kegiatan(no: V.cell(sheet, 5, 0, "1", number: true), uraian: V.cell(sheet, 5, 1, "Menyusun rancangan"), units: [2, 0],
                 output: V.cell(sheet, 5, 5, "Draf"), penanggungJawab: V.cell(sheet, 5, 6, "Kepala Dinas"), location: V.row(sheet, 5)),
        Kegiatan(no: nil, uraian: V.cell(sheet, 6, 1, "Membahas", raw: "Membahas\n"), units: [], output: nil,
                 penanggungJawab: nil, location: V.row(sheet, 6)),
        Kegiatan(no: V.cell(sheet, 7, 0, "3"), uraian: nil, units: [1, 1], output: nil,
                 penanggungJawab: V.cell(sheet, 7, 6, ""), location: SourceLocation(sheet: sheet, row: 7, column: 0)),
    ]
    return TabelLintasFungsi(
        proses: V.reference(V.cell(sheet, 0, 0, "Perencanaan", raw: "PROSES : Perencanaan (MTR.01)"), V.cell(sheet, 0, 0, "MTR.01")),
        subProses: V.reference(nil, V.cell(sheet, 1, 0, "MTR.01.01")), lintasFungsi: nil,
        units: units, kegiatan: kegiatan, location: SourceLocation(sheet: sheet, row: 3, column: 1))
}

private func emptyTable() -> TabelLintasFungsi {
    TabelLintasFungsi(proses: nil, subProses: nil, lintasFungsi: StoreValues.reference(nil, nil), units: [], kegiatan: [],
                      location: SourceLocation(file: "lintas-fungsi.csv", sheet: nil, row: 0, column: nil))
}

private func richFindings() -> [Finding] {
    [
        Finding(rule: RuleID.codeDuplicate, severity: .error, table: .proses, code: "MTR.01",
                location: SourceLocation(sheet: "Proses", row: 1, column: 3),
                message: LocalizedText(id: "Kode ganda", en: "Duplicate code"), fix: "MTR.03"),
        Finding(rule: RuleID.tableMissing, severity: .warning, message: LocalizedText(id: "Tabel tidak ada", en: "Table missing")),
        Finding(rule: RuleID(stored: "code.style"), severity: .info, table: .subproses, code: nil,
                location: SourceLocation(file: "sub-proses.csv", sheet: nil, row: 9, column: nil),
                message: LocalizedText(id: "", en: ""), fix: ""),
    ]
}
