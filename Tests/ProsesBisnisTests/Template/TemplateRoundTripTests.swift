import Foundation
import Testing
@testable import ProsesBisnis

/// A template filled in its own layout reads back through the reader, the recogniser and every
/// rule with no finding and exactly the values written; blank templates read back empty.
struct TemplateRoundTripTests {
    @Test func filledTemplateReadsBackExactlyWithZeroFindings() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Dinas Pendidikan.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options(), content: TemplateFixture.content)
        let checked = try TemplateFixture.check(path)
        let submission = checked.submission

        #expect(submission.findings.map { "\($0.location.map(\.description) ?? "") \($0.rule)" } == [])
        #expect(checked.codeStyle?.pattern == "MTR.NN.NN.NN")
        #expect(submission.region == "Kota Metro" && submission.opd == "Dinas Pendidikan")
        #expect(submission.tablesFound == Set(TableKind.allCases))
        #expect(submission.proses.map { [$0.no, $0.nama, $0.jenis, $0.kode].map(\.readText) } == [
            ["1", "Perencanaan dan Evaluasi", "Manajemen", "MTR.01"],
            ["2", "Pelayanan Pendidikan Dasar", "Utama", "MTR.02"],
            ["3", "Pengelolaan Keuangan", "Pendukung", "MTR.03"],
        ])
        #expect(submission.subProses.map { [$0.no, $0.nama, $0.kode, $0.parent?.kode].map(\.readText) } == [
            ["1", "Penyusunan Renstra", "MTR.01.01", "MTR.01"],
            ["2", "Evaluasi Kinerja", "MTR.01.02", "MTR.01"],
            ["3", "Penerimaan Peserta Didik Baru", "MTR.02.01", "MTR.02"],
        ])
        #expect(submission.lintasFungsi.map { [$0.nama, $0.kode, $0.subProses?.kode].map(\.readText) } == [
            ["Penyusunan dokumen Renstra", "MTR.01.01.01", "MTR.01.01"],
            ["Reviu dokumen Renstra", "MTR.01.01.02", "MTR.01.01"],
            ["Penyusunan LKjIP", "MTR.01.02.01", "MTR.01.02"],
            ["Seleksi peserta didik", "MTR.02.01.01", "MTR.02.01"],
        ])
        #expect(submission.placeholders.isEmpty)
    }

    @Test func filledTemplateTablesKeepTheirBlocksUnitsAndActivities() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("isi.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options(), content: TemplateFixture.content)
        let tables = try TemplateFixture.check(path).submission.tabelLintasFungsi

        #expect(tables.map { [$0.proses?.kode, $0.subProses?.kode, $0.lintasFungsi?.kode, $0.lintasFungsi?.nama].map(\.readText) } == [
            ["MTR.01", "MTR.01.01", "MTR.01.01.01", "Penyusunan dokumen Renstra"],
            ["MTR.01", "MTR.01.01", "MTR.01.01.02", "Reviu dokumen Renstra"],
            ["MTR.01", "MTR.01.02", "MTR.01.02.01", "Penyusunan LKjIP"],
            ["MTR.02", "MTR.02.01", "MTR.02.01.01", "Seleksi peserta didik"],
        ])
        #expect(tables.allSatisfy { $0.units.map(\.name) == TemplateFixture.units })
        #expect(tables.map { $0.kegiatan.map { "\($0.no.readText) \($0.uraian.readText) \($0.units) \($0.output.readText) / \($0.penanggungJawab.readText)" } } == [
            ["1 Menyusun rancangan awal [0] Rancangan awal / Sekretariat",
             "2 Membahas rancangan dengan bidang [0, 1, 2] Berita acara / Sekretariat"],
            ["1 Mereviu dokumen [1] Catatan reviu / Bidang PAUD"],
            ["1 Mengumpulkan data kinerja [1, 2] Data kinerja / Sekretariat"],
            ["1 Mengumumkan jadwal [2] Pengumuman / Bidang Pendidikan Dasar",
             "2 Menetapkan hasil seleksi [0, 2] Keputusan / Bidang Pendidikan Dasar"],
        ])
    }

    /// No data: a blank template sent back is `submission.empty` and nothing else; the one blank
    /// lintas fungsi table is read with its units and nothing else.
    @Test func blankTemplateWithUnitsReadsBackEmptyWithOnlyTheEmptyFinding() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kosong.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options())
        let submission = try TemplateFixture.check(path).submission

        #expect(submission.findings.map(\.rule) == [RuleID.submissionEmpty])
        #expect(submission.tablesFound == Set(TableKind.allCases))
        #expect(submission.proses.isEmpty && submission.subProses.isEmpty && submission.lintasFungsi.isEmpty)
        #expect(submission.tabelLintasFungsi.count == 1)
        let table = try #require(submission.tabelLintasFungsi.first)
        #expect(table.kegiatan.isEmpty && table.proses == nil && table.subProses == nil && table.lintasFungsi == nil)
        #expect(table.units.map(\.name) == TemplateFixture.units)
    }

    /// The official `*****` unit columns are template text: set aside as placeholders, never
    /// units; in a blank template they are not reported one by one: it is empty, one finding.
    @Test func blankTemplateWithoutUnitsIsOneEmptyFinding() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kosong.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateOptions())
        let submission = try TemplateFixture.check(path).submission

        #expect(submission.findings.map { "\($0.location.map(\.description) ?? "") \($0.severity) \($0.rule)" } ==
                [" error submission.empty"])
        #expect(submission.tabelLintasFungsi.map(\.units.count) == [0])
        #expect(submission.placeholders.map(\.field.text) == Array(repeating: "*****", count: 6))
        #expect(submission.region == "(tanpa wilayah)")
    }

    @Test func englishTemplateReadsBackTheSame() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("en.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options(language: .en), content: TemplateFixture.content)
        let submission = try TemplateFixture.check(path).submission
        #expect(submission.findings.isEmpty)
        let counts: [Int] = [submission.proses.count, submission.subProses.count, submission.lintasFungsi.count, submission.aktivitasCount]
        #expect(counts == [3, 3, 4, 6])
    }
}
