import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

struct RegionalContinuationTests {
    private func write(maxRows: Int, in folder: URL) throws -> Spreadsheet.Workbook {
        let path = folder.appendingPathComponent("Kota Uji.xlsx").path
        let submissions = [RegionalFixture.dinasA(), RegionalFixture.dinasB()]
        let writer = try RegionalWorkbookWriter(path: path, title: "Kota Uji", language: .id, maxRowsPerSheet: maxRows)
        try writer.append(region: "Kota Uji", submissions: RegionalFixture.items(submissions),
                          regionFindings: [RegionalFixture.regionFinding], dictionary: UnitDictionary(submissions))
        try writer.close()
        return try SpreadsheetReader().read(path: path)
    }

    /// Four rows a sheet: Kegiatan (5 activities) and Kamus Unit (5 units) continue on a
    /// second sheet with the header repeated; continuation sheets follow the main eight in
    /// the order they were needed.
    @Test func sheetsContinueWithTheHeaderRepeated() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(maxRows: 4, in: folder)
        #expect(book.sheets.map(\.name) == ["Ringkasan", "Proses", "Sub Proses", "Lintas Fungsi", "Kegiatan", "Peta Relasi",
                                            "Kamus Unit", "Temuan", "Peta Relasi (2)", "Kegiatan (2)", "Peta Relasi (3)",
                                            "Kamus Unit (2)"])
        let kegiatan = book.sheet(named: "Kegiatan").map(regionalGrid) ?? []
        let next = book.sheet(named: "Kegiatan (2)").map(regionalGrid) ?? []
        #expect(kegiatan.count == 4 && next.count == 3)
        #expect(next.first == kegiatan.first)
        #expect(next.dropFirst().map { "\($0[1]) \($0[6]) \($0[7])" } == ["Dinas B 1 Menerima berkas", "Dinas B 2 Menandatangani izin"])
        let kamus = book.sheet(named: "Kamus Unit (2)").map(regionalGrid) ?? []
        #expect(kamus.map { $0[2] } == ["NAMA BAKU", "Sekretariat", "Seksi Perizinan"])
        #expect(book.sheet(named: "Temuan").map(regionalGrid)?.count == 4)
    }

    @Test func theAutofilterOfAContinuationCoversItsOwnRows() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(maxRows: 4, in: folder)
        let path = folder.appendingPathComponent("Kota Uji.xlsx").path
        // Kegiatan (2) is the tenth sheet.
        let xml = try zipPart("xl/worksheets/sheet10.xml", of: path)
        #expect(xml.contains("<autoFilter ref=\"A1:K3\"/>"))
    }

    /// Ten rows a sheet: Dinas B's block would not fit under Dinas A's, so it starts a new
    /// sheet rather than being cut in two.
    @Test func aPetaRelasiBlockIsNotCutWhenAFreshSheetHoldsIt() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(maxRows: 10, in: folder)
        #expect(book.sheets.map(\.name).suffix(2) == ["Temuan", "Peta Relasi (2)"])
        #expect(book.sheet(named: "Peta Relasi").map(regionalGrid)?.first == ["Kota Uji — Dinas A"])
        #expect(book.sheet(named: "Peta Relasi (2)").map(regionalGrid) == [
            ["Kota Uji — Dinas B"], ["KODE", "P1"], ["UNIT KERJA", "Perizinan"], ["Seksi Perizinan", "√"], ["Sekretariat", "√"],
        ])
    }

    @Test(arguments: [0, 1, 1_048_577])
    func rowsPerSheetOutsideTheUsableRangeIsRefused(_ rows: Int) throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.xlsx").path
        #expect(throws: RegionalWorkbookError.rowsPerSheetOutOfRange(rows)) {
            _ = try RegionalWorkbookWriter(path: path, title: "x", language: .id, maxRowsPerSheet: rows)
        }
    }

    @Test func appendingAfterCloseIsRefused() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.xlsx").path
        let writer = try RegionalWorkbookWriter(path: path, title: "x", language: .id)
        try writer.close()
        #expect(throws: RegionalWorkbookError.closed(path: path)) {
            try writer.append(region: "Kota Uji", submissions: [], regionFindings: [], dictionary: UnitDictionary([]))
        }
    }
}

struct RegionalCellTextTests {
    @Test(arguments: [
        ("short text stays", 10, 10),
        ("text at Excel's limit stays", 32_767, 32_767),
        ("longer text is cut to the limit", 40_000, 32_767),
    ])
    func textIsFittedToExcelsLimit(label: String, length: Int, expected: Int) {
        #expect(ExcelText.fitted(String(repeating: "a", count: length)).utf16.count == expected, "\(label)")
    }
}
