import Foundation
import Testing
@testable import XLSXWriter

/// Each feature, written alone, must show up in the OOXML part Excel reads it from.
@Suite struct SheetXMLTests {
    @Test(arguments: [false, true])
    func formulaLookingTextStaysAString(constantMemory: Bool) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder, options: .init(constantMemory: constantMemory)) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.write(#"=HYPERLINK("http://x","klik")"#, row: 0, column: 0)
            try sheet.write("=SUM(A1:A2)", row: 1, column: 0)
            try sheet.writeInternalLink("=1+1", row: 2, column: 0, to: CellLocation(sheet: "Data", row: 0, column: 0))
            if !constantMemory {
                try sheet.merge(SheetRange(firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: 1), text: "=2+2")
            }
        }
        let sheet = try sheetXML(path)
        let strings = constantMemory ? sheet : try zipPart("xl/sharedStrings.xml", of: path)
        #expect(strings.contains("=HYPERLINK(") && strings.contains("=SUM(A1:A2)") && strings.contains("=1+1"))
        #expect(constantMemory || strings.contains("=2+2"))
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
    }

    @Test(arguments: [false, true])
    func hiddenRowIsMarkedHiddenInTheRowElement(constantMemory: Bool) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder, options: .init(constantMemory: constantMemory)) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.write("terlihat", row: 0, column: 0)
            try sheet.hideRow(2)
            try sheet.write("tersembunyi", row: 2, column: 0)
        }
        let sheet = try sheetXML(path)
        #expect(sheet.contains(#"<row r="3""#) && sheet.contains(#"hidden="1""#))
        #expect(!sheet.contains(#"<row r="1" hidden"#))
    }

    @Test(arguments: [false, true])
    func fileLinkShowsItsTextAndPointsAtTheRelativeFile(constantMemory: Bool) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder, options: .init(constantMemory: constantMemory)) { book in
            let sheet = try book.addWorksheet("Ringkasan")
            try sheet.writeFileLink("Kota Metro/Dinas A.xlsx", row: 0, column: 0, to: "Kota Metro/Dinas A.xlsx")
        }
        let sheet = try sheetXML(path)
        let strings = constantMemory ? sheet : try zipPart("xl/sharedStrings.xml", of: path)
        #expect(strings.contains("Kota Metro/Dinas A.xlsx"))
        #expect(sheet.contains("<hyperlink ref=\"A1\""))
        let rels = try zipPart("xl/worksheets/_rels/sheet1.xml.rels", of: path)
        #expect(rels.contains("Dinas%20A.xlsx") && rels.contains("TargetMode=\"External\""))
    }

    @Test func numbersBooleansAndBlanks() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.write(3.5, row: 0, column: 0)
            try sheet.write(42, row: 0, column: 1)
            try sheet.write(true, row: 0, column: 2)
            try sheet.writeBlank(row: 0, column: 3, style: CellStyle(border: true))
            try sheet.writeBlank(row: 0, column: 4, style: nil)
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<c r="A1"><v>3.5</v></c>"#))
        #expect(xml.contains(#"<c r="B1"><v>42</v></c>"#))
        #expect(xml.contains(#"<c r="C1" t="b"><v>1</v></c>"#))
        #expect(xml.contains(#"<c r="D1" s="1"/>"#))
        #expect(!xml.contains(#"r="E1""#))
    }

    @Test func listValidationWithTexts() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let validation = ListValidation(
                choices: ["Inti", "Pendukung"], inputTitle: "Jenis", inputMessage: "Pilih dari daftar.",
                errorTitle: "Salah", errorMessage: "Hanya Inti atau Pendukung.")
            try book.addWorksheet("Data").addListValidation(
                validation, to: SheetRange(firstRow: 1, firstColumn: 3, lastRow: 9, lastColumn: 3))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<dataValidation type="list""#))
        #expect(xml.contains(#"promptTitle="Jenis" prompt="Pilih dari daftar.""#))
        #expect(xml.contains(#"errorTitle="Salah" error="Hanya Inti atau Pendukung.""#))
        #expect(xml.contains(#"sqref="D2:D10""#))
        #expect(xml.contains(#"<formula1>"Inti,Pendukung"</formula1>"#))
    }

    @Test func listValidationFromCells() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            let list = try book.addWorksheet("Daftar Unit")
            for row in 0..<3 { try list.write("Unit \(row)", row: row, column: 0) }
            try list.hide()
            let source = SheetRange(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0)
            try sheet.addListValidation(ListValidation(source: .cells(sheet: "Daftar Unit", range: source)),
                                        to: SheetRange(row: 1, column: 1))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B2"><formula1>'Daftar Unit'!$A$1:$A$3</formula1>"#))
    }

    @Test func commentWithAuthor() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            try book.addWorksheet("Data").writeComment("Kode ganda", row: 2, column: 1, author: "probis")
        }
        #expect(try sheetXML(path).contains("<legacyDrawing"))
        let comments = try zipPart("xl/comments1.xml", of: path)
        #expect(comments.contains("<author>probis</author>"))
        #expect(comments.contains(#"<comment ref="B3""#) && comments.contains("Kode ganda"))
    }

    @Test func internalLinkToAQuotedSheet() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let index = try book.addWorksheet("Daftar")
            _ = try book.addWorksheet("Sub Proses's")
            try index.writeInternalLink("=Ke Sub Proses", row: 0, column: 0,
                                        to: CellLocation(sheet: "Sub Proses's", row: 2, column: 1))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<hyperlink ref="A1" location="'Sub Proses''s'!B3" display="=Ke Sub Proses"/>"#))
        #expect(!xml.contains("<f>"))
    }

    @Test func mergedRangeFreezePaneAndAutofilter() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.merge(SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2), text: "Judul",
                            style: CellStyle(bold: true, horizontal: .center))
            try sheet.freezePanes(row: 2)
            try sheet.setAutofilter(SheetRange(firstRow: 1, firstColumn: 0, lastRow: 9, lastColumn: 2))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<mergeCell ref="A1:C1"/>"#))
        #expect(xml.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A2:C10"/>"#))
    }

    @Test(arguments: [(PaperSize.a4, "9"), (PaperSize.folio, "14")])
    func pageSetupForPrinting(paper: PaperSize, index: String) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.setLandscape()
            try sheet.setPaper(paper)
            try sheet.fitToPageWidth()
            try sheet.repeatRows(first: 0, last: 1)
            try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        #expect(xml.contains(#"<pageSetup paperSize="\#(index)" fitToHeight="0" orientation="landscape"/>"#))
        #expect(xml.contains(#"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75""#))
        let workbookXML = try zipPart("xl/workbook.xml", of: path)
        #expect(workbookXML.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">Data!$1:$2</definedName>"#))
    }

    @Test func columnWidthRowHeightAndProtection() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.setColumnWidth(40, first: 1, last: 2)
            try sheet.setRowHeight(30, row: 0)
            try sheet.write("isi", row: 0, column: 1, style: CellStyle(locked: false))
            try sheet.protect()
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<col min="2" max="3" width="40.7109375" customWidth="1"/>"#))
        #expect(xml.contains(#"<row r="1" spans="2:2" ht="30" customHeight="1">"#))
        #expect(xml.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" autoFilter="0"/>"#))
    }

    @Test func stylesReachStylesXML() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let style = CellStyle(bold: true, italic: true, fontSize: 12, fontColor: .black, fill: .lightYellow,
                              border: true, wrap: true, horizontal: .left, vertical: .top,
                              numberFormat: "@", locked: false)
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.write("01.02", row: 0, column: 0, style: style)
            try sheet.write(1.5, row: 1, column: 0, style: CellStyle(numberFormat: "0.00 \"jam\""))
        }
        let styles = try zipPart("xl/styles.xml", of: path)
        #expect(styles.contains("<b/><i/><sz val=\"12\"/><color rgb=\"FF000000\"/>"))
        #expect(styles.contains(#"<fgColor rgb="FFFFF2CC"/>"#))
        #expect(styles.contains(#"<left style="thin">"#))
        #expect(styles.contains(#"numFmtId="49""#))
        #expect(styles.contains(#"formatCode="0.00 &quot;jam&quot;""#))
        #expect(styles.contains(#"<alignment horizontal="left" vertical="top" wrapText="1"/><protection locked="0"/>"#))
    }
}

/// What a printed page carries besides the cells: running header and footer, manual breaks.
struct PageTextTests {
    @Test func headerFooterAndPageBreaksAreWrittenAsGiven() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.write("a", row: 0, column: 0)
            try sheet.setHeaderFooter(header: "&L" + PageText.literal("Dinas A & B") + "&R&A", footer: "&CHalaman &P dari &N")
            try sheet.setPageBreaks(before: [40, 0, 20])
        }
        let xml = try zipPart("xl/worksheets/sheet1.xml", of: path)
        #expect(xml.contains("<oddHeader>&amp;LDinas A &amp;&amp; B&amp;R&amp;A</oddHeader>"))
        #expect(xml.contains("<oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter>"))
        #expect(xml.contains("<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"20\" max=\"16383\" man=\"1\"/><brk id=\"40\""))
    }
}
