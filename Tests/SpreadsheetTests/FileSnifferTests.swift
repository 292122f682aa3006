import Foundation
import Testing
@testable import Spreadsheet

/// What a file is, told from its bytes whatever its name.
struct FileSnifferTests {
    private static func zip(_ names: [String], mimetype: String? = nil) -> Data {
        var builder = ZipBuilder()
        if let mimetype { builder.add("mimetype", mimetype) }
        for name in names { builder.add(name, "<x/>") }
        return builder.data
    }

    private static func compound(_ stream: String) -> Data {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        bytes += stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return Data(bytes)
    }

    static let cases: [(String, Data, FileKind)] = [
        ("Word document", zip(["[Content_Types].xml", "word/document.xml"]), .docx),
        ("Excel workbook", zip(["[Content_Types].xml", "xl/workbook.xml"]), .xlsx),
        ("binary workbook", zip(["[Content_Types].xml", "xl/workbook.bin"]), .xlsb),
        ("OpenDocument spreadsheet", zip(["content.xml"], mimetype: "application/vnd.oasis.opendocument.spreadsheet"), .ods),
        ("OpenDocument text", zip(["content.xml"], mimetype: "application/vnd.oasis.opendocument.text"), .odt),
        ("PowerPoint", zip(["ppt/presentation.xml"]), .pptx),
        ("Numbers", zip(["Index/Document.iwa"]), .numbers),
        ("other ZIP", zip(["foto.jpg"]), .zip),
        ("Excel 97", compound("Workbook"), .xls),
        ("Word 97", compound("WordDocument"), .legacyWord),
        ("encrypted OOXML", compound("EncryptionInfo"), .encryptedOffice),
        ("PDF", Data("%PDF-1.7\n".utf8), .pdf),
        ("PNG", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), .png),
        ("JPEG", Data([0xFF, 0xD8, 0xFF, 0xE0]), .jpeg),
        ("HTML table saved as .xls", Data("<html><body><table><tr><td>1</td></tr></table>".utf8), .html),
        ("CSV text", Data("NO;PROSES\n1;A\n".utf8), .csvText),
        ("empty", Data(), .empty),
    ]

    @Test(arguments: cases.map { ($0.0, $0.1, $0.2) })
    func kindComesFromTheBytes(label: String, data: Data, kind: FileKind) {
        #expect(FileKind.of(data: data) == kind, "\(label)")
    }

    @Test func aFileOnDiskIsSniffedWhateverItsName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("laporan-\(UUID().uuidString).xlsx").path
        try Self.zip(["word/document.xml"]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileKind.of(path: path) == .docx)
    }
}
