import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// The `s="…"` style index of one cell in a sheet's XML, nil when the cell is absent.
func styleIndex(_ xml: String, _ reference: String) -> String? {
    guard let start = xml.range(of: "<c r=\"\(reference)\"") else { return nil }
    let tag = xml[start.upperBound...].prefix { $0 != ">" }
    guard let style = tag.range(of: "s=\"") else { return "0" }
    return String(tag[style.upperBound...].prefix { $0 != "\"" })
}

/// The `<xf …>` of style index `index` in styles.xml's cellXfs, and the rgb of each fill by fillId.
func cellFormat(_ styles: String, _ index: String?) -> (numberFormat: String, fill: String)? {
    guard let index = index.flatMap(Int.init), let xfs = styles.range(of: "<cellXfs") else { return nil }
    let formats = styles[xfs.upperBound...].components(separatedBy: "<xf ").dropFirst()
    guard index < formats.count else { return nil }
    let xf = formats[formats.index(formats.startIndex, offsetBy: index)]
    func attribute(_ name: String) -> String {
        guard let start = xf.range(of: name + "=\"") else { return "" }
        return String(xf[start.upperBound...].prefix { $0 != "\"" })
    }
    let fills = styles.components(separatedBy: "<fill>").dropFirst().map { fill in
        fill.range(of: "rgb=\"").map { String(fill[$0.upperBound...].prefix { $0 != "\"" }) } ?? "none"
    }
    let fillId = Int(attribute("fillId")) ?? 0
    return (attribute("numFmtId"), fillId < fills.count ? fills[fillId] : "?")
}

@Suite("Validated workbook: findings marked and listed")
struct ValidatedWorkbookMarkingTests {
    @Test func markedCellsGetAFillBySeverity() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet1.xml")
        let error = styleIndex(xml, "D9"), plainCode = styleIndex(xml, "D8")
        let warning = styleIndex(xml, "C9"), plainJenis = styleIndex(xml, "C8")
        let rowInfo = styleIndex(xml, "A10"), plainOrdinal = styleIndex(xml, "A8")
        #expect(error != nil && error != plainCode)
        #expect(warning != nil && warning != plainJenis)
        #expect(rowInfo != nil && rowInfo != plainOrdinal)
        #expect(Set([error, warning, rowInfo]).count == 3)
        let styles = try output.part("xl/styles.xml")
        for colour in ["FFF8CBAD", "FFFFF2CC", "FFDDEBF7"] { #expect(styles.contains(colour)) }
        let lintas = try output.part("xl/worksheets/sheet3.xml")
        #expect(styleIndex(lintas, "B13") != styleIndex(lintas, "B12"))
    }

    @Test func markedCellsKeepTheirLookAndGainTheSeverityFill() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet1.xml"), styles = try output.part("xl/styles.xml")
        let format = { (cell: String) in cellFormat(styles, styleIndex(xml, cell)).map { "\($0.numberFormat) \($0.fill)" } }
        // 49 is Excel's built-in "@" (text) format.
        #expect(format("D8") == "49 none")
        #expect(format("D9") == "49 FFF8CBAD")
        #expect(format("C9") == "0 FFFFF2CC")
        #expect(format("A10") == "0 FFDDEBF7")
        #expect(format("A6") == "0 FFD9D9D9")
    }

    @Test func commentsCarryMessagesWorstFirstWithTheFix() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let comments = try output.part("xl/comments*.xml")
        #expect(comments.contains("[galat] code.separator: Kode MTR-02 memakai pemisah yang lain."))
        #expect(comments.contains("Perbaikan: MTR.02"))
        #expect(comments.contains("[catatan] code.note: Catatan pada kode."))
        #expect(comments.contains("[peringatan] jenis.synonym: Jenis proses Inti adalah sinonim."))
        #expect(comments.contains("Baris ini perlu dicek."))
        #expect(comments.contains("Uraian kegiatan terlalu umum."))
        #expect(!comments.contains("kedua tidak ditemukan"))
        let separator = try #require(comments.range(of: RuleID.codeSeparator.rawValue)), note = try #require(comments.range(of: "code.note"))
        #expect(separator.lowerBound < note.lowerBound)
    }

    @Test func jenisProsesCellsHaveTheDropdown() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<dataValidation type=\"list\""))
        #expect(xml.contains("sqref=\"C8:C10\""))
        #expect(xml.contains("&quot;Utama,Manajemen,Pendukung&quot;") || xml.contains("\"Utama,Manajemen,Pendukung\""))
        #expect(xml.contains("promptTitle=\"Jenis Proses\""))
    }

    @Test func headersAreFrozenAndPrintedOnEveryLandscapeA4Page() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet1.xml")
        #expect(xml.contains("topLeftCell=\"A8\""))
        #expect(xml.contains("orientation=\"landscape\"") && xml.contains("paperSize=\"9\"") && xml.contains("fitToHeight=\"0\""))
        let workbook = try output.part("xl/workbook.xml")
        // The legend of fills on row 5 is repeated with the header where the sheet has marks.
        #expect(workbook.contains("'Identifikasi Proses'!$5:$7"))
        #expect(workbook.contains("'Sub Proses'!$6:$7"))
        #expect(workbook.contains("'Lintas Fungsi'!$1:$5"))
        #expect(xml.contains("<oddFooter>&amp;LDicetak &amp;D&amp;RHalaman &amp;P dari &amp;N</oddFooter>"))
        #expect(xml.contains("<oddHeader>&amp;LPeta Proses Bisnis — Dinas Pendidikan — Kota Uji&amp;R&amp;A</oddHeader>"))
    }

    @Test func temuanListsEveryFindingWithItsPlace() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let sheet = try output.sheet("Temuan")
        #expect(texts(sheet, ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1"])
            == ["No", "Aturan", "Tingkat", "Lembar", "Sel", "Pesan", "Perbaikan", "Lokasi asli"])
        let rows = (2...7).map { texts(sheet, ["B\($0)", "C\($0)", "D\($0)", "E\($0)", "G\($0)"]) }
        #expect(rows == [
            [RuleID.tableMissing.rawValue, "galat", "", "", ""],
            [RuleID.codeSeparator.rawValue, "galat", "Identifikasi Proses", "D9", "MTR.02"],
            ["code.note", "catatan", "Identifikasi Proses", "D9", ""],
            [RuleID.jenisSynonym.rawValue, "peringatan", "Identifikasi Proses", "C9", "Utama"],
            ["proses.row", "catatan", "Identifikasi Proses", "A10", ""],
            ["kegiatan.vague", "peringatan", "Lintas Fungsi", "B13", ""],
        ])
        #expect(texts(sheet, ["F3", "H3", "H2"])
            == ["Kode MTR-02 memakai pemisah yang lain.", "Kota Uji/Dinas Pendidikan.xlsx › Proses!D6", "Kota Uji/Dinas Pendidikan.xlsx"])
        #expect(sheet.value(at: "A2") == .number(1))
    }

    @Test func temuanCellsLinkToTheMarkedCell() throws {
        let output = try ValidatedOutput()
        defer { output.remove() }
        let xml = try output.part("xl/worksheets/sheet4.xml")
        #expect(xml.contains("<hyperlink ref=\"E3\" location=\"'Identifikasi Proses'!D9\""))
        #expect(xml.contains("<hyperlink ref=\"E7\" location=\"'Lintas Fungsi'!B13\""))
        #expect(!xml.contains("ref=\"E2\""))
        #expect(xml.contains("<autoFilter ref=\"A1:H7\""))
        #expect(xml.contains("topLeftCell=\"A2\""))
    }

    @Test func englishHeadersAndMessages() throws {
        let output = try ValidatedOutput(language: .en)
        defer { output.remove() }
        let sheet = try output.sheet("Temuan")
        #expect(texts(sheet, ["B1", "C1", "D1", "E1", "G1", "H1"]) == ["Rule", "Severity", "Sheet", "Cell", "Fix", "Original location"])
        #expect(texts(sheet, ["C3", "F3"]) == ["error", "Code MTR-02 uses another separator."])
        let comments = try output.part("xl/comments*.xml")
        #expect(comments.contains("[error] code.separator: Code MTR-02 uses another separator."))
        #expect(comments.contains("Fix: MTR.02"))
        #expect(try output.sheet("Identifikasi Proses").value(at: "A4") == .text("Code pattern: MTR.NN.NN"))
    }

    @Test func aCellOutsideTheWrittenColumnsMarksItsRow() {
        var submission = ValidatedFixture.submission
        let stray = OriginalPlace(sheet: "Proses", row: 4, column: 7)
        submission.findings = [ValidatedFixture.finding(RuleID(stored: "column.unmapped"), .warning, stray, "x", "x")]
        let map = ValidatedFindingMap(sheets: ValidatedWorkbook.plan(submission, codeStyle: nil, language: .id),
                                      findings: submission.findings)
        #expect(map.target(for: stray)?.description == "Identifikasi Proses!A8")
        #expect(map.target(for: OriginalPlace(sheet: "Lain", row: 0, column: 0)) == nil)
    }
}
