import Foundation
import Testing
@testable import Spreadsheet

/// Cases built byte by byte in memory: each pins one thing the `.xls` reader must get right.
struct XLSReaderTests {
    private func workbook(_ sheets: [BIFF.SheetSpec], globals: [[UInt8]] = []) throws -> Workbook {
        let data = Data(CFB.file([("Workbook", BIFF.stream(sheets, globals: globals))]))
        return try XLSReader().read(data: data, path: "case.xls")
    }

    private func cells(_ records: [[UInt8]], globals: [[UInt8]] = []) throws -> [String: CellValue] {
        let sheet = try #require(workbook([.init(name: "Data", records: records)], globals: globals).sheets.first)
        return Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.address.description, $0.value) })
    }

    @Test func labelsAndNumbersKeepTheirKindSoACodeTypedAsNumberStaysANumber() throws {
        let got = try cells([BIFF.label(0, 0, "KODE"), BIFF.number(1, 0, 1.1), BIFF.label(1, 1, "1.10"), BIFF.label(2, 0, "")])
        #expect(got == ["A1": .text("KODE"), "A2": .number(1.1), "B2": .text("1.10")])
    }

    @Test func sharedStringCrossingContinueSwitchesFromCompressedToUTF16() throws {
        // "abc" compressed in the SST record, then "dĕf" in UTF-16 after a new option byte.
        let sst = BIFF.u32(3) + BIFF.u32(3) + BIFF.u16(6) + [0] + Array("abc".utf8)
        var continued: [UInt8] = [1] + "dĕf".utf16.flatMap { BIFF.u16(Int($0)) }
        // A rich string (one run, skipped) and one with phonetic data (skipped), split inside the run.
        continued += BIFF.u16(2) + [0x08] + BIFF.u16(1) + Array("ok".utf8) + [0, 0]
        let last = [UInt8(0), 0] + BIFF.u16(1) + [0x04] + BIFF.u32(3) + Array("x".utf8) + [9, 9, 9]
        let records = [BIFF.record(0x00FC, sst), BIFF.record(0x003C, continued), BIFF.record(0x003C, last)]
        let got = try cells([BIFF.labelSST(0, 0, 0), BIFF.labelSST(0, 1, 1), BIFF.labelSST(0, 2, 2)], globals: records)
        #expect(got == ["A1": .text("abcdĕf"), "B1": .text("ok"), "C1": .text("x")])
    }

    @Test func longSharedStringSplitInsideUTF16RunsOn() throws {
        let text = String(repeating: "é", count: 5000)
        let units = Array(text.utf16)
        let first = BIFF.u32(1) + BIFF.u32(1) + BIFF.u16(units.count) + [1] + units[0..<4000].flatMap { BIFF.u16(Int($0)) }
        let second: [UInt8] = [0] + units[4000...].map { UInt8($0) }
        let got = try cells([BIFF.labelSST(0, 0, 0)], globals: [BIFF.record(0x00FC, first), BIFF.record(0x003C, second)])
        #expect(got == ["A1": .text(text)])
    }

    @Test(arguments: [
        (UInt32(5 << 2 | 2), 5.0), (UInt32(123 << 2 | 3), 1.23), (0x3FF8_0000, 1.5), (0x3FF8_0001, 0.015),
        (UInt32(bitPattern: -7 << 2) | 2, -7.0),
    ])
    func rkNumbers(_ rk: UInt32, _ expected: Double) {
        #expect(CellRecords.rk(rk) == expected)
    }

    @Test func rkAndMulrkCells() throws {
        let mulrk = BIFF.u16(2) + BIFF.u16(1) + [15, 0] + BIFF.u32(1 << 2 | 2) + [15, 0] + BIFF.u32(250 << 2 | 3) + BIFF.u16(2)
        let got = try cells([BIFF.record(0x027E, BIFF.cell(0, 0) + BIFF.u32(42 << 2 | 2)), BIFF.record(0x00BD, mulrk)])
        #expect(got == ["A1": .number(42), "B3": .number(1), "C3": .number(2.5)])
    }

    @Test func formulaCachedValuesAndTheStringRecordAfterThem() throws {
        func formula(_ row: Int, _ value: [UInt8]) -> [UInt8] {
            BIFF.record(0x0006, BIFF.cell(row, 0) + value + BIFF.u16(0) + BIFF.u32(0) + BIFF.u16(0))
        }
        let records = [
            formula(0, BIFF.f64(3)),
            formula(1, [0, 0, 0, 0, 0, 0, 0xFF, 0xFF]), BIFF.record(0x0207, BIFF.string("MTR.01-X")),
            formula(2, [1, 0, 1, 0, 0, 0, 0xFF, 0xFF]),
            formula(3, [2, 0, 0x07, 0, 0, 0, 0xFF, 0xFF]),
            formula(4, [3, 0, 0, 0, 0, 0, 0xFF, 0xFF]),
        ]
        let sheet = try #require(workbook([.init(name: "F", records: records)]).sheets.first)
        let expected: [CellValue] = [.number(3), .text("MTR.01-X"), .bool(true), .error("#DIV/0!")]
        #expect(sheet.cells.map(\.value) == expected)
        #expect(sheet.cells.filter { !$0.isFormula }.isEmpty)
    }

    @Test func boolerrHoldsBooleansAndErrors() throws {
        let got = try cells([BIFF.record(0x0205, BIFF.cell(0, 0) + [1, 0]), BIFF.record(0x0205, BIFF.cell(0, 1) + [0x2A, 1])])
        #expect(got == ["A1": .bool(true), "B1": .error("#N/A")])
    }

    @Test func sheetVisibilityMergedCellsAndHiddenRows() throws {
        let merged = BIFF.record(0x00E5, BIFF.u16(2) + BIFF.u16(0) + BIFF.u16(0) + BIFF.u16(0) + BIFF.u16(3)
                                 + BIFF.u16(4) + BIFF.u16(6) + BIFF.u16(1) + BIFF.u16(1))
        let hiddenRow = BIFF.record(0x0208, BIFF.u16(2) + [UInt8](repeating: 0, count: 10) + BIFF.u32(0x20 | 0x100))
        let shownRow = BIFF.record(0x0208, BIFF.u16(3) + [UInt8](repeating: 0, count: 10) + BIFF.u32(0x100))
        let book = try workbook([
            .init(name: "Identifikasi", records: [BIFF.label(0, 0, "Judul"), merged, hiddenRow, shownRow]),
            .init(name: "Referensi", state: 1, records: []), .init(name: "Lama", state: 2, records: []),
        ])
        #expect(book.format == .xls)
        #expect(book.sheets.map(\.name) == ["Identifikasi", "Referensi", "Lama"])
        #expect(book.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(book.sheets[0].mergedRanges.map(\.description) == ["A1:D1", "B5:B7"])
        #expect(book.sheets[0].hiddenRows == [2])
    }

    @Test func embeddedChartSubstreamIsSkipped() throws {
        let chart = BIFF.bof(kind: 0x20) + BIFF.number(9, 9, 9) + BIFF.eof
        let got = try cells([BIFF.label(0, 0, "a"), chart, BIFF.label(1, 0, "b")])
        #expect(got == ["A1": .text("a"), "A2": .text("b")])
    }

    @Test func biff5WorkbookReadsWithItsCodePage() throws {
        // BIFF5 LABEL: a 16-bit count and 8-bit text; 0x93/0x94 are curly quotes in Windows-1252.
        let label = BIFF.record(0x0204, BIFF.cell(0, 0) + BIFF.u16(4) + [0x93, 0x61, 0x62, 0x94])
        let stream = BIFF.stream([.init(name: "Lama", records: [label])], globals: [BIFF.record(0x0042, BIFF.u16(1252))],
                                 version: 0x0500)
        let book = try XLSReader().read(data: Data(CFB.file([("Book", stream)])), path: "lama.xls")
        #expect(book.sheets.first?.name == "Lama")
        #expect(book.sheets.first?.value(at: "A1") == .text("“ab”"))
    }
}
