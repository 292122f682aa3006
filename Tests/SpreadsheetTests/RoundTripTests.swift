import Foundation
import Spreadsheet
import Testing
import XLSXWriter

/// What probis writes, probis reads back identically: values, kinds, sheet order, visibility
/// and merged ranges, in both of libxlsxwriter's modes.
struct RoundTripTests {
    /// Values that have bitten spreadsheet tools: formula-looking text, codes with leading
    /// zeros, numbers that look like codes, line breaks, spaces, non-Latin text.
    static let values: [CellValue] = [
        .text("=HYPERLINK(\"http://contoh\")"), .text("01"), .text("MTR.01.02"), .text("P.1.2.1.2"),
        .text("Baris satu\nBaris dua"), .text("  spasi di tepi  "), .text("Kepala Sub Bagian Umum & Kepegawaian <Sekretariat>"),
        .text("√ ✓ ● – “kutip” café 日本"), .text("_x000D_ harfiah"), .text("tab\tdi tengah"),
        .number(1.1), .number(1.10), .number(-42), .number(0.1), .number(1234567890123), .number(6.02e23),
        .number(1e-7), .bool(true), .bool(false),
    ]

    @Test(arguments: [false, true])
    func valuesSurviveWriteThenRead(constantMemory: Bool) throws {
        let path = try Self.temporaryPath("round-trip.xlsx")
        let workbook = try Workbook(path: path, options: .init(constantMemory: constantMemory))
        let sheet = try workbook.addWorksheet("Nilai")
        for (row, value) in Self.values.enumerated() {
            try Self.write(value, to: sheet, row: row, column: 1)
        }
        try workbook.close()

        let read = try XLSXReader().read(path: path)
        let cells = try #require(read.sheet(named: "Nilai")).cells
        #expect(cells.map(\.value) == Self.values)
        #expect(cells.map(\.address.description) == Self.values.indices.map { "B\($0 + 1)" })
    }

    @Test func sheetsKeepOrderVisibilityAndMergedRanges() throws {
        let path = try Self.temporaryPath("sheets.xlsx")
        let workbook = try Workbook(path: path)
        let first = try workbook.addWorksheet("Identifikasi Proses")
        let hidden = try workbook.addWorksheet("Daftar")
        let third = try workbook.addWorksheet("Lintas Fungsi")
        try first.merge(SheetRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3), text: "PETA PROSES BISNIS")
        try hidden.write("Utama", row: 0, column: 0)
        try hidden.hide()
        try third.write(3, row: 4, column: 2)
        try workbook.close()

        let read = try XLSXReader().read(path: path)
        #expect(read.sheets.map(\.name) == ["Identifikasi Proses", "Daftar", "Lintas Fungsi"])
        #expect(read.sheets.map(\.visibility) == [.visible, .hidden, .visible])
        #expect(read.sheets[0].mergedRanges.map(\.description) == ["A1:D1"])
        #expect(read.sheets[0].value(at: "A1") == .text("PETA PROSES BISNIS"))
        #expect(read.sheets[2].value(at: "C5") == .number(3))
    }

    @Test func aLargeSheetReadsBackCellForCell() throws {
        let path = try Self.temporaryPath("large.xlsx")
        let workbook = try Workbook(path: path, options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet("Kegiatan")
        for row in 0..<5_000 {
            try sheet.write("KEG.\(row)", row: row, column: 0)
            try sheet.write(Double(row) / 4, row: row, column: 1)
        }
        try workbook.close()

        let cells = try XLSXReader().read(path: path).sheets[0].cells
        #expect(cells.count == 10_000)
        #expect(cells[9_999] == Cell(address: CellAddress(row: 4_999, column: 1), value: .number(1_249.75)))
        #expect(cells[200].value == .text("KEG.100"))
    }

    static func write(_ value: CellValue, to sheet: Worksheet, row: Int, column: Int) throws {
        switch value {
        case .text(let text): try sheet.write(text, row: row, column: column)
        case .number(let number): try sheet.write(number, row: row, column: column)
        case .bool(let flag): try sheet.write(flag, row: row, column: column)
        case .error: Issue.record("libxlsxwriter writes no error values")
        }
    }

    static func temporaryPath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }
}
