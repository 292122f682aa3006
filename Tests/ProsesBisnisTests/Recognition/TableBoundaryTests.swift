import Spreadsheet
import Testing
@testable import ProsesBisnis

/// A table ends where its shape ends; furniture inside a table is stepped over (issue 9).
struct TableBoundaryTests {
    @Test func signatureRightUnderTheProcessTableIsNotFourProcesses() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "Perencanaan", "Utama", "MTR.01"],
            ["2", "Keuangan", "Pendukung", "MTR.02"],
            ["", "", "Metro, 12 Agustus 2024"],
            ["", "", "KEPALA DINAS PENDIDIKAN"],
            ["", "", "Dr. Ir. SITI AMINAH, M.Si."],
            ["", "", "NIP 19681104 199403 2 007"],
        ])
        #expect(SheetBuilder.recognise([sheet]).proses.map { $0.kode?.text } == ["MTR.01", "MTR.02"])
    }

    @Test func keteranganLegendUnderALintasFungsiTableIsNoActivity() {
        let sheet = SheetBuilder(name: "LF", rows: [
            ["NO", "KEGIATAN", "Sekretariat", "Bidang", "OUTPUT", "PENANGGUNG JAWAB"],
            ["1", "Menyusun", "√", "", "Konsep", "Sekretariat"],
            ["Keterangan:"],
            ["", "√ = unit terlibat", "√"],
        ])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.tabelLintasFungsi.map(\.kegiatan.count) == [1])
    }

    @Test func aLoneTextWithoutNumberUnderANumberedTableClosesIt() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "Perencanaan", "Utama", "MTR.01"],
            [],
            ["", "BUDI HARTONO"],
            ["", "Penata (III/c)"],
        ])
        #expect(SheetBuilder.recognise([sheet]).proses.count == 1)
    }

    @Test func numberedEmptyTemplateRowsDoNotCloseTheTable() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "Perencanaan", "Utama", "MTR.01"],
            ["2"],
            ["3", "Keuangan", "Pendukung", "MTR.02"],
        ])
        #expect(SheetBuilder.recognise([sheet]).proses.count == 2)
    }

    @Test func headerRepeatedMidLintasFungsiTableContinuesTheSameTable() {
        let sheet = SheetBuilder(name: "LF", rows: [
            ["PROSES : Perencanaan (MTR.01)"],
            ["SUB PROSES : Renstra (MTR.01.01)"],
            ["LINTAS FUNGSI : Dokumen (MTR.01.01.01)"],
            ["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "", "OUTPUT", "PENANGGUNG JAWAB"],
            ["", "", "Sekretariat", "Bidang", "", ""],
            ["1", "Menyusun", "√", "", "Konsep", "Sekretariat"],
            ["", "", "Halaman 1 dari 2"],
            ["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "", "OUTPUT", "PENANGGUNG JAWAB"],
            ["", "", "Sekretariat", "Bidang", "", ""],
            ["2", "Menetapkan", "", "√", "Dokumen", "Bidang"],
        ], merged: ["C4:D4", "C8:D8"])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.tabelLintasFungsi.count == 1)
        #expect(submission.tabelLintasFungsi.first?.kegiatan.map(\.units) == [[0], [1]])
        #expect(submission.tabelLintasFungsi.first?.lintasFungsi?.kode?.text == "MTR.01.01.01")
    }

    @Test func verticallyMergedPenanggungJawabAppliesToEachActivity() {
        let sheet = SheetBuilder(name: "LF", rows: [
            ["NO", "KEGIATAN", "Sekretariat", "OUTPUT", "PENANGGUNG JAWAB"],
            ["1", "Menyusun", "√", "Konsep", "Sekretariat"],
            ["2", "Menetapkan", "√", "Dokumen", ""],
        ], merged: ["E2:E3"])
        let activities = SheetBuilder.recognise([sheet]).tabelLintasFungsi.first?.kegiatan ?? []
        #expect(activities.map { $0.penanggungJawab?.text } == ["Sekretariat", "Sekretariat"])
    }

    @Test func emptySeparatorColumnBetweenNoAndNameDoesNotBreakTheHeader() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["NO", "", "PROSES", "JENIS PROSES", "KODE"],
            ["A", "", "B", "C", "D"],
            ["1", "", "Perencanaan", "Utama", "MTR.01"],
        ])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.proses.map { $0.no?.text } == ["1"])
        #expect(submission.proses.map { $0.nama?.text } == ["Perencanaan"])
    }

    @Test func dstRowIsAPlaceholderOnlyUnderAFilledTable() {
        let filled = SheetBuilder(name: "Isi", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE"], ["1", "Perencanaan", "Utama", "MTR.01"], ["", "dst...", "dst...", "dst..."],
        ])
        let blank = SheetBuilder(name: "Kosong", rows: [["NO", "PROSES", "JENIS PROSES", "KODE"], ["", "dst...", "dst...", "dst..."]])
        #expect(SheetBuilder.recognise([filled]).placeholders.map(\.field.location.description) == ["Isi!B3", "Isi!C3", "Isi!D3"])
        #expect(SheetBuilder.recognise([blank]).placeholders.isEmpty)
        let findings = PlaceholderFindings.findings(SheetBuilder.recognise([filled]).placeholders)
        #expect(findings.map { "\($0.location?.description ?? "") \($0.rule)" } == ["Isi!B3 placeholder.left"])
        #expect(findings.first?.message.en.contains("B3, C3, D3") == true)
    }

    @Test func starredUnitColumnWithMarksStaysAUnit() {
        let sheet = SheetBuilder(name: "LF", rows: [
            ["NO", "KEGIATAN", "UNIT KERJA TERKAIT", "", "", "OUTPUT", "PENANGGUNG JAWAB"],
            ["", "", "Sekretariat", "*****", "*****", "", ""],
            ["1", "Menyusun", "√", "√", "", "Konsep", "Sekretariat"],
        ], merged: ["C1:E1"])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.tabelLintasFungsi.first?.units.map(\.name) == ["Sekretariat", "*****"])
        #expect(submission.tabelLintasFungsi.first?.kegiatan.first?.units == [0, 1])
        #expect(submission.placeholders.map(\.field.location.description) == ["LF!D2", "LF!E2"])
        let removal = PlaceholderRemoval(submission)
        #expect(removal.edits.map(\.location.description) == ["LF!E2"])
    }

    @Test func textBesideASideBySideTableDoesNotCloseTheOther() {
        let sheet = SheetBuilder(name: "S", rows: [
            ["NO", "PROSES", "JENIS PROSES", "KODE", "", "NO", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "A", "Utama", "X.01", "", "1", "C", "Utama", "Y.01"],
            ["", "Mengetahui,", "", "", "", "2", "D", "Pendukung", "Y.02"],
            ["", "", "", "", "", "3", "E", "Manajemen", "Y.03"],
        ])
        #expect(SheetBuilder.recognise([sheet]).proses.map { $0.kode?.text } == ["X.01", "Y.01", "Y.02", "Y.03"])
    }
}

extension TableBoundaryTests {
    /// NO merged over the separator column too (`A1:B1`): still one header.
    @Test func noMergedOverTheSeparatorColumn() {
        let sheet = SheetBuilder(name: "Proses", rows: [
            ["NO", "", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "", "Perencanaan", "Utama", "MTR.01"],
            ["2", "", "Keuangan", "Pendukung", "MTR.02"],
        ], merged: ["A1:B1"])
        let submission = SheetBuilder.recognise([sheet])
        #expect(submission.proses.map { $0.no?.text } == ["1", "2"])
        #expect(submission.findings.isEmpty)
    }
}
