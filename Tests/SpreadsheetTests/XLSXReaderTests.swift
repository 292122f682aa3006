import Foundation
import Testing
@testable import Spreadsheet

/// Cases built in memory: each pins one thing the XLSX reader must get right.
struct XLSXReaderTests {
    private func read(_ body: String, sharedStrings: [String]? = nil, mergeCells: String = "") throws -> Sheet {
        let data = ZipBuilder.workbook(sheets: [("Data", body)], sharedStrings: sharedStrings, mergeCells: mergeCells)
        return try #require(XLSXReader().read(data: data, path: "case.xlsx").sheets.first)
    }

    private func cells(_ sheet: Sheet) -> [String: CellValue] {
        Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.address.description, $0.value) })
    }

    @Test func codeTypedAsNumberStaysANumber() throws {
        let sheet = try read(#"<row r="1"><c r="A1"><v>1.1</v></c><c r="B1" t="s"><v>0</v></c></row>"#,
                             sharedStrings: ["<si><t>1.10</t></si>"])
        #expect(cells(sheet) == ["A1": .number(1.1), "B1": .text("1.10")])
    }

    @Test func cdataAndEntitiesInValues() throws {
        let sheet = try read(#"<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c><c r="B1" t="str"><v>x &amp; &#121;</v></c></row>"#)
        #expect(cells(sheet) == ["A1": .text("a<b"), "B1": .text("x & y")])
    }

    @Test func unsortedAndRepeatedCellsAreOrderedAndTheLastWins() throws {
        let sheet = try read(#"<row r="2"><c r="B2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>9</v></c></row>"#)
        #expect(sheet.cells.map(\.address.description) == ["A1", "B2"])
        #expect(sheet.value(at: "A1") == .number(9))
    }

    @Test func selfClosingAndEmptyCellsAreSkippedButAdvanceTheColumn() throws {
        let sheet = try read(#"<row><c/><c t="s"></c><c><v>3</v></c></row>"#)
        #expect(cells(sheet) == ["C1": .number(3)])
    }

    @Test func hiddenRowsAreExposedAndRowsWithoutNumberCountOn() throws {
        let sheet = try read(#"<row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row hidden="true"/><row r="5" hidden="0"/><row r="7" hidden="1"/>"#)
        #expect(sheet.hiddenRows == [1, 2, 6])
        #expect(sheet.isRowHidden(2) && !sheet.isRowHidden(4))
    }

    /// A 10 KB workbook part listing one sheet ten thousand times took a minute: refused at once.
    @Test func aWorkbookListingTenThousandSheetsIsRefused() throws {
        let entries = String(repeating: #"<sheet name="S" sheetId="1" r:id="rId1"/>"#, count: 10_000)
        let data = Self.package(sheets: entries)
        #expect(throws: SpreadsheetError.tooManySheets(file: "many.xlsx", limit: 1_000)) {
            try XLSXReader().read(data: data, path: "many.xlsx")
        }
    }

    /// A sheet name of a megabyte (11 GB of memory once copied into every cell's place) is cut.
    @Test func aMegabyteSheetNameIsCut() throws {
        let name = String(repeating: "N", count: 1 << 20)
        let workbook = try XLSXReader().read(data: Self.package(sheets: #"<sheet name="\#(name)" sheetId="1" r:id="rId1"/>"#), path: "long.xlsx")
        #expect(workbook.sheets.first?.name.count == 255)
        #expect(workbook.sheets.first?.value(at: "A1") == .number(1))
    }

    /// XML 1.0 §2.11: literal CR LF and lone CR in text are line feeds; `&#13;` stays a CR.
    @Test func literalCarriageReturnsBecomeLineFeeds() throws {
        let sheet = try read(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x\#r\#ny\#rz</t></is></c><c r="C1" t="str"><v>p&#13;q\#r\#nr</v></c></row>"#,
                             sharedStrings: ["<si><t>satu\r\ndua</t></si>"])
        #expect(cells(sheet) == ["A1": .text("satu\ndua"), "B1": .text("x\ny\nz"), "C1": .text("p\rq\nr")])
    }

    /// A whole-column or whole-row merge made the workbook unreadable; it is cut to the used range.
    @Test func wholeColumnAndRowMergesAreClampedToTheUsedRange() throws {
        let body = #"<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>"#
        let sheet = try read(body, mergeCells: #"<mergeCells><mergeCell ref="B:B"/><mergeCell ref="2:2"/><mergeCell ref="D5:E6"/></mergeCells>"#)
        #expect(sheet.mergedRanges.map(\.description) == ["B1:B3", "A2:C2", "D5:E6"])
    }

    @Test(arguments: [true, false])
    func partsInUTF16AreRead(bom: Bool) throws {
        func utf16(_ text: String) -> [UInt8] {
            (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        // The shared strings part written in UTF-16, the rest in UTF-8.
        var zip = ZipBuilder()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdS" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#)
        zip.add("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#)
        zip.addBytes("xl/sharedStrings.xml", utf16(#"<?xml version="1.0" encoding="UTF-16"?><sst xmlns="\#(main)"><si><t>Perencanaan é</t></si></sst>"#))
        let workbook = try XLSXReader().read(data: zip.data, path: "utf16.xlsx")
        #expect(workbook.sheets.first?.value(at: "A1") == .text("Perencanaan é"))
    }

    @Test func aMissingWorkbookRelationshipsPartIsAnErrorNamingIt() throws {
        var zip = ZipBuilder()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        zip.add("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData/></worksheet>"#)
        #expect(throws: SpreadsheetError.missingPart(file: "rusak.xlsx", part: "xl/_rels/workbook.xml.rels")) {
            try XLSXReader().read(data: zip.data, path: "rusak.xlsx")
        }
    }

    @Test func aHugeBadReferenceIsQuotedShort() throws {
        let reference = String(repeating: "Z", count: 100_000)
        #expect(throws: SpreadsheetError.corruptPart(file: "case.xlsx", part: "xl/worksheets/sheet1.xml",
                                                     reason: "ref " + String(repeating: "Z", count: 40) + "…")) {
            try read("<row r=\"1\"><c r=\"\(reference)\"><v>5</v></c></row>")
        }
    }

    @Test func aBinaryWorkbookIsRefusedByName() throws {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("xl/workbook.bin", "binary")
        #expect(throws: SpreadsheetError.binaryWorkbook(file: "buku.xlsb")) { try XLSXReader().read(data: zip.data, path: "buku.xlsb") }
        #expect(SpreadsheetError.binaryWorkbook(file: "buku.xlsb").message(.id).contains("simpan ulang sebagai .xlsx"))
    }

    private static func package(sheets: String) -> Data {
        var zip = ZipBuilder()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        zip.add("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets>\#(sheets)</sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
        zip.add("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#)
        return zip.data
    }

    @Test func sharedStringIndexOutOfRangeNamesThePart() throws {
        #expect(throws: SpreadsheetError.corruptPart(file: "case.xlsx", part: "xl/worksheets/sheet1.xml", reason: "sharedString #5")) {
            try read(#"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#, sharedStrings: [])
        }
    }

    @Test func badCellReferenceIsAnError() throws {
        #expect(throws: SpreadsheetError.corruptPart(file: "case.xlsx", part: "xl/worksheets/sheet1.xml", reason: "ref A0")) {
            try read(#"<row r="1"><c r="A0"><v>5</v></c></row>"#)
        }
    }

    @Test func unterminatedAttributeIsMalformedXML() throws {
        #expect {
            try read(#"<row r="1"><c r="A1><v>5</v></c></row>"#)
        } throws: { error in
            guard case .malformedXML(let file, let part, _, _) = error as? SpreadsheetError else { return false }
            return file == "case.xlsx" && part == "xl/worksheets/sheet1.xml"
        }
    }

    @Test func mergedRangesAreReportedAndCanBeFilled() throws {
        let sheet = try read(#"<row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c></row>"#,
                             mergeCells: #"<mergeCells><mergeCell ref="A1:B2"/></mergeCells>"#)
        #expect(sheet.mergedRanges.map(\.description) == ["A1:B2"])
        #expect(sheet.value(at: "B2") == nil)
        #expect(sheet.fillingMergedRanges().value(at: "B2") == .text("Judul"))
        #expect(sheet.fillingMergedRanges().cells.count == 4)
    }

    @Test func richTextRunsJoinAndPhoneticRunsAreIgnored() throws {
        let item = "<si><r><t>Peta </t></r><r><rPr><b/></rPr><t>Proses</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"
        let sheet = try read(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: [item])
        #expect(sheet.value(at: "A1") == .text("Peta Proses"))
    }

    @Test func tooManyCellsIsRefused() throws {
        var limits = ReadLimits()
        limits.maxCellsPerSheet = 2
        let data = ZipBuilder.workbook(sheets: [("Data", #"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>"#)])
        #expect(throws: SpreadsheetError.tooManyCells(file: "x.xlsx", part: "xl/worksheets/sheet1.xml", limit: 2)) {
            try XLSXReader(limits: limits).read(data: data, path: "x.xlsx")
        }
    }

    @Test func workbookWithoutOfficeDocumentRelationshipIsMissingAPart() throws {
        var zip = ZipBuilder()
        zip.add("_rels/.rels", "<Relationships/>")
        #expect(throws: SpreadsheetError.missingPart(file: "x.xlsx", part: "_rels/.rels › officeDocument")) {
            try XLSXReader().read(data: zip.data, path: "x.xlsx")
        }
    }

    @Test func corruptedMemberFailsItsCRC() throws {
        var bytes = [UInt8](ZipBuilder.workbook(sheets: [("Data", #"<row r="1"><c r="A1"><v>12345</v></c></row>"#)]))
        let marker = Array("12345".utf8)
        let index = try #require((0..<(bytes.count - 5)).first { Array(bytes[$0..<($0 + 5)]) == marker })
        bytes[index] = UInt8(ascii: "9")
        #expect(throws: SpreadsheetError.corruptPart(file: "x.xlsx", part: "xl/worksheets/sheet1.xml", reason: "CRC32")) {
            try XLSXReader().read(data: Data(bytes), path: "x.xlsx")
        }
    }

    @Test func everyTruncationThrowsAndNeverTraps() throws {
        let data = ZipBuilder.workbook(sheets: [("Data", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)])
        for length in stride(from: 0, to: data.count, by: 7) {
            #expect(throws: SpreadsheetError.self) { try XLSXReader().read(data: data.prefix(length), path: "x.xlsx") }
        }
    }
}
