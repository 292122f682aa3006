import Foundation
import Testing
import XLSXWriter
@testable import Spreadsheet

/// A package is put in place only when it reads back whole: each case is one way a file cut
/// short by a full disk (or damaged otherwise) must be caught.
struct PackageCheckTests {
    private func file(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("paket-\(UUID().uuidString).xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    private func damage(_ data: Data) throws -> PackageCheck.Damage? {
        let path = try file(data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try PackageCheck.verify(path: path) } catch let damage as PackageCheck.Damage { return damage }
        return nil
    }

    @Test func wholeStoredPackagePasses() throws {
        let data = ZipBuilder.workbook(sheets: [("Data", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)])
        #expect(try damage(data) == nil)
    }

    @Test func bigDeflatedWorkbookFromTheWriterPasses() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("paket-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let book = try XLSXWriter.Workbook(path: path)
        let sheet = try book.addWorksheet("Kegiatan")
        for row in 0..<20_000 { try sheet.write("Kegiatan nomor \(row) yang cukup panjang", row: row, column: 0) }
        try book.close()
        try PackageCheck.verify(path: path)
    }

    @Test func xmlPartCutShortIsDamage() throws {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="x"></Types>"#)
        zip.add("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>"#)
        #expect(try damage(zip.data) == PackageCheck.Damage(part: "xl/worksheets/sheet1.xml", reason: "XML cut short"))
    }

    @Test func selfClosedRootIsWhole() throws {
        var zip = ZipBuilder()
        zip.add("xl/calcChain.xml", #"<?xml version="1.0"?><calcChain xmlns="x"/>"#)
        #expect(try damage(zip.data) == nil)
    }

    @Test func archiveCutShortIsDamage() throws {
        let data = ZipBuilder.workbook(sheets: [("Data", "")])
        #expect(try damage(data.prefix(data.count - 30))?.part == nil)
    }

    @Test func memberWhoseBytesChangedFailsItsCRC() throws {
        var zip = ZipBuilder()
        zip.add("xl/workbook.xml", "<workbook>abc</workbook>")
        var bytes = [UInt8](zip.data)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "a")))
        bytes[index] = UInt8(ascii: "z")
        #expect(try damage(Data(bytes)) == PackageCheck.Damage(part: "xl/workbook.xml", reason: "size or CRC does not match"))
    }
}
