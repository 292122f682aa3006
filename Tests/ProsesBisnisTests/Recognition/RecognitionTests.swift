import Spreadsheet
import Testing
@testable import ProsesBisnis

/// Layout variants the recogniser must understand, each built in memory.
struct RecognitionTests {
    @Test func offsetTableWithTitleNumberingHintAndDstRows() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["PETA PROSES BISNIS DINAS PENDIDIKAN KOTA METRO"],
            [],
            ["NO", "PROSES", "JENIS PROSES", "KODE SUB PROSES"],
            ["(1)", "(2)", "(3)", "(4)"],
            ["No", "Nama Proses", "Utama/Manajemen/Pendukung", "Kode"],
            ["#1", "Perencanaan Pendidikan", "Utama", "MTR.01"],
            ["#2", "Pengelolaan Keuangan", "Pendukung", "#1.1"],
            ["dst..."],
        ], origin: CellAddress(row: 4, column: 2))
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.proses.map { $0.kode?.text } == ["MTR.01", "1.1"])
        #expect(submission.proses.map { $0.location.displayRow } == [10, 11])
        #expect(submission.proses[1].kode?.wasNumber == true)
        #expect(submission.proses[0].kode?.location.cell == "F10")
        #expect(submission.proses[0].jenis?.text == "Utama")
        #expect(submission.tablesFound == [.proses])
        #expect(submission.findings.isEmpty)
    }

    @Test(arguments: [
        ["No.", "Nama Proses", "Jenis\nProses", "Kode Proses"],
        ["  no ", "NAMA  PROSES", "jenis proses", "KODE"],
        ["NOMOR", "Proses Bisnis", "Kategori", "Kode\nSub-Proses"],
    ])
    func headerSynonymsCaseAndLineBreaks(header: [String]) {
        let sheet = SheetBuilder(name: "S", rows: [header, ["1", "Perencanaan", "Utama", "MTR.01"]])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.proses.count == 1)
        #expect(submission.proses.first?.kode?.text == "MTR.01")
        #expect(submission.proses.first?.nama?.text == "Perencanaan")
    }

    @Test func unknownHeaderColumnIsReportedAsInfo() {
        let sheet = SheetBuilder(name: "S", rows: [["NO", "PROSES", "JENIS PROSES", "KODE", "KETERANGAN"], ["1", "A", "Utama", "X.01", "catatan"]])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.findings.map { [$0.rule.rawValue, $0.location?.cell ?? ""] } == [[RuleID.headerUnknownColumn.rawValue, "E1"]])
        #expect(submission.findings.first?.severity == .info)
    }

    @Test func subProsesGroupRowsAndBlankContinuationRows() {
        let sheet = SheetBuilder(name: "Sub Proses", rows: [
            ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
            ["", "Perencanaan", "MTR.01", "", ""],
            ["1", "Penyusunan Renstra", "MTR.01.01", "Penyusunan Renstra", "MTR.01.01.01"],
            ["", "", "", "Penyusunan Renja", "MTR.01.01.02"],
            ["2", "Penganggaran", "MTR.01.02", "lihat kegiatan dalam program", ""],
            ["", "MTR.02 Keuangan", "", "", ""],
            ["1", "Penatausahaan", "MTR.02.01", "SPJ", "MTR.02.01.01"],
        ])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.subProses.map { $0.kode?.text } == ["MTR.01.01", "MTR.01.02", "MTR.02.01"])
        #expect(submission.subProses.map { $0.parent?.kode?.text } == ["MTR.01", "MTR.01", "MTR.02"])
        #expect(submission.subProses.last?.parent?.nama?.text == "Keuangan")
        #expect(submission.lintasFungsi.map { $0.kode?.text } == ["MTR.01.01.01", "MTR.01.01.02", "MTR.02.01.01"])
        #expect(submission.lintasFungsi.map { $0.subProses?.kode?.text } == ["MTR.01.01", "MTR.01.01", "MTR.02.01"])
        #expect(submission.placeholders.map { $0.field.location.cell } == ["D5"])
    }

    @Test func verticallyMergedContinuationRowsAreNotNewSubProses() {
        let sheet = SheetBuilder(name: "Sub Proses", rows: [
            ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
            ["1", "Penyusunan Renstra", "KECKLB.01.01", "Forum", "KECKLB.01.01.CFM.01"],
            ["", "", "", "Musrenbang", "KECKLB.01.01.CFM.02"],
        ], merged: ["A2:A3", "B2:B3", "C2:C3"])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.subProses.count == 1)
        #expect(submission.lintasFungsi.map { $0.subProses?.kode?.text } == ["KECKLB.01.01", "KECKLB.01.01"])
    }

    @Test func compactVariantWithCodesBeforeNames() {
        let sheet = SheetBuilder(name: "Tabel 6.1", rows: [
            ["Kode", "Sub Proses", "Kode", "Lintas Fungsi"],
            ["P2.1", "Perencanaan", "P2.1.1", "Penyusunan Renstra dan Renja"],
            ["", "", "P2.1.2", "Penyusunan RKA dan DPA"],
            ["P2.2", "Pelaporan", "P2.2.1", "Laporan Evaluasi Kinerja"],
        ])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.subProses.map { $0.kode?.text } == ["P2.1", "P2.2"])
        #expect(submission.lintasFungsi.map { $0.kode?.text } == ["P2.1.1", "P2.1.2", "P2.2.1"])
        #expect(submission.lintasFungsi.map { $0.subProses?.kode?.text } == ["P2.1", "P2.1", "P2.2"])
    }

    @Test func stackedLintasFungsiTablesWithBothKeyValueStyles() {
        let sheet = SheetBuilder(name: "Lintas Fungsi", rows: [
            ["PROSES (KODE PROSES) : Perencanaan (MTR.01)"],
            ["SUB PROSES (KODE SUB PROSES) : MTR.01.01 Renstra"],
            ["LINTAS FUNGSI (KODE LINTAS FUNGSI) : Penyusunan Renstra (MTR.01.01.01)"],
            ["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "", "", "OUTPUT", "PENANGGUNG JAWAB"],
            ["", "", "Sekretariat", "Bidang Program", "*****", "", ""],
            ["(1)", "(2)", "(3)", "", "", "(4)", "(5)"],
            ["1", "Menyusun rancangan", "√", "", "", "Rancangan", "Bidang Program"],
            ["2", "Membahas rancangan", "v", "x", "", "Berita acara", "Sekretariat"],
            ["3", "Menetapkan", "-", "", "", "SK", ""],
            [],
            ["PROSES", ":", "Perencanaan (MTR.01)"],
            ["SUB PROSES", ":", "Renja (MTR.01.02)"],
            ["LINTAS FUNGSI", "Penyusunan Renja (MTR.01.02.01)"],
            ["NO", "AKTIVITAS", "Sekretariat", "Bidang Program", "OUTPUT", "PJ"],
            ["1", "Menghimpun usulan", "1", "●", "Usulan", "Bidang Program"],
        ], merged: ["C4:E4", "A4:A5", "B4:B5", "F4:F5", "G4:G5", "C6:E6"])
        let submission = SheetBuilder.recognise([sheet])
        let tables = submission.tabelLintasFungsi
        #expect(tables.count == 2)
        #expect(tables.map { $0.lintasFungsi?.kode?.text } == ["MTR.01.01.01", "MTR.01.02.01"])
        #expect(tables.map { $0.subProses?.kode?.text } == ["MTR.01.01", "MTR.01.02"])
        #expect(tables.map { $0.proses?.kode?.text } == ["MTR.01", "MTR.01"])
        #expect(tables[0].subProses?.nama?.text == "Renstra")
        #expect(tables[0].units.map(\.name) == ["Sekretariat", "Bidang Program"])
        #expect(tables[0].kegiatan.map(\.units) == [[0], [0, 1], []])
        #expect(tables[0].kegiatan.map { $0.location.displayRow } == [7, 8, 9])
        #expect(tables[1].units.map(\.name) == ["Sekretariat", "Bidang Program"])
        #expect(tables[1].kegiatan.map(\.units) == [[0, 1]])
        #expect(tables[1].kegiatan.first?.penanggungJawab?.text == "Bidang Program")
        #expect(submission.placeholders.map { $0.field.location.cell } == ["E5"])
    }

    @Test func tablesSideBySideOnOneSheet() {
        let sheet = SheetBuilder(name: "Gabungan", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE", "", "NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
            ["1", "Perencanaan", "Utama", "BO-01", "", "1", "Kelembagaan", "BO-01.1", "Evaluasi", "BO-01.1.1"],
            ["2", "Anjab", "Manajemen", "BO-02", "", "2", "Uraian Tugas", "BO-01.2", "", ""],
        ])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.proses.map { $0.kode?.text } == ["BO-01", "BO-02"])
        #expect(submission.subProses.map { $0.kode?.text } == ["BO-01.1", "BO-01.2"])
        #expect(submission.lintasFungsi.map { $0.kode?.text } == ["BO-01.1.1"])
    }

    @Test func hiddenSheetsAreNotDataButAreMentioned() {
        var hidden = SheetBuilder(name: "Versi Lama", rows: [["NO", "PROSES", "JENIS PROSES", "KODE"], ["1", "A", "Utama", "X.01"]])
        hidden.visibility = .hidden
        let submission = SheetBuilder.recognise([hidden])
        #expect(submission.proses.isEmpty)
        #expect(submission.findings.map(\.rule) == [RuleID.sheetHidden])
        #expect(submission.findings.first?.severity == .info)
    }

    @Test func csvTableRecognisedByHeaderWithoutSheetNames() {
        let sheet = SheetBuilder(name: "apa-saja", rows: [["NO", "PROSES", "JENIS PROSES", "KODE"], ["1", "Perencanaan", "Utama", "BO-01"]])
        var submission = Submission(path: "NTT/Biro", region: "NTT", opd: "Biro", format: .csv)
        TableRecognizer.recognise(Workbook(path: "x.csv", format: .csv, sheets: [sheet.sheet]), file: "apa-saja.csv", into: &submission)
        let location = submission.proses.first?.kode?.location
        #expect(location?.sheet == nil)
        #expect(location?.cell == nil)
        #expect(location?.file == "apa-saja.csv")
        #expect(location?.displayRow == 2)
    }

    @Test func identityFromATitleWrittenOnTwoRows() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["PETA PROSES BISNIS"], ["DINAS PENDIDIKAN, KEBUDAYAAN, PEMUDA DAN OLAHRAGA KOTA METRO"], [],
            ["NO", "PROSES", "JENIS PROSES", "KODE"],
        ]).sheet
        let identity = SubmissionIdentity.titleIdentity([Workbook(path: "x.xlsx", format: .xlsx, sheets: [sheet])])
        #expect(identity?.region == "Kota Metro")
        #expect(identity?.opd == "Dinas Pendidikan, Kebudayaan, Pemuda Dan Olahraga")
    }

    @Test(arguments: [
        ("PETA PROSES BISNIS DINAS PENDIDIKAN KOTA METRO", "Kota Metro", "Dinas Pendidikan"),
        ("Peta Proses Bisnis Kecamatan Klambu Kabupaten Grobogan", "Kabupaten Grobogan", "Kecamatan Klambu"),
    ])
    func identityFromTitleRows(title: String, region: String, opd: String) {
        let identity = SubmissionIdentity.parseTitle(title)
        #expect(identity?.region == region)
        #expect(identity?.opd == opd)
    }
}
