import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

struct RekapWorkbookTests {
    private static let shared = Finding(
        rule: .regionSharedProcess, severity: .info,
        message: LocalizedText(id: "Proses \"Perizinan\" dipakai bersama oleh 2 OPD: Dinas A, Dinas B.",
                               en: "Process \"Perizinan\" is shared by 2 OPDs: Dinas A, Dinas B."))

    /// Two regions, appended in that order (names would sort the other way); Kota Satu has a
    /// code collision and a shared process, Kabupaten Dua's Dinas A an error and a warning.
    private func write(language: Language = .id, maxRows: Int = 1_048_576, in folder: URL) throws -> Spreadsheet.Workbook {
        let path = folder.appendingPathComponent("REKAP.xlsx").path
        let writer = try RekapWorkbookWriter(path: path, title: "REKAP", language: language, maxRowsPerSheet: maxRows)
        for (region, submissions, findings) in [
            ("Kota Satu", [RegionalFixture.dinasB(region: "Kota Satu")], [RegionalFixture.regionFinding, Self.shared]),
            ("Kabupaten Dua", [RegionalFixture.dinasA(region: "Kabupaten Dua"), RegionalFixture.dinasB(region: "Kabupaten Dua")], []),
        ] {
            try writer.append(RegionalSection(region: region, submissions: RegionalFixture.items(submissions), regionFindings: findings,
                                              dictionary: UnitDictionary(submissions), language: language))
        }
        try writer.close()
        return try SpreadsheetReader().read(path: path)
    }

    @Test func holdsTheOverviewAndNoActivityRows() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(in: folder)
        #expect(book.sheets.map(\.name) == ["Ringkasan", "Ringkasan OPD", "Proses", "Sub Proses", "Lintas Fungsi", "Kamus Unit",
                                            "Kode Bentrok", "Proses Bersama", "Temuan"])
        #expect(book.sheet(named: "Kegiatan") == nil && book.sheet(named: "Peta Relasi") == nil)
    }

    /// A row per region in append order, with its counts, the OPDs needing correction and a
    /// link to its workbook; the note says where the activity rows are.
    @Test func ringkasanHasARowPerRegionAndTheNote() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(in: folder)
        let ringkasan = try #require(book.sheet(named: "Ringkasan").map(regionalGrid))
        #expect(ringkasan[0] == ["RINGKASAN PETA PROSES BISNIS — REKAP"])
        #expect(ringkasan[1][0].contains("Baris kegiatan (Kegiatan), Peta Relasi tiap OPD"))
        #expect(ringkasan[2][0].contains("buku kerja tiap wilayah"))
        #expect(ringkasan[4] == ["WILAYAH", "OPD", "PROSES", "SUB PROSES", "LINTAS FUNGSI", "AKTIVITAS", "GALAT", "PERINGATAN",
                                 "OPD PERLU PERBAIKAN", "BUKU KERJA WILAYAH"])
        // Dinas B: 1 process, 1 sub process, 1 flow, 2 activities; Dinas A: 2, 2, 2, 3 with an error and a warning.
        #expect(ringkasan[5] == ["Kota Satu", "1", "1", "1", "1", "2", "0", "0", "0", "Kota Satu.xlsx"])
        #expect(ringkasan[6] == ["Kabupaten Dua", "2", "3", "3", "3", "5", "1", "1", "1", "Kabupaten Dua.xlsx"])
        #expect(ringkasan[7] == ["JUMLAH: 2 wilayah", "3", "4", "4", "4", "7", "1", "1", "1"])
        let opds = try #require(book.sheet(named: "Ringkasan OPD").map(regionalGrid))
        #expect(opds.dropFirst(4).map { "\($0[0]) / \($0[1])" } == [
            "Kota Satu / Dinas B", "Kabupaten Dua / Dinas A", "Kabupaten Dua / Dinas B", "JUMLAH / 3 OPD",
        ])
    }

    @Test func regionLinksOpenTheRegionalWorkbooks() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(in: folder)
        let rels = try zipPart("xl/worksheets/_rels/sheet1.xml.rels", of: folder.appendingPathComponent("REKAP.xlsx").path)
        #expect(rels.contains("Target=\"Kota%20Satu.xlsx\"") || rels.contains("Target=\"Kota Satu.xlsx\""), "\(rels)")
    }

    /// Collisions and shared processes listed per region; findings counted by rule and region,
    /// a collision mirrored on the submissions counted there only, with the whole root's sums.
    @Test func collisionsSharedProcessesAndCountedFindings() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(in: folder)
        #expect(book.sheet(named: "Kode Bentrok").map(regionalGrid) == [
            ["WILAYAH", "KODE", "PESAN"], ["Kota Satu", "P1", "Kode P1 dipakai 2 OPD untuk hal berbeda."],
        ])
        #expect(book.sheet(named: "Proses Bersama").map(regionalGrid)?.dropFirst().map { $0[0] } == ["Kota Satu"])
        let temuan = try #require(book.sheet(named: "Temuan").map(regionalGrid))
        #expect(temuan == [
            ["WILAYAH", "ATURAN", "TINGKAT", "OPD", "TEMUAN"],
            ["Kota Satu", "region.shared_process", "info", "(wilayah)", "1"],
            ["Kabupaten Dua", "code.missing", "error", "1", "1"],
            ["Kabupaten Dua", "jenis.synonym", "warning", "1", "1"],
            ["JUMLAH", "code.missing", "error", "1", "1"],
            ["JUMLAH", "jenis.synonym", "warning", "1", "1"],
            ["JUMLAH", "region.shared_process", "info", "(wilayah)", "1"],
        ])
    }

    @Test func englishHeadersAndSheetNamesStay() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(language: .en, in: folder)
        let ringkasan = try #require(book.sheet(named: "Ringkasan").map(regionalGrid))
        #expect(ringkasan[1][0].hasPrefix("Note: REKAP is the overview"))
        #expect(ringkasan[4].last == "REGIONAL WORKBOOK")
        #expect(ringkasan[7][0] == "TOTAL: 2 regions")
    }

    /// Three rows a sheet: Ringkasan OPD goes on in a second sheet with its preamble dropped
    /// (no room) and the header repeated.
    @Test func sheetsContinueWhenFull() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try write(maxRows: 3, in: folder)
        #expect(book.sheets.map(\.name).contains("Ringkasan OPD (2)"))
        #expect(book.sheet(named: "Ringkasan OPD (2)").map(regionalGrid)?.first?.first == "WILAYAH")
    }

    @Test func appendingAfterCloseIsRefused() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("REKAP.xlsx").path
        let writer = try RekapWorkbookWriter(path: path, title: "REKAP", language: .id)
        try writer.close()
        #expect(throws: RegionalWorkbookError.closed(path: path)) {
            try writer.append(RegionalSection(region: "Kota Uji", submissions: [], regionFindings: [],
                                              dictionary: UnitDictionary([]), language: .id))
        }
    }
}
