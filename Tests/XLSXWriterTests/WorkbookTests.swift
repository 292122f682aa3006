import Foundation
import Testing
@testable import XLSXWriter

@Suite struct WorkbookTests {
    @Test func closeWritesAZipFile() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            try book.addWorksheet("Data").write("Halo", row: 0, column: 0)
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(2) == Data("PK".utf8))
    }

    @Test(arguments: [false, true])
    func sameInputGivesIdenticalBytes(constantMemory: Bool) async throws {
        let options = Workbook.Options(constantMemory: constantMemory)
        let properties = DocumentProperties(title: "Peta Proses Bisnis", author: "probis", company: "Pemda")
        func build(_ book: Workbook) throws {
            let sheet = try book.addWorksheet("Data")
            try sheet.writeComment("catatan", row: 0, column: 0, author: "probis")
            for row in 0..<50 {
                try sheet.write("Kegiatan \(row)", row: row, column: 0, style: CellStyle(border: true))
                try sheet.write(Double(row) * 1.5, row: row, column: 1)
            }
        }
        let folders = [try makeTemporaryFolder(), try makeTemporaryFolder()]
        defer { folders.forEach(removeFolder) }
        let first = try writeWorkbook(in: folders[0], options: options, properties: properties, build)
        // A later second, another folder, other temp files: none of it may reach the bytes.
        try await Task.sleep(for: .milliseconds(1100))
        let second = try writeWorkbook(in: folders[1], options: options, properties: properties, build)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b)
    }

    @Test func propertiesAndFixedDateGoToCoreXML() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let properties = DocumentProperties(title: "Rekap Kota Metro", author: "probis", company: "Kota Metro")
        let path = try writeWorkbook(in: folder, properties: properties) { book in
            _ = try book.addWorksheet("Data")
        }
        let core = try zipPart("docProps/core.xml", of: path)
        #expect(core.contains("<dc:title>Rekap Kota Metro</dc:title>"))
        #expect(core.contains("<dc:creator>probis</dc:creator>"))
        #expect(core.contains("2024-01-01T00:00:00Z"))
        #expect(try zipPart("docProps/app.xml", of: path).contains("<Company>Kota Metro</Company>"))
    }

    @Test func closingTwiceThrowsWorkbookClosed() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let book = try Workbook(path: folder.appendingPathComponent("a.xlsx").path)
        _ = try book.addWorksheet("Data")
        try book.close()
        #expect(book.isClosed)
        #expect(writerError { try book.close() } == .workbookClosed)
    }

    @Test func writingAfterCloseThrowsWorkbookClosed() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let book = try Workbook(path: folder.appendingPathComponent("a.xlsx").path)
        let sheet = try book.addWorksheet("Data")
        try book.close()
        #expect(writerError { try sheet.write("x", row: 0, column: 0) } == .workbookClosed)
        #expect(writerError { _ = try book.addWorksheet("Lain") } == .workbookClosed)
        #expect(writerError { try sheet.setLandscape() } == .workbookClosed)
    }

    @Test func droppingAnUnclosedWorkbookWritesNothing() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = folder.appendingPathComponent("never.xlsx").path
        do {
            let book = try Workbook(path: path, options: .init(constantMemory: true))
            try book.addWorksheet("Data").write("x", row: 0, column: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func missingOutputFolderThrowsAndCloseCanBeRetried() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let missing = folder.appendingPathComponent("belum-ada")
        let book = try Workbook(path: missing.appendingPathComponent("a.xlsx").path)
        _ = try book.addWorksheet("Data")
        #expect(writerError { try book.close() } == .outputDirectoryMissing(path: missing.path))
        try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: true)
        try book.close()
        #expect(FileManager.default.fileExists(atPath: missing.appendingPathComponent("a.xlsx").path))
    }

    @Test func missingTemporaryDirectoryThrows() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let options = Workbook.Options(temporaryDirectory: folder.appendingPathComponent("nope").path)
        let error = writerError { _ = try Workbook(path: folder.appendingPathComponent("a.xlsx").path, options: options) }
        #expect(error == .outputDirectoryMissing(path: folder.appendingPathComponent("nope").path))
    }

    @Test func customTemporaryDirectoryWorksInConstantMemory() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let options = Workbook.Options(constantMemory: true, temporaryDirectory: folder.path)
        let path = try writeWorkbook(in: folder, options: options) { book in
            let sheet = try book.addWorksheet("Data")
            for row in 0..<10 { try sheet.write("baris \(row)", row: row, column: 0) }
        }
        #expect(try sheetXML(path).contains("baris 9"))
    }

    @Test func equalStylesShareOneFormat() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Data")
            for row in 0..<100 {
                try sheet.write("a", row: row, column: 0, style: CellStyle(bold: true, border: true))
                try sheet.write("b", row: row, column: 1, style: CellStyle(border: true))
                try sheet.write("c", row: row, column: 2, style: .plain)
            }
            #expect(book.formatCount == 2)
        }
    }

    @Test func hiddenFirstSheetHandsActiveTabToAVisibleOne() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = try writeWorkbook(in: folder) { book in
            try book.addWorksheet("Daftar").hide()
            _ = try book.addWorksheet("Data")
        }
        let workbookXML = try zipPart("xl/workbook.xml", of: path)
        #expect(workbookXML.contains(#"<sheet name="Daftar" sheetId="1" state="hidden""#))
        #expect(workbookXML.contains(#"activeTab="1""#))
    }

    @Test func hidingEverySheetIsRefused() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        let book = try Workbook(path: folder.appendingPathComponent("a.xlsx").path)
        try book.addWorksheet("Daftar").hide()
        #expect(writerError { try book.close() } == .allSheetsHidden)
    }

    @Test func sheetsAreFoundIgnoringCase() throws {
        let folder = try makeTemporaryFolder()
        defer { removeFolder(folder) }
        try writeWorkbook(in: folder) { book in
            let sheet = try book.addWorksheet("Sub Proses")
            #expect(book.worksheet(named: "SUB PROSES") === sheet)
            #expect(book.worksheet(named: "Lain") == nil)
        }
    }
}
