import Foundation
import Testing
@testable import Spreadsheet

/// Cases built in memory: each pins one thing the ODS reader must get right.
struct ODSReaderTests {
    private typealias B = ODSBuilder

    private func row(_ cells: String, _ attributes: String = "") -> String {
        "<table:table-row \(attributes)>\(cells)</table:table-row>"
    }

    @Test func codeTypedAsNumberStaysANumber() throws {
        let sheet = try B.sheet(row(B.number("1.1") + B.text("1.10") + B.number("2.01")))
        #expect(B.cells(sheet) == ["A1": .number(1.1), "B1": .text("1.10"), "C1": .number(2.01)])
    }

    @Test func paragraphsJoinWithLineFeedsAndEmptyParagraphsKeepTheirLine() throws {
        let cell = #"<table:table-cell office:value-type="string"><text:p>Perencanaan</text:p><text:p/><text:p>Anggaran</text:p></table:table-cell>"#
        let sheet = try B.sheet(row(cell))
        #expect(sheet.value(at: "A1") == .text("Perencanaan\n\nAnggaran"))
    }

    @Test(arguments: [
        ("<text:s/>x", " x"),
        (#"a <text:s text:c="2"/>b"#, "a   b"),
        ("a<text:tab/>b", "a\tb"),
        ("a<text:line-break/>b", "a\nb"),
        (#"<text:span text:style-name="T1">Peta</text:span> <text:a xlink:href="https://x">Proses</text:a>"#, "Peta Proses"),
        ("\n   Pelaksana\n   Kegiatan  ", "Pelaksana Kegiatan "),
        ("Dinas &amp; Badan &lt;Daerah&gt; caf&#233;", "Dinas & Badan <Daerah> café"),
        ("_x0041_ literal", "_x0041_ literal"),
        ("<![CDATA[a<b]]>", "a<b"),
    ])
    func paragraphTextFollowsTheODFRules(_ markup: String, _ expected: String) throws {
        let cell = "<table:table-cell office:value-type=\"string\"><text:p>\(markup)</text:p></table:table-cell>"
        #expect(try B.sheet(row(cell)).value(at: "A1") == .text(expected))
    }

    @Test func annotationsShapesAndNestedTablesAreNotTheCellsText() throws {
        let cell = """
            <table:table-cell office:value-type="string"><office:annotation><text:p>komentar</text:p></office:annotation>\
            <draw:frame><draw:text-box><text:p>bentuk</text:p></draw:text-box></draw:frame>\
            <text:p>isi<office:annotation><text:p>catatan</text:p></office:annotation></text:p>\
            <table:table><table:table-row>\(B.text("dalam"))</table:table-row></table:table></table:table-cell>
            """
        let annotationOnly = "<table:table-cell><office:annotation><text:p>hanya komentar</text:p></office:annotation></table:table-cell>"
        let sheet = try B.sheet(row(cell + annotationOnly + B.text("B")))
        #expect(B.cells(sheet) == ["A1": .text("isi"), "C1": .text("B")])
    }

    @Test func valueTypesGiveNumbersBooleansDatesAndTimes() throws {
        let cells = """
            <table:table-cell office:value-type="percentage" office:value="0.15"><text:p>15%</text:p></table:table-cell>\
            <table:table-cell office:value-type="currency" office:currency="IDR" office:value="1500000"><text:p>Rp1.500.000</text:p></table:table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2024-01-15"><text:p>15/01/2024</text:p></table:table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2024-01-15T18:00:00"><text:p>x</text:p></table:table-cell>\
            <table:table-cell office:value-type="time" office:time-value="PT36H00M00S"><text:p>36:00</text:p></table:table-cell>\
            <table:table-cell office:value-type="string" office:string-value="dari atribut"><text:p>teks tampilan</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="1E-07"><text:p>1E-07</text:p></table:table-cell>
            """
        let sheet = try B.sheet(row(cells))
        #expect(B.cells(sheet) == [
            "A1": .number(0.15), "B1": .number(1_500_000), "C1": .bool(true), "D1": .bool(false),
            "E1": .number(45306), "F1": .number(45306.75), "G1": .number(1.5), "H1": .text("dari atribut"),
            "I1": .number(1e-07),
        ])
    }

    @Test func datesCountFromTheFilesNullDate() throws {
        let body = """
            <table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>\
            <table:table table:name="Data"><table:table-row>\
            <table:table-cell office:value-type="date" office:date-value="1904-01-03"><text:p>x</text:p></table:table-cell>\
            </table:table-row></table:table>
            """
        let workbook = try ODSReader().read(data: B.package(content: B.content(body)), path: "case.ods")
        #expect(workbook.sheets.first?.value(at: "A1") == .number(2))
    }

    @Test func formulasGiveTheirCachedValueAndErrorsAreErrors() throws {
        let cells = """
            <table:table-cell table:formula="of:=[.B1]*2" office:value-type="float" office:value="20"><text:p>20</text:p></table:table-cell>\
            <table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>\
            <table:table-cell table:formula="of:=&quot;a&quot;&amp;&quot;b&quot;" office:value-type="string" office:string-value="ab" calcext:value-type="string"><text:p>ab</text:p></table:table-cell>\
            <table:table-cell table:formula="of:=[.Z9]"/>
            """
        let sheet = try B.sheet(row(cells))
        #expect(sheet.cells.map { "\($0.address)=\($0.value.displayText)\($0.isFormula ? "ƒ" : "")" }
            == ["A1=20ƒ", "B1=#DIV/0!ƒ", "C1=abƒ"])
        #expect(sheet.value(at: "B1")?.kind == .error)
    }

    @Test func emptyStringsAndValuelessCellsAreNotCells() throws {
        let cells = #"<table:table-cell office:value-type="string"><text:p/></table:table-cell><table:table-cell office:value-type="string" office:string-value=""/><table:table-cell table:style-name="ce1"/>"#
        #expect(try B.sheet(row(cells + B.text("x"))).cells.map(\.address.description) == ["D1"])
    }

    @Test func repeatsExpandNonEmptyCellsAndOnlyMoveOverEmptyOnes() throws {
        let rows = row(B.text("x", #"table:number-columns-repeated="3""#) + #"<table:table-cell table:number-columns-repeated="2"/>"# + B.number("7"))
            + row(B.number("1") + "<table:covered-table-cell/>" + B.text("y"), #"table:number-rows-repeated="2""#)
            + row(#"<table:table-cell table:number-columns-repeated="16384"/>"#, #"table:number-rows-repeated="1048000""#)
        let sheet = try B.sheet(rows)
        #expect(sheet.cells.map(\.address.description) == ["A1", "B1", "C1", "F1", "A2", "C2", "A3", "C3"])
        #expect(sheet.usedExtent == CellAddress(row: 2, column: 5))
    }

    @Test func spannedCellsAreMergedRangesAndCoveredCellsAdvanceTheColumn() throws {
        let rows = row(B.text("Judul", #"table:number-columns-spanned="2" table:number-rows-spanned="2""#)
                       + "<table:covered-table-cell/>" + B.text("C1"))
            + row(#"<table:covered-table-cell table:number-columns-repeated="2"/>"# + B.text("C2"))
        let sheet = try B.sheet(rows)
        #expect(sheet.mergedRanges.map(\.description) == ["A1:B2"])
        #expect(B.cells(sheet) == ["A1": .text("Judul"), "C1": .text("C1"), "C2": .text("C2")])
        #expect(sheet.fillingMergedRanges().value(at: "B2") == .text("Judul"))
    }

    @Test func rowGroupsAndHeaderRowsHoldRowsLikeAnyOther() throws {
        let rows = """
            <table:table-column table:number-columns-repeated="3"/><table:table-header-rows>\(row(B.text("NO")))</table:table-header-rows>\
            <table:table-row-group><table:table-row-group>\(row(B.number("1")))</table:table-row-group>\(row(B.number("2")))</table:table-row-group>\
            <table:table-rows>\(row(B.number("3")))</table:table-rows>
            """
        #expect(B.cells(try B.sheet(rows)) == ["A1": .text("NO"), "A2": .number(1), "A3": .number(2), "A4": .number(3)])
    }

    @Test func hiddenRowsIncludeRepeatsButNotTheEmptyTailAfterTheData() throws {
        let rows = row(B.text("a")) + row(B.text("b"), #"table:visibility="collapse""#)
            + row("", #"table:visibility="filter" table:number-rows-repeated="2""#) + row(B.text("c"))
            + row("", #"table:visibility="collapse" table:number-rows-repeated="1048570""#)
        let sheet = try B.sheet(rows)
        #expect(sheet.hiddenRows == [1, 2, 3])
        #expect(sheet.value(at: "A5") == .text("c"))
    }

    @Test func hiddenSheetsComeFromTheirTableStyle() throws {
        let styles = """
            <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>\
            <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>\
            <style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style>
            """
        let tables = #"<table:table table:name="Utama" table:style-name="ta1"/><table:table table:name="Daftar" table:style-name="ta2"/><table:table table:name="Lain &amp; Lagi" table:style-name="ce1"/>"#
        let workbook = try ODSReader().read(data: B.package(content: B.content(tables, styles: styles)), path: "case.ods")
        #expect(workbook.sheets.map { "\($0.name):\($0.visibility.rawValue)" } == ["Utama:visible", "Daftar:hidden", "Lain & Lagi:visible"])
        #expect(workbook.format == .ods)
    }

    @Test func tablesOutsideTheSpreadsheetBodyAreNotSheets() throws {
        let body = #"<table:table table:name="Data"/><table:dde-links><table:dde-link><table:table table:name="DDE"/></table:dde-link></table:dde-links>"#
        let workbook = try ODSReader().read(data: B.package(content: B.content(body)), path: "case.ods")
        #expect(workbook.sheets.map(\.name) == ["Data"])
    }
}
