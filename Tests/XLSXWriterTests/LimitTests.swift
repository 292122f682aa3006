import CXlsxWriter
import Foundation
import Testing
@testable import XLSXWriter

/// One Excel limit: what the caller does, and the error that must come back before C is called.
struct LimitCase: CustomTestStringConvertible, Sendable {
    let label: String
    var constantMemory = false
    let action: @Sendable (Workbook, Worksheet) throws -> Void
    let expected: XLSXWriterError
    var testDescription: String { label }
}

private let whole = SheetRange(firstRow: 1, firstColumn: 0, lastRow: 9, lastColumn: 0)
private let spot = CellLocation(sheet: "Data", row: 0, column: 0)

let limitCases: [LimitCase] = [
    LimitCase(label: "sheet name empty", action: { b, _ in _ = try b.addWorksheet("") },
              expected: .sheetNameEmpty),
    LimitCase(label: "sheet name 32 characters", action: { b, _ in _ = try b.addWorksheet(String(repeating: "a", count: 32)) },
              expected: .sheetNameTooLong(name: String(repeating: "a", count: 32), length: 32)),
    LimitCase(label: "sheet name with slash", action: { b, _ in _ = try b.addWorksheet("Bidang I/II") },
              expected: .sheetNameInvalidCharacter(name: "Bidang I/II", character: "/")),
    LimitCase(label: "sheet name with bracket", action: { b, _ in _ = try b.addWorksheet("Data [1]") },
              expected: .sheetNameInvalidCharacter(name: "Data [1]", character: "[")),
    LimitCase(label: "sheet name starting with apostrophe", action: { b, _ in _ = try b.addWorksheet("'Data") },
              expected: .sheetNameApostrophe(name: "'Data")),
    LimitCase(label: "sheet name ending with apostrophe", action: { b, _ in _ = try b.addWorksheet("Data'") },
              expected: .sheetNameApostrophe(name: "Data'")),
    LimitCase(label: "sheet name History", action: { b, _ in _ = try b.addWorksheet("history") },
              expected: .sheetNameReserved(name: "history")),
    LimitCase(label: "sheet name duplicate ignoring case", action: { b, _ in _ = try b.addWorksheet("DATA") },
              expected: .sheetNameDuplicate(name: "DATA", existing: "Data")),
    LimitCase(label: "row 1048577", action: { _, s in try s.write("x", row: 1_048_576, column: 0) },
              expected: .rowOutOfRange(sheet: "Data", row: 1_048_576)),
    LimitCase(label: "negative row", action: { _, s in try s.write(1.0, row: -1, column: 0) },
              expected: .rowOutOfRange(sheet: "Data", row: -1)),
    LimitCase(label: "column XFE", action: { _, s in try s.write(true, row: 0, column: 16_384) },
              expected: .columnOutOfRange(sheet: "Data", column: 16_384)),
    LimitCase(label: "text 32768 characters", action: { _, s in try s.write(String(repeating: "a", count: 32_768), row: 0, column: 0) },
              expected: .textTooLong(spot, length: 32_768)),
    LimitCase(label: "text counted in UTF-16", action: { _, s in try s.write(String(repeating: "😀", count: 16_384), row: 0, column: 0) },
              expected: .textTooLong(spot, length: 32_768)),
    LimitCase(label: "NaN", action: { _, s in try s.write(Double.nan, row: 0, column: 0) },
              expected: .numberNotFinite(spot)),
    LimitCase(label: "comment 32768 characters", action: { _, s in try s.writeComment(String(repeating: "k", count: 32_768), row: 0, column: 0) },
              expected: .commentTooLong(spot, length: 32_768)),
    LimitCase(label: "link location over 255", action: { _, s in
        try s.writeInternalLink("ke", row: 0, column: 0, to: CellLocation(sheet: String(repeating: "s", count: 260), row: 0, column: 0))
    }, expected: .linkLocationTooLong(spot, length: 265)),
    LimitCase(label: "merge single cell", action: { _, s in try s.merge(SheetRange(row: 0, column: 0), text: "x") },
              expected: .mergeSingleCell(sheet: "Data", range: SheetRange(row: 0, column: 0))),
    LimitCase(label: "merge overlap", action: { _, s in
        try s.merge(SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2))
        try s.merge(SheetRange(firstRow: 0, firstColumn: 2, lastRow: 1, lastColumn: 3))
    }, expected: .mergeOverlap(sheet: "Data", range: SheetRange(firstRow: 0, firstColumn: 2, lastRow: 1, lastColumn: 3),
                               existing: SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2))),
    LimitCase(label: "reversed range", action: { _, s in try s.setAutofilter(SheetRange(firstRow: 5, firstColumn: 0, lastRow: 1, lastColumn: 0)) },
              expected: .rangeReversed(sheet: "Data", range: SheetRange(firstRow: 5, firstColumn: 0, lastRow: 1, lastColumn: 0))),
    LimitCase(label: "column width 256", action: { _, s in try s.setColumnWidth(256, first: 0) },
              expected: .columnWidthOutOfRange(sheet: "Data", width: 256)),
    LimitCase(label: "row height 410", action: { _, s in try s.setRowHeight(410, row: 0) },
              expected: .rowHeightOutOfRange(sheet: "Data", height: 410)),
    LimitCase(label: "negative margin", action: { _, s in try s.setMargins(left: -1, right: 0.5, top: 0.5, bottom: 0.5) },
              expected: .marginOutOfRange(sheet: "Data", inches: -1)),
    LimitCase(label: "footer of 256 characters", action: { _, s in try s.setHeaderFooter(header: nil, footer: String(repeating: "a", count: 256)) },
              expected: .headerFooterTooLong(sheet: "Data", length: 256)),
    LimitCase(label: "1,024 page breaks", action: { _, s in try s.setPageBreaks(before: Array(1...1_024)) },
              expected: .tooManyPageBreaks(sheet: "Data", count: 1_024)),
    LimitCase(label: "validation list empty", action: { _, s in try s.addListValidation(ListValidation(choices: []), to: whole) },
              expected: .validationListEmpty(sheet: "Data", range: whole)),
    LimitCase(label: "validation choice with comma", action: { _, s in try s.addListValidation(ListValidation(choices: ["a", "b,c"]), to: whole) },
              expected: .validationItemInvalid(sheet: "Data", range: whole, item: "b,c")),
    LimitCase(label: "validation list 256 characters", action: { _, s in
        try s.addListValidation(ListValidation(choices: [String(repeating: "a", count: 200), String(repeating: "b", count: 55)]), to: whole)
    }, expected: .validationListTooLong(sheet: "Data", range: whole, bytes: 256)),
    LimitCase(label: "validation list counted in UTF-8 bytes", action: { _, s in
        try s.addListValidation(ListValidation(choices: [String(repeating: "é", count: 100), String(repeating: "ü", count: 28)]), to: whole)
    }, expected: .validationListTooLong(sheet: "Data", range: whole, bytes: 257)),
    LimitCase(label: "validation input title 33", action: { _, s in
        try s.addListValidation(ListValidation(choices: ["a"], inputTitle: String(repeating: "t", count: 33)), to: whole)
    }, expected: .validationTextTooLong(sheet: "Data", range: whole, field: .inputTitle, length: 33)),
    LimitCase(label: "validation error message 256", action: { _, s in
        try s.addListValidation(ListValidation(choices: ["a"], errorMessage: String(repeating: "m", count: 256)), to: whole)
    }, expected: .validationTextTooLong(sheet: "Data", range: whole, field: .errorMessage, length: 256)),
    LimitCase(label: "number format over 127 bytes", action: { _, s in
        try s.write(1.0, row: 0, column: 0, style: CellStyle(numberFormat: String(repeating: "0", count: 128)))
    }, expected: .numberFormatTooLong(format: String(repeating: "0", count: 128), bytes: 128)),
    LimitCase(label: "font size 0", action: { _, s in try s.write("x", row: 0, column: 0, style: CellStyle(fontSize: 0)) },
              expected: .fontSizeOutOfRange(size: 0)),
    LimitCase(label: "password 256", action: { _, s in try s.protect(SheetProtection(password: String(repeating: "p", count: 256))) },
              expected: .passwordTooLong(sheet: "Data", length: 256)),
    LimitCase(label: "constant memory row out of order", constantMemory: true, action: { _, s in
        try s.write("b", row: 5, column: 0)
        try s.write("a", row: 4, column: 0)
    }, expected: .rowOutOfOrder(sheet: "Data", row: 4, lastRow: 5)),
    LimitCase(label: "constant memory merge", constantMemory: true, action: { _, s in
        try s.merge(SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1))
    }, expected: .mergeInConstantMemory(sheet: "Data")),
]

@Suite struct LimitTests {
    @Test(arguments: limitCases)
    func limitThrowsItsCase(_ limit: LimitCase) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let book = try Workbook(path: folder.appendingPathComponent("a.xlsx").path,
                                options: .init(constantMemory: limit.constantMemory))
        let sheet = try book.addWorksheet("Data")
        #expect(writerError { try limit.action(book, sheet) } == limit.expected)
        try book.close()  // a refused call leaves the workbook writable and valid
    }

    /// libxlsxwriter counts characters, not bytes: non-ASCII text at the limit must pass too.
    @Test func nonASCIIValuesAtTheLimitsAreAccepted() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet(String(repeating: "é", count: 31))
            try sheet.write(String(repeating: "é", count: 32_767), row: 0, column: 0)
            let choices = [String(repeating: "é", count: 100), String(repeating: "ü", count: 27)]  // 255 bytes
            try sheet.addListValidation(
                ListValidation(choices: choices, inputTitle: String(repeating: "é", count: 32),
                               errorMessage: String(repeating: "ö", count: 255)),
                to: SheetRange(row: 0, column: 0))
            try sheet.writeComment(String(repeating: "é", count: 32_767), row: 0, column: 0)
            // Sheet names feed defined names and link targets; make them long, quoted and non-ASCII.
            let quoted = try book.addWorksheet(String(repeating: "é'", count: 15) + "é")
            try quoted.repeatRows(first: 0, last: 0)
            try quoted.setAutofilter(SheetRange(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 3))
            try sheet.writeInternalLink("ke", row: 1, column: 0, to: CellLocation(sheet: quoted.name, row: 0, column: 0))
        }
        #expect(try sheetXML(path).contains("<dataValidation"))
    }

    @Test func valuesExactlyAtTheLimitsAreAccepted() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet(String(repeating: "n", count: 31))
            try sheet.write(String(repeating: "a", count: 32_767), row: 1_048_575, column: 16_383)
            let choices = [String(repeating: "a", count: 200), String(repeating: "b", count: 54)]  // 255 with the comma
            try sheet.addListValidation(ListValidation(choices: choices, inputTitle: String(repeating: "t", count: 32)),
                                        to: SheetRange(row: 0, column: 0))
            try sheet.setColumnWidth(255, first: 16_383)
            try sheet.setRowHeight(409, row: 0)
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<c r="XFD1048576" t="s"><v>0</v></c>"#), "\(xml.prefix(600))")
    }

    @Test func constantMemoryAllowsSameRowAgainAndLaterRows() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder, options: .init(constantMemory: true)) { book in
            let sheet = try book.addWorksheet("Data")
            try sheet.setRowHeight(30, row: 0)
            try sheet.write("a", row: 0, column: 1)
            try sheet.write("b", row: 0, column: 0)
            try sheet.write("c", row: 3, column: 0)
        }
        let xml = try sheetXML(path)
        #expect(xml.contains("<t>a</t>") && xml.contains("<t>c</t>"))
    }
}

@Suite struct MessageTests {
    @Test(arguments: limitCases)
    func everyCaseHasIndonesianAndEnglishText(_ limit: LimitCase) {
        let id = limit.expected.message(.id)
        let en = limit.expected.message(.en)
        #expect(!id.isEmpty && !en.isEmpty && id != en)
        #expect(limit.expected.description == id)
    }

    @Test func messagesNameTheCellOneBased() {
        let error = XLSXWriterError.textTooLong(CellLocation(sheet: "Sub Proses", row: 8, column: 2), length: 40_000)
        #expect(error.message(.id) == "Sub Proses!C9: teks 40000 karakter melebihi batas Excel 32.767 karakter per sel.")
        #expect(error.message(.en) == "Sub Proses!C9: text of 40000 characters exceeds Excel's limit of 32,767 per cell.")
    }

    @Test func libraryErrorsCarryStrerrorText() {
        let error = writerError { try LXW.check(LXW_ERROR_CREATING_XLSX_FILE, "workbook_close") }
        guard case .library(let function, _, let detail) = error else {
            Issue.record("expected .library, got \(String(describing: error))")
            return
        }
        #expect(function == "workbook_close")
        #expect(detail == "Error creating output xlsx file. Usually a permissions error.")
        #expect(error?.message(.id).hasPrefix("libxlsxwriter gagal di workbook_close") == true)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnNames(column: Int, name: String) {
        #expect(A1.columnName(column) == name)
    }
}
