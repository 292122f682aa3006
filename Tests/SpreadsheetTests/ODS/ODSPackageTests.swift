import Foundation
import Testing
@testable import Spreadsheet

/// `SpreadsheetReader` tells an ODS by its content: the `mimetype` member, or `content.xml`
/// without `[Content_Types].xml`. An ODS is never reported as a broken XLSX.
struct ODSPackageTests {
    private typealias B = ODSBuilder

    private let oneSheet = B.content("<table:table table:name=\"Data\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>")

    @Test(arguments: ["laporan.ods", "laporan.xlsx", "laporan.bin"])
    func anODSIsReadAsODSWhateverItsName(_ name: String) throws {
        let path = try B.temporaryFile(B.package(content: oneSheet), name: name)
        let workbook = try SpreadsheetReader().read(path: path)
        #expect(workbook.format == .ods)
        #expect(workbook.sheets.first?.value(at: "A1") == .number(1))
    }

    @Test func anODSWithoutMimetypeIsReadByItsContentXML() throws {
        let path = try B.temporaryFile(B.package(content: oneSheet, mimetype: nil), name: "nomimetype.ods")
        #expect(try SpreadsheetReader().read(path: path).format == .ods)
    }

    @Test func otherOpenDocumentFilesAreNotSpreadsheets() throws {
        let path = try B.temporaryFile(B.package(content: oneSheet, mimetype: "application/vnd.oasis.opendocument.text"), name: "surat.ods")
        #expect(throws: SpreadsheetError.notASpreadsheet(file: path, mimetype: "application/vnd.oasis.opendocument.text")) {
            try SpreadsheetReader().read(path: path)
        }
    }

    @Test func anEncryptedODSIsRefusedAsPasswordProtected() throws {
        let manifest = """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">\
            <manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>
            """
        let data = B.package(content: "\u{1}\u{2}binary", extra: [("META-INF/manifest.xml", manifest)])
        #expect(throws: SpreadsheetError.encryptedODS(file: "x.ods")) { try ODSReader().read(data: data, path: "x.ods") }
    }

    @Test func anODSWithoutContentXMLIsMissingThatPart() throws {
        var zip = ZipBuilder()
        zip.add("mimetype", B.mimetype)
        zip.add("styles.xml", "<office:document-styles/>")
        let path = try B.temporaryFile(zip.data, name: "kosong.ods")
        #expect(throws: SpreadsheetError.missingPart(file: path, part: "content.xml")) { try SpreadsheetReader().read(path: path) }
    }

    @Test func folderScansPickUpODSFiles() {
        #expect(SpreadsheetReader.readableExtensions.contains("ods"))
    }

    @Test(arguments: [
        (SpreadsheetError.encryptedODS(file: "a.ods"),
         "a.ods: lembar kerja OpenDocument (.ods) berkata sandi; simpan ulang tanpa kata sandi.",
         "a.ods: password-protected OpenDocument spreadsheet (.ods); save it again without a password."),
        (SpreadsheetError.notASpreadsheet(file: "a.odt", mimetype: "application/vnd.oasis.opendocument.text"),
         "a.odt: berkas OpenDocument yang bukan lembar kerja (application/vnd.oasis.opendocument.text); simpan sebagai .ods atau .xlsx.",
         "a.odt: an OpenDocument file that is not a spreadsheet (application/vnd.oasis.opendocument.text); save it as .ods or .xlsx."),
        (SpreadsheetError.tooManyRepeatedCells(file: "a.ods", part: "content.xml", limit: 5),
         "a.ods › content.xml: ditolak, ODS ini mengulang sel (table:number-columns-repeated / number-rows-repeated) hingga lebih dari 5 sel.",
         "a.ods › content.xml: refused, the ODS repeats cells (table:number-columns-repeated / number-rows-repeated) to more than 5 cells."),
        (SpreadsheetError.tooManyRepeatedSpaces(file: "a.ods", part: "content.xml", limit: 5),
         "a.ods › content.xml: ditolak, ODS ini mengulang spasi (text:s) hingga lebih dari 5 spasi.",
         "a.ods › content.xml: refused, the ODS repeats spaces (text:s) to more than 5 spaces."),
        (SpreadsheetError.beyondGrid(file: "a.ods", part: "content.xml", row: 1_048_576, column: 0),
         "a.ods › content.xml: sel berisi pada baris 1048577, kolom 1 berada di luar batas lembar (1.048.576 baris, 16.384 kolom).",
         "a.ods › content.xml: a non-empty cell at row 1048577, column 1 lies beyond the 1,048,576 rows and 16,384 columns of a sheet."),
    ])
    func messagesNameTheFileAndPartInBothLanguages(_ error: SpreadsheetError, _ indonesian: String, _ english: String) {
        #expect(error.message() == indonesian)
        #expect(error.message(.en) == english)
        #expect(error.file == (error.message().split(separator: ":").first.map(String.init) ?? "").components(separatedBy: " › ")[0])
    }
}
