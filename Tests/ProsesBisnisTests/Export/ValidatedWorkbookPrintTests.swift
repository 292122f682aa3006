import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// What a printed validated workbook says without comments and colours: the findings column
/// at the right of each marked sheet, the legend of fills above its table, and a workbook
/// that still reads back as the submission it shows.
@Suite("Validated workbook: printed findings")
struct ValidatedWorkbookPrintTests {
    @Test func aMarkedSheetListsItsRowsFindingsInAColumnRightOfTheTable() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Identifikasi Proses")
        #expect(texts(sheet, ["E6", "E8", "E10"]) == ["TEMUAN PEMERIKSAAN", "", "catatan: Baris ini perlu dicek."])
        // Cells left to right (JENIS before KODE), the worst finding of a cell first, each with its fix.
        #expect(texts(sheet, ["E9"]) == ["""
            peringatan: Jenis proses Inti adalah sinonim. (perbaikan: Utama)
            galat: Kode MTR-02 memakai pemisah yang lain. (perbaikan: MTR.02)
            catatan: Catatan pada kode.
            """])
        let lintas = try output.sheet("Lintas Fungsi")
        #expect(texts(lintas, ["H9", "H13"]) == ["TEMUAN PEMERIKSAAN", "peringatan: Uraian kegiatan terlalu umum."])
        #expect(lintas.mergedRanges.map(\.description).contains("H9:H10"))
    }

    @Test func aSheetWithoutFindingsStaysTheInstrumentAsIs() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Sub Proses")
        #expect(texts(sheet, ["F6", "B5", "C5"]) == ["", "", ""])
    }

    @Test func theLegendNamesTheFillsTheSheetUses() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        #expect(texts(try output.sheet("Identifikasi Proses"), ["B5", "C5", "D5", "E5"]) == ["Warna sel:", "galat", "peringatan", "catatan"])
        #expect(texts(try output.sheet("Lintas Fungsi"), ["B5", "C5", "D5"]) == ["Warna sel:", "peringatan", ""])
        let xml = try output.part("xl/worksheets/sheet1.xml"), styles = try output.part("xl/styles.xml")
        #expect(cellFormat(styles, styleIndex(xml, "C5"))?.fill == "FFF8CBAD")
        #expect(cellFormat(styles, styleIndex(xml, "E5"))?.fill == "FFDDEBF7")
        let english = try ValidatedOutput(language: .en)
        defer { english.remove() }
        #expect(texts(try english.sheet("Identifikasi Proses"), ["B5", "C5", "E6"]) == ["Cell colours:", "error", "REVIEW FINDINGS"])
    }

    @Test func rowsOfSeveralNoteLinesAreTallEnough() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet1.xml")
        // Three notes of 64, 66 and 27 characters in a column 40 wide: 2 + 2 + 1 lines of 15 points.
        #expect(xml.contains("<row r=\"9\" spans=\"1:5\" ht=\"75\" customHeight=\"1\">"))
    }

    /// The validated workbooks of every sample, read again as submissions: the same values in
    /// the same tables, and the findings column is neither data nor an unknown column.
    @Test func validatedWorkbooksOfTheSamplesReadBackAsTheSameSubmissions() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("probis-print-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = CorrectionRun(jobs: 2)
        let originals = try run.load(root: SamplesTests.root, out: out + "/a").map { RuleCatalogue.checkWithStyle($0).submission }
        #expect(originals.contains { $0.findings.contains { $0.location != nil } }, "some workbook gets the findings column")
        for submission in originals {
            try ValidatedWorkbook.write(submission, codeStyle: nil, to: "\(out)/b/\(submission.region)/\(submission.opd).xlsx",
                                        language: .id)
        }
        let dpmptsp = try SpreadsheetReader().read(path: out + "/b/Kota Pasuruan/DPMPTSP.xlsx")
        #expect(dpmptsp.sheet(named: "Identifikasi Proses")?.cells.contains { $0.value.displayText == "TEMUAN PEMERIKSAAN" } == true)
        let again = try run.load(root: out + "/b", out: out + "/c")
        #expect(again.count == originals.count)
        for submission in again {
            let original = try #require(originals.first { $0.opd == submission.opd })
            #expect(Self.values(submission) == Self.values(original), "\(submission.opd)")
            #expect(!submission.findings.contains { $0.rule == RuleID.headerUnknownColumn }, "\(submission.opd)")
            // Left aside: hidden sheets are not copied, a code read from a number cell is
            // written as text on purpose, so `code.numeric` comes back as what the text is, and
            // template text (`dst...` rows) is not data and is not written.
            let aside: Set<RuleID> = [RuleID.sheetHidden, RuleID.codeNumeric, RuleID.codeMalformed, RuleID.placeholderLeft]
            let rules = { (item: Submission) in Set(item.findings.map(\.rule)).subtracting(aside) }
            #expect(rules(RuleCatalogue.checkWithStyle(submission).submission) == rules(original),
                    "\(submission.opd): the same problems are found again")
        }
    }

    /// Every value of the three tables as text, in reading order.
    static func values(_ submission: Submission) -> [String] {
        let proses = submission.proses.map { [$0.nama?.text, $0.jenis?.text, $0.kode?.text] }
        let sub = submission.subProses.map { [$0.nama?.text, $0.kode?.text] }
        let lintas = submission.lintasFungsi.map { [$0.nama?.text, $0.kode?.text] }
        let tables = submission.tabelLintasFungsi.flatMap { table in
            [[table.proses, table.subProses, table.lintasFungsi].map { "\($0?.nama?.text ?? "")|\($0?.kode?.text ?? "")" }
                .joined(separator: "|"),
             table.units.map(\.name).joined(separator: "|")] + table.kegiatan.map { kegiatan -> String? in
                [kegiatan.uraian?.text ?? "", kegiatan.units.map(String.init).joined(separator: ","),
                 kegiatan.output?.text ?? "", kegiatan.penanggungJawab?.text ?? ""].joined(separator: "|")
            }
        }
        return (proses + sub + lintas).map { $0.map { $0 ?? "" }.joined(separator: "|") } + tables.map { $0 ?? "" }
    }
}
