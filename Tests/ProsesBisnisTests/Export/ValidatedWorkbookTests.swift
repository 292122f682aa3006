import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// The model's place type; Swift Testing has its own `SourceLocation`.
typealias OriginalPlace = ProsesBisnis.SourceLocation

/// A submission built by hand, every value at a known original cell, and where the validated
/// workbook shows it:
///
/// - original `Proses` rows 5–7 → `Identifikasi Proses` rows 8–10 (A NO, B PROSES, C JENIS, D KODE);
/// - original `Sub Proses` group row 4, sub processes on 5 and 7 with a continuation on 6, group
///   row 8, sub process 9 → `Sub Proses` rows 8–13 (group, 1, continuation, 2, group, 3);
/// - original `LF`: two lintas fungsi tables → `Lintas Fungsi` tables at rows 6 and 15.
enum ValidatedFixture {
    static func field(_ sheet: String, _ cell: String, _ text: String, number: Bool = false) -> FieldValue {
        let address = CellAddress(cell)!
        return FieldValue(text: text, wasNumber: number,
                          location: OriginalPlace(sheet: sheet, row: address.row, column: address.column))
    }

    static func row(_ sheet: String, _ row: Int) -> OriginalPlace {
        OriginalPlace(sheet: sheet, row: row - 1, column: nil)
    }

    static func reference(_ sheet: String, _ row: Int, _ nama: String, _ kode: String) -> ParentReference {
        ParentReference(nama: field(sheet, "B\(row)", nama), kode: field(sheet, "C\(row)", kode))
    }

    static var submission: Submission {
        var submission = Submission(path: "Kota Uji/Dinas Pendidikan.xlsx", region: "Kota Uji",
                                    opd: "Dinas Pendidikan", format: .xlsx)
        submission.proses = proses
        (submission.subProses, submission.lintasFungsi) = subProses
        submission.tabelLintasFungsi = [firstTable, secondTable]
        submission.findings = findings
        return submission
    }

    static var proses: [Proses] {
        func item(_ row: Int, _ nama: String, _ jenis: String, _ kode: String, number: Bool = false) -> Proses {
            Proses(no: field("Proses", "A\(row)", "\(row - 4)"), nama: field("Proses", "B\(row)", nama),
                   jenis: field("Proses", "C\(row)", jenis), kode: field("Proses", "D\(row)", kode, number: number),
                   location: self.row("Proses", row))
        }
        return [item(5, "Perencanaan", "Manajemen", "MTR.01"), item(6, "Pelayanan Pendidikan", "Inti", "MTR-02"),
                item(7, "Keuangan", "Pendukung", "1.1", number: true)]
    }

    static var subProses: ([SubProses], [LintasFungsi]) {
        let sheet = "Sub Proses"
        let first = reference(sheet, 4, "Perencanaan", "MTR.01"), second = reference(sheet, 8, "Pelayanan Pendidikan", "MTR-02")
        func sub(_ row: Int, _ no: String, _ nama: String, _ kode: String, _ parent: ParentReference) -> SubProses {
            SubProses(no: field(sheet, "A\(row)", no), nama: field(sheet, "B\(row)", nama), kode: field(sheet, "C\(row)", kode),
                      parent: parent, location: self.row(sheet, row))
        }
        let subs = [sub(5, "1", "Penyusunan Renstra", "MTR.01.01", first), sub(7, "2", "Evaluasi Kinerja", "MTR.01.02", first),
                    sub(9, "3", "Pembinaan Sekolah", "MTR.02.01", second)]
        func lintas(_ row: Int, _ nama: String, _ kode: String, of owner: SubProses) -> LintasFungsi {
            LintasFungsi(nama: field(sheet, "D\(row)", nama), kode: field(sheet, "E\(row)", kode),
                         subProses: ParentReference(nama: owner.nama, kode: owner.kode), location: self.row(sheet, row))
        }
        return (subs, [lintas(5, "Penyusunan dokumen", "MTR.01.01.01", of: subs[0]),
                       lintas(6, "Reviu dokumen", "MTR.01.01.02", of: subs[0]),
                       lintas(9, "Supervisi", "MTR.02.01.01", of: subs[2])])
    }

    static func table(top: Int, sub: (String, String), lintas: (String, String), units: [String],
                      _ activities: [(String, [Int], String, String)]) -> TabelLintasFungsi {
        func block(_ row: Int, _ value: (String, String)) -> ParentReference {
            ParentReference(nama: field("LF", "C\(row)", value.0), kode: field("LF", "D\(row)", value.1))
        }
        let columns = ["C", "D", "E", "F", "G"]
        let unitKerja = units.enumerated().map { index, name in
            UnitKerja(name: name, location: field("LF", "\(columns[index])\(top + 4)", name).location)
        }
        let out = columns[units.count], pj = columns[units.count + 1]
        let kegiatan = activities.enumerated().map { index, activity in
            let row = top + 5 + index
            return Kegiatan(no: field("LF", "A\(row)", "\(index + 1)"), uraian: field("LF", "B\(row)", activity.0),
                            units: activity.1, output: field("LF", "\(out)\(row)", activity.2),
                            penanggungJawab: field("LF", "\(pj)\(row)", activity.3), location: self.row("LF", row))
        }
        return TabelLintasFungsi(proses: block(top, ("Perencanaan", "MTR.01")), subProses: block(top + 1, sub),
                                 lintasFungsi: block(top + 2, lintas), units: unitKerja, kegiatan: kegiatan,
                                 location: field("LF", "B\(top + 3)", "KEGIATAN").location)
    }

    static let firstTable = table(top: 1, sub: ("Penyusunan Renstra", "MTR.01.01"), lintas: ("Penyusunan dokumen", "MTR.01.01.01"),
                                  units: ["Sekretariat", "Bidang Program"],
                                  [("Menyiapkan bahan", [0, 1], "Bahan", "Sekretariat"), ("Menyusun draf", [1], "Draf", "Bidang Program")])
    static let secondTable = table(top: 10, sub: ("Penyusunan Renstra", "MTR.01.01"), lintas: ("Reviu dokumen", "MTR.01.01.02"),
                                   units: ["Sekretariat", "Bidang Program", "Subbagian Keuangan"],
                                   [("Mereviu dokumen", [2], "Catatan reviu", "Subbagian Keuangan")])

    static func finding(_ rule: RuleID, _ severity: Severity, _ location: OriginalPlace?, _ id: String, _ en: String,
                        fix: String? = nil) -> Finding {
        Finding(rule: rule, severity: severity, location: location, message: LocalizedText(id: id, en: en), fix: fix)
    }

    static let findings: [Finding] = [
        finding(RuleID.tableMissing, .error, nil, "Tabel Identifikasi Proses kedua tidak ditemukan.", "A second table is missing."),
        finding(RuleID.codeSeparator, .error, field("Proses", "D6", "").location,
                "Kode MTR-02 memakai pemisah yang lain.", "Code MTR-02 uses another separator.", fix: "MTR.02"),
        finding(RuleID(stored: "code.note"), .info, field("Proses", "D6", "").location, "Catatan pada kode.", "A note on the code."),
        finding(RuleID.jenisSynonym, .warning, field("Proses", "C6", "").location,
                "Jenis proses Inti adalah sinonim.", "Process type Inti is a synonym.", fix: "Utama"),
        finding(RuleID(stored: "proses.row"), .info, row("Proses", 7), "Baris ini perlu dicek.", "Check this row."),
        finding(RuleID(stored: "kegiatan.vague"), .warning, field("LF", "B7", "").location, "Uraian kegiatan terlalu umum.", "Activity too vague."),
    ]
}

/// Writes the fixture into a fresh folder and reads it back.
struct ValidatedOutput {
    let folder: URL
    let path: String

    init(_ submission: Submission = ValidatedFixture.submission, language: Language = .id, name: String = "out/validated.xlsx") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-validated-\(UUID().uuidString)")
        path = folder.appendingPathComponent(name).path
        try ValidatedWorkbook.write(submission, codeStyle: "MTR.NN.NN", to: path, language: language)
    }

    func sheet(_ name: String) throws -> Sheet {
        try #require(try SpreadsheetReader().read(path: path).sheet(named: name))
    }

    /// One part of the written zip (a pattern such as `xl/comments*.xml` joins all matches).
    func part(_ name: String) throws -> String {
        try zipPart(name, of: path)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// The texts of a sheet's cells by A1 reference, for compact comparisons.
func texts(_ sheet: Sheet, _ references: [String]) -> [String] {
    references.map { sheet.value(at: $0)?.displayText ?? "" }
}

@Suite("Validated workbook: layout and values")
struct ValidatedWorkbookTests {
    @Test func sheetsAreTheThreeTablesThenTemuan() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let book = try SpreadsheetReader().read(path: output.path)
        #expect(book.sheets.map(\.name) == ["Identifikasi Proses", "Sub Proses", "Lintas Fungsi", "Temuan"])
    }

    @Test func prosesSheetHasTitleHeaderNumberingAndValuesAsRead() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Identifikasi Proses")
        #expect(texts(sheet, ["A1", "A2", "A3", "A4"])
            == ["PETA PROSES BISNIS", "Dinas Pendidikan — Kota Uji", "1. Tabel Identifikasi Proses", "Pola kode: MTR.NN.NN"])
        #expect(texts(sheet, ["A6", "B6", "C6", "D6"]) == ["NO", "PROSES", "JENIS PROSES", "KODE"])
        #expect(texts(sheet, ["A7", "B7", "C7", "D7"]) == ["(1)", "(2)", "(3)", "(4)"])
        #expect(texts(sheet, ["A8", "B8", "C8", "D8"]) == ["1", "Perencanaan", "Manajemen", "MTR.01"])
        #expect(texts(sheet, ["A9", "B9", "C9", "D9"]) == ["2", "Pelayanan Pendidikan", "Inti", "MTR-02"])
    }

    @Test func codeReadFromANumberCellIsWrittenAsText() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Identifikasi Proses")
        #expect(sheet.value(at: "D10") == .text("1.1"))
        #expect(sheet.value(at: "A8") == .text("1"))
    }

    @Test func subProsesSheetHasGroupRowsAndContinuationRows() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Sub Proses")
        #expect(texts(sheet, ["A6", "B6", "C6", "D6", "E6"])
            == ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"])
        let rows = (8...13).map { texts(sheet, ["A\($0)", "B\($0)", "C\($0)", "D\($0)", "E\($0)"]) }
        #expect(rows == [
            ["", "Perencanaan", "MTR.01", "", ""],
            ["1", "Penyusunan Renstra", "MTR.01.01", "Penyusunan dokumen", "MTR.01.01.01"],
            ["", "", "", "Reviu dokumen", "MTR.01.01.02"],
            ["2", "Evaluasi Kinerja", "MTR.01.02", "", ""],
            ["", "Pelayanan Pendidikan", "MTR-02", "", ""],
            ["3", "Pembinaan Sekolah", "MTR.02.01", "Supervisi", "MTR.02.01.01"],
        ])
        #expect(sheet.value(at: "A14") == nil)
    }

    @Test func lintasFungsiTablesHaveKeyValueBlockUnitHeadersAndMarks() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Lintas Fungsi")
        #expect(texts(sheet, ["A6", "C6", "A7", "C7", "A8", "C8"]) == [
            "PROSES (KODE PROSES) :", "Perencanaan (MTR.01)", "SUB PROSES (KODE SUB PROSES) :",
            "Penyusunan Renstra (MTR.01.01)", "LINTAS FUNGSI (KODE LINTAS FUNGSI) :", "Penyusunan dokumen (MTR.01.01.01)",
        ])
        #expect(texts(sheet, ["A9", "B9", "C9", "E9", "F9"]) == ["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "OUTPUT", "PENANGGUNG JAWAB"])
        #expect(texts(sheet, ["C10", "D10"]) == ["Sekretariat", "Bidang Program"])
        #expect(texts(sheet, ["A11", "F11"]) == ["(1)", "(6)"])
        #expect(texts(sheet, ["A12", "B12", "C12", "D12", "E12", "F12"])
            == ["1", "Menyiapkan bahan", "√", "√", "Bahan", "Sekretariat"])
        #expect(texts(sheet, ["B13", "C13", "D13", "F13"]) == ["Menyusun draf", "", "√", "Bidang Program"])
        #expect(sheet.value(at: "A14") == nil)
        #expect(texts(sheet, ["C17", "A18", "E19", "E21", "C21", "F21", "G21"])
            == ["Reviu dokumen (MTR.01.01.02)", "NO", "Subbagian Keuangan", "√", "", "Catatan reviu", "Subbagian Keuangan"])
        let merged = sheet.mergedRanges.map(\.description)
        #expect(merged.contains("C9:D9") && merged.contains("A9:A10") && merged.contains("C18:E18"))
    }

    @Test func layoutMapsOriginalCellsAndRowsToWrittenCells() {
        let layout = ValidatedWorkbook.layout(ValidatedFixture.submission)
        func shown(_ sheet: String, _ cell: String) -> String? {
            let address = CellAddress(cell)!
            return layout[OriginalPlace(sheet: sheet, row: address.row, column: address.column)]?.description
        }
        #expect(shown("Proses", "D6") == "Identifikasi Proses!D9")
        #expect(shown("Sub Proses", "E6") == "Sub Proses!E10")
        #expect(shown("Sub Proses", "C8") == "Sub Proses!C12")
        #expect(shown("LF", "D3") == "Lintas Fungsi!C8")
        #expect(shown("LF", "E14") == "Lintas Fungsi!E19")
        #expect(shown("LF", "B7") == "Lintas Fungsi!B13")
        #expect(layout[ValidatedFixture.row("Proses", 7)]?.description == "Identifikasi Proses!A10")
        #expect(layout[ValidatedFixture.row("Sub Proses", 6)]?.description == "Sub Proses!A10")
    }

    @Test func emptySubmissionAndTableWithoutUnitsKeepTheOfficialShape() throws {
        var submission = Submission(path: "x.csv", region: "", opd: "Dinas Kosong", format: .csv)
        let place = OriginalPlace(file: "lf.csv", sheet: nil, row: 3, column: 1)
        let uraian = FieldValue(text: "Rapat", location: place)
        submission.tabelLintasFungsi = [TabelLintasFungsi(
            proses: nil, subProses: nil, lintasFungsi: nil, units: [],
            kegiatan: [Kegiatan(no: nil, uraian: uraian, units: [4], output: nil, penanggungJawab: nil,
                                location: OriginalPlace(file: "lf.csv", sheet: nil, row: 3, column: nil))],
            location: OriginalPlace(file: "lf.csv", sheet: nil, row: 1, column: nil))]
        let output = try ValidatedOutput(submission)
        defer { output.remove() }
        let proses = try output.sheet("Identifikasi Proses")
        #expect(texts(proses, ["A2", "A6", "D7", "A8"]) == ["Dinas Kosong", "NO", "(4)", ""])
        let lintas = try output.sheet("Lintas Fungsi")
        #expect(texts(lintas, ["C9", "C10", "D9", "E9", "A12", "B12", "C12"])
            == ["UNIT KERJA TERKAIT", "", "OUTPUT", "PENANGGUNG JAWAB", "1", "Rapat", ""])
        #expect(ValidatedWorkbook.layout(submission)[place]?.description == "Lintas Fungsi!B12")
    }

    @Test func twoWritesGiveByteIdenticalFiles() throws {
        let first = try ValidatedOutput(), second = try ValidatedOutput()
        defer { first.remove(); second.remove() }
        let a = try Data(contentsOf: URL(fileURLWithPath: first.path))
        let b = try Data(contentsOf: URL(fileURLWithPath: second.path))
        #expect(a == b)
    }

    @Test func writeCreatesTheFolderReplacesAnOldFileAndLeavesNoTemporaryFile() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        try ValidatedWorkbook.write(ValidatedFixture.submission, codeStyle: nil, to: output.path, language: .id)
        let folder = (output.path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["validated.xlsx"])
        #expect(try output.sheet("Identifikasi Proses").value(at: "A4") == nil)
    }
}
