import Foundation
import Testing
import Spreadsheet

/// LibreOffice-made workbooks (`Scripts/make-xls-fixtures.py`) saved both as `.xls` and `.xlsx`:
/// the two must read the same.
struct XLSFixtureTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/xls")

    private func both(_ name: String) throws -> (xls: Workbook, xlsx: Workbook) {
        let reader = SpreadsheetReader()
        return (try reader.read(path: Self.folder.appendingPathComponent(name + ".xls").path),
                try reader.read(path: Self.folder.appendingPathComponent(name + ".xlsx").path))
    }

    @Test func xlsReadsTheSameAsTheSameWorkbookSavedAsXLSX() throws {
        let (xls, xlsx) = try both("instrument")
        #expect(xls.format == .xls)
        #expect(xls.sheets.map(\.name) == xlsx.sheets.map(\.name))
        for (left, right) in zip(xls.sheets, xlsx.sheets) {
            #expect(left.visibility == right.visibility, "\(left.name)")
            #expect(left.mergedRanges == right.mergedRanges, "\(left.name)")
            #expect(left.hiddenRows == right.hiddenRows, "\(left.name)")
            #expect(left.cells == right.cells, "\(left.name)")
        }
    }

    @Test func instrumentFixtureHoldsWhatItPins() throws {
        let xls = try both("instrument").xls
        let sheet = try #require(xls.sheet(named: "Identifikasi Proses"))
        #expect(xls.sheets.map(\.visibility) == [.visible, .hidden, .hidden, .visible])
        #expect(sheet.value(at: "D3") == .number(1.1))
        #expect(sheet.value(at: "B3") == .text("Pengelolaan\nKeuangan Daerah"))
        #expect(sheet.mergedRanges.map(\.description) == ["A8:D8", "E8:E9"])
        #expect(sheet.hiddenRows == [4])
        #expect(sheet.value(at: "A11")?.text?.count == 8 + 10_000)
        #expect(sheet.value(at: "A12")?.text?.hasSuffix(String(repeating: "αβγδε", count: 2000)) == true)
        #expect(xls.sheet(named: "Banyak")?.cells.count == 1600)
    }
}
