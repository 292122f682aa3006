import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

struct RegionalWorkbookTests {
    /// Writes Dinas A and Dinas B of Kota Uji with the region finding and reads the file back.
    private func writeAndRead(maxRows: Int = 1_048_576, language: Language = .id, name: String = "Kota Uji.xlsx",
                              in folder: URL) throws -> Spreadsheet.Workbook {
        let path = folder.appendingPathComponent(name).path
        let submissions = [RegionalFixture.dinasA(), RegionalFixture.dinasB()]
        let writer = try RegionalWorkbookWriter(path: path, title: "Kota Uji", language: language, maxRowsPerSheet: maxRows)
        try writer.append(region: "Kota Uji", submissions: RegionalFixture.items(submissions),
                          regionFindings: [RegionalFixture.regionFinding], dictionary: UnitDictionary(submissions))
        try writer.close()
        return try SpreadsheetReader().read(path: path)
    }

    private func rows(_ book: Spreadsheet.Workbook, _ sheet: String) -> [[String]] {
        book.sheet(named: sheet).map(regionalGrid) ?? []
    }

    @Test func sheetsComeInTheContractOrder() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try writeAndRead(in: folder)
        #expect(book.sheets.map(\.name) == ["Ringkasan", "Proses", "Sub Proses", "Lintas Fungsi", "Kegiatan",
                                            "Peta Relasi", "Kamus Unit", "Temuan"])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["Kota Uji.xlsx"], "the temporary file is renamed, not left behind")
    }

    @Test func ringkasanHasOneRowPerOPDWithStatusAndLink() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(rows(try writeAndRead(in: folder), "Ringkasan") == [
            ["RINGKASAN PETA PROSES BISNIS — Kota Uji"],
            ["Warna STATUS:", "Sesuai: tanpa galat", "Perlu perbaikan, Kosong, Tidak terbaca: ada galat (lihat lembar Temuan)"],
            [],
            ["WILAYAH", "OPD", "BERKAS", "PROSES", "SUB PROSES", "LINTAS FUNGSI", "AKTIVITAS", "GALAT", "PERINGATAN",
             "STATUS", "BUKU KERJA TERVALIDASI"],
            ["Kota Uji", "Dinas A", "Kota Uji/Dinas A.xlsx", "2", "2", "2", "3", "1", "1", "Perlu perbaikan", "validasi/Dinas A.xlsx"],
            ["Kota Uji", "Dinas B", "Kota Uji/Dinas B.xlsx", "1", "1", "1", "2", "0", "0", "Sesuai"],
            ["JUMLAH", "2 OPD", "", "3", "3", "3", "5", "1", "1", "1 perlu perbaikan"],
        ])
    }

    @Test func countsAreNumbersAndCodesAreText() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try writeAndRead(in: folder)
        #expect(book.sheet(named: "Ringkasan")?.value(at: "D5") == .number(2))
        #expect(book.sheet(named: "Ringkasan")?.value(at: "D7") == .number(3), "the totals row sums the counts")
        #expect(book.sheet(named: "Proses")?.value(at: "C4") == .text("P1"))
        #expect(book.sheet(named: "Kegiatan")?.value(at: "G2") == .text("1"))
    }

    @Test func tablesListEveryRowWithRegionAndOPDFirst() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try writeAndRead(in: folder)
        #expect(rows(book, "Proses") == [
            ["WILAYAH", "OPD", "KODE PROSES", "PROSES", "JENIS PROSES"],
            ["Kota Uji", "Dinas A", "MTR.01", "Perencanaan", "Utama"],
            ["Kota Uji", "Dinas A", "MTR.02", "Kepegawaian", "Pendukung"],
            ["Kota Uji", "Dinas B", "P1", "Perizinan", "Utama"],
        ])
        #expect(rows(book, "Sub Proses") == [
            ["WILAYAH", "OPD", "KODE PROSES", "KODE SUB PROSES", "SUB PROSES"],
            ["Kota Uji", "Dinas A", "MTR.01", "MTR.01.01", "Penyusunan Renstra"],
            ["Kota Uji", "Dinas A", "MTR.02", "MTR.02.01", "Administrasi ASN"],
            ["Kota Uji", "Dinas B", "P1", "P1.1", "Pelayanan izin"],
        ])
        #expect(rows(book, "Lintas Fungsi") == [
            ["WILAYAH", "OPD", "KODE SUB PROSES", "KODE LINTAS FUNGSI", "LINTAS FUNGSI"],
            ["Kota Uji", "Dinas A", "MTR.01.01", "MTR.01.01.01", "Penyusunan dokumen"],
            ["Kota Uji", "Dinas A", "MTR.02.01", "MTR.02.01.01", "Mutasi pegawai"],
            ["Kota Uji", "Dinas B", "P1.1", "P1.1.1", "Penerbitan izin"],
        ])
    }

    @Test func kegiatanHasOneRowPerActivityWithCanonicalUnits() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let umum = "Sub Bagian Umum & Kepegawaian"
        #expect(rows(try writeAndRead(in: folder), "Kegiatan") == [
            ["WILAYAH", "OPD", "KODE PROSES", "KODE SUB PROSES", "KODE LINTAS FUNGSI", "LINTAS FUNGSI", "NO", "KEGIATAN",
             "UNIT KERJA TERKAIT", "OUTPUT", "PENANGGUNG JAWAB"],
            ["Kota Uji", "Dinas A", "MTR.01", "MTR.01.01", "MTR.01.01.01", "Penyusunan dokumen", "1", "Menyusun rancangan",
             "Sekretariat; \(umum)", "Rancangan Renstra", "Sekretariat"],
            ["Kota Uji", "Dinas A", "MTR.01", "MTR.01.01", "MTR.01.01.01", "Penyusunan dokumen", "2", "Membahas rancangan",
             "\(umum); Bidang Perencanaan", "Berita acara", "\(umum); Bidang Perencanaan"],
            ["Kota Uji", "Dinas A", "MTR.02", "MTR.02.01", "MTR.02.01.01", "Mutasi pegawai", "1", "Memproses mutasi",
             umum, "SK Mutasi", umum],
            ["Kota Uji", "Dinas B", "P1", "P1.1", "P1.1.1", "Penerbitan izin", "1", "Menerima berkas",
             "Seksi Perizinan", "", "Seksi Perizinan"],
            ["Kota Uji", "Dinas B", "P1", "P1.1", "P1.1.1", "Penerbitan izin", "2", "Menandatangani izin",
             "Seksi Perizinan; Sekretariat", "", "Sekretariat"],
        ])
    }

    @Test func petaRelasiStacksOneBlockPerOPD() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(rows(try writeAndRead(in: folder), "Peta Relasi") == [
            ["Kota Uji — Dinas A"],
            ["KODE", "MTR.01", "MTR.02"],
            ["UNIT KERJA", "Perencanaan", "Kepegawaian"],
            ["Sekretariat", "√"],
            ["Sub Bagian Umum & Kepegawaian", "√", "√"],
            ["Bidang Perencanaan", "√"],
            [],
            ["Kota Uji — Dinas B"],
            ["KODE", "P1"],
            ["UNIT KERJA", "Perizinan"],
            ["Seksi Perizinan", "√"],
            ["Sekretariat", "√"],
        ])
    }

    @Test func kamusUnitAndTemuan() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try writeAndRead(in: folder)
        #expect(rows(book, "Kamus Unit") == [
            ["WILAYAH", "OPD", "NAMA BAKU", "ALIAS", "KEMUNCULAN"],
            ["Kota Uji", "Dinas A", "Bidang Perencanaan", "Kabid Perencanaan", "2"],
            ["Kota Uji", "Dinas A", "Sekretariat", "Sekretaris", "2"],
            ["Kota Uji", "Dinas A", "Sub Bagian Umum & Kepegawaian", "Kasubbag Umum; Subbag Umum; Subbag Umum dan Kepegawaian", "4"],
            ["Kota Uji", "Dinas B", "Sekretariat", "Sekretaris", "2"],
            ["Kota Uji", "Dinas B", "Seksi Perizinan", "", "2"],
        ])
        #expect(rows(book, "Temuan") == [
            ["WILAYAH", "OPD", "BERKAS", "ATURAN", "TINGKAT", "LEMBAR", "SEL", "PESAN", "PERBAIKAN"],
            ["Kota Uji", "Dinas A", "Kota Uji/Dinas A.xlsx", RuleID.codeMissing.rawValue, "error", "Proses", "D4", "Kode proses kosong."],
            ["Kota Uji", "Dinas A", "Kota Uji/Dinas A.xlsx", RuleID.jenisSynonym.rawValue, "warning", "Proses", "C3",
             "Penunjang berarti Pendukung.", "Pendukung"],
            ["Kota Uji", "", "", RuleID.regionCodeCollision.rawValue, "error", "", "", "Kode P1 dipakai 2 OPD untuk hal berbeda."],
        ])
    }

    @Test func englishHeadersAndStatus() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try writeAndRead(language: .en, in: folder)
        let ringkasan = rows(book, "Ringkasan")
        #expect(ringkasan.first == ["SUMMARY OF THE BUSINESS PROCESS MAP — Kota Uji"])
        #expect(ringkasan[3].suffix(2) == ["STATUS", "VALIDATED WORKBOOK"])
        #expect(ringkasan.map { $0.count > 9 ? $0[9] : "" }.dropFirst(4) == ["Needs correction", "Conforms", "1 need correction"])
        #expect(rows(book, "Temuan").last?.last == "Code P1 is used by 2 OPDs for different things.")
    }

    @Test func dataSheetsAreFrozenFilteredAndPrintLandscapeA4() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Kota Uji.xlsx").path
        _ = try writeAndRead(in: folder)
        let ringkasan = try zipPart("xl/worksheets/sheet1.xml", of: path)
        let kegiatan = try zipPart("xl/worksheets/sheet5.xml", of: path)
        #expect(ringkasan.contains("<autoFilter ref=\"A4:K6\"/>"), "the title rows above and the totals below are left out")
        #expect(kegiatan.contains("<autoFilter ref=\"A1:K6\"/>"))
        #expect(ringkasan.contains("ySplit=\"4\"") && kegiatan.contains("ySplit=\"1\""))
        for xml in [ringkasan, kegiatan] {
            #expect(xml.contains("state=\"frozen\""))
            #expect(xml.contains("<oddHeader>&amp;LPeta Proses Bisnis — Kota Uji&amp;R&amp;A</oddHeader>"))
            #expect(xml.contains("<oddFooter>&amp;LDicetak &amp;D&amp;RHalaman &amp;P dari &amp;N</oddFooter>"))
            #expect(xml.contains("paperSize=\"9\"") && xml.contains("orientation=\"landscape\""))
            #expect(xml.contains("<pageSetUpPr fitToPage=\"1\"/>") && xml.contains("fitToHeight=\"0\""))
        }
        let relasi = try zipPart("xl/worksheets/sheet6.xml", of: path)
        #expect(relasi.contains("<col min=\"1\" max=\"1\"") && relasi.contains("<col min=\"2\" max=\"3\""))
        #expect(!relasi.contains("autoFilter") && !relasi.contains("ySplit"))
        let book = try zipPart("xl/workbook.xml", of: path)
        #expect(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"4\">Kegiatan!$1:$1</definedName>"))
        #expect(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Ringkasan!$4:$4</definedName>"))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let first = try regionalTemporaryFolder(), second = try regionalTemporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        _ = try writeAndRead(in: first)
        _ = try writeAndRead(in: second)
        let a = try Data(contentsOf: first.appendingPathComponent("Kota Uji.xlsx"))
        let b = try Data(contentsOf: second.appendingPathComponent("Kota Uji.xlsx"))
        #expect(!a.isEmpty && a == b)
    }
}
