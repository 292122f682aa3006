import Foundation
import Testing
@testable import XLSXWriter

/// What a fill-in form needs, read back from the written XML: a protected sheet whose input
/// cells stay unlocked, rows that may still be inserted and deleted, dropdowns with their
/// input and error texts, and input notes on free-text cells.
struct FormProtectionTests {
    @Test func protectionAllowingRowsToBeInsertedAndDeleted() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Form")
            try sheet.write("KODE", row: 0, column: 0)
            try sheet.writeBlank(row: 1, column: 0, style: CellStyle(border: true, locked: false))
            try sheet.protect(SheetProtection(insertRows: true, deleteRows: true))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" insertRows="0" deleteRows="0" autoFilter="0"/>"#))
        #expect(!xml.contains("password="))
        let styles = try zipPart("xl/styles.xml", of: path)
        #expect(styles.contains(#"<protection locked="0"/>"#))
    }

    @Test func lockedIsTheDefaultAndOnlyUnlockedCellsCarryProtection() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Form")
            try sheet.write("header", row: 0, column: 0, style: CellStyle(bold: true))
            try sheet.write("isi", row: 1, column: 0, style: CellStyle(bold: true, locked: false))
        }
        let styles = try zipPart("xl/styles.xml", of: path)
        #expect(styles.components(separatedBy: "<protection locked=\"0\"/>").count == 2)
        #expect(!styles.contains(#"locked="1""#))
    }

    @Test func inputMessageWithoutRestriction() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            try book.addWorksheet("Form").addInputMessage(
                InputMessage(title: "Kode proses", message: "Contoh: MTR.01"),
                to: SheetRange(firstRow: 8, firstColumn: 3, lastRow: 37, lastColumn: 3))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Kode proses" prompt="Contoh: MTR.01" sqref="D9:D38"/>"#))
        #expect(!xml.contains("type="))
    }

    @Test func inputMessageWithAnExpectationWarnsWhenItIsNotMet() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let expectation = InputMessage.Expectation(formula: #"LEFT({cell},3)="MTR""#, warningTitle: "Awalan kode",
                                                   warning: "Kode diawali MTR.")
        let path = try writeWorkbook(in: folder) { book in
            try book.addWorksheet("Form").addInputMessage(
                InputMessage(title: "Kode proses", message: "Contoh: MTR.01", expectation: expectation),
                to: SheetRange(firstRow: 8, firstColumn: 3, lastRow: 37, lastColumn: 3))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<dataValidation type="custom" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Awalan kode" error="Kode diawali MTR." promptTitle="Kode proses" prompt="Contoh: MTR.01" sqref="D9:D38"><formula1>LEFT(D9,3)="MTR"</formula1></dataValidation>"#))
    }

    @Test func dropdownWithWarningAlertFromCells() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Lintas Fungsi")
            let units = SheetRange(firstRow: 9, firstColumn: 2, lastRow: 9, lastColumn: 4)
            let validation = ListValidation(
                source: .cells(sheet: "Lintas Fungsi", range: units), inputTitle: "Penanggung jawab",
                inputMessage: "Pilih unit kerja.", errorTitle: "Bukan unit tabel ini",
                errorMessage: "Nama unit tidak ada di judul kolom.", errorStyle: .warning)
            try sheet.addListValidation(validation, to: SheetRange(firstRow: 12, firstColumn: 6, lastRow: 31, lastColumn: 6))
        }
        let xml = try sheetXML(path)
        #expect(xml.contains(#"<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Bukan unit tabel ini" error="Nama unit tidak ada di judul kolom." promptTitle="Penanggung jawab" prompt="Pilih unit kerja." sqref="G13:G32">"#))
        #expect(xml.contains("<formula1>'Lintas Fungsi'!$C$10:$E$10</formula1>"))
    }

    @Test(arguments: [
        (InputMessage(title: String(repeating: "t", count: 33), message: "m"), ValidationTextField.inputTitle, 33),
        (InputMessage(title: nil, message: String(repeating: "é", count: 256)), .inputMessage, 256),
    ])
    func inputMessageOverExcelsLimitIsRefused(note: InputMessage, field: ValidationTextField, length: Int) throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let range = SheetRange(firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 0)
        var caught: XLSXWriterError?
        try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Form")
            caught = writerError { try sheet.addInputMessage(note, to: range) }
        }
        #expect(caught == .validationTextTooLong(sheet: "Form", range: range, field: field, length: length))
    }
}
