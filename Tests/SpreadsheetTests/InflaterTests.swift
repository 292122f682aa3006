import Foundation
import Spreadsheet
import Testing
import XLSXWriter

/// Deflated members (as libxlsxwriter writes them) whose central directory lies about their
/// size: the one-shot inflate must not accept them, and the error must say what is wrong.
struct InflaterTests {
    private static let sheetPart = "xl/worksheets/sheet1.xml"

    /// A workbook written by libxlsxwriter (every member deflated), with a sheet large enough
    /// to span several deflate blocks.
    private static func deflatedWorkbook() throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("inflater-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet("Data")
        for row in 0..<3_000 { try sheet.write("Kegiatan \(row * 7919 % 10_007)", row: row, column: 0) }
        try workbook.close()
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The central directory record of `part`: where its uncompressed size (offset 24) is.
    private static func centralRecord(of part: String, in bytes: [UInt8]) throws -> Int {
        let name = Array(part.utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        func isRecord(_ position: Int) -> Bool {
            let nameEnd = min(position + 46 + name.count, bytes.count)
            return Array(bytes[position..<(position + 4)]) == signature && Array(bytes[(position + 46)..<nameEnd]) == name
        }
        let found = (0..<(bytes.count - 46)).first(where: isRecord)
        return try #require(found)
    }

    private static func declaredSize(at record: Int, in bytes: [UInt8]) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[record + 24 + $1]) << (8 * $1) }
    }

    private static func setDeclaredSize(_ size: Int, at record: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[record + 24 + index] = UInt8((size >> (8 * index)) & 0xFF) }
    }

    @Test func anHonestDeflatedWorkbookReadsWhole() throws {
        let read = try XLSXReader().read(data: Data(try Self.deflatedWorkbook()), path: "x.xlsx")
        let cells = try #require(read.sheet(named: "Data")).cells
        #expect(cells.count == 3_000)
        #expect(cells.last?.value == .text("Kegiatan \(2_999 * 7919 % 10_007)"))
    }

    @Test func aMemberInflatingToMoreThanItsDeclaredSizeIsABomb() throws {
        var bytes = try Self.deflatedWorkbook()
        let record = try Self.centralRecord(of: Self.sheetPart, in: bytes)
        Self.setDeclaredSize(Self.declaredSize(at: record, in: bytes) - 1, at: record, in: &bytes)
        #expect {
            try XLSXReader().read(data: Data(bytes), path: "x.xlsx")
        } throws: { error in
            guard case .zipBomb(let file, let part, _)? = error as? SpreadsheetError else { return false }
            return file == "x.xlsx" && part == Self.sheetPart
        }
    }

    @Test func aMemberInflatingToLessThanItsDeclaredSizeIsCorrupt() throws {
        var bytes = try Self.deflatedWorkbook()
        let record = try Self.centralRecord(of: Self.sheetPart, in: bytes)
        Self.setDeclaredSize(Self.declaredSize(at: record, in: bytes) + 1, at: record, in: &bytes)
        #expect(throws: SpreadsheetError.corruptPart(file: "x.xlsx", part: Self.sheetPart, reason: "size")) {
            try XLSXReader().read(data: Data(bytes), path: "x.xlsx")
        }
    }
}
