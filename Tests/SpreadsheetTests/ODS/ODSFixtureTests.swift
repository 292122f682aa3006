import Foundation
import Testing
import Spreadsheet

/// Every `Fixtures/ods/*.ods` is an XLSX fixture converted by LibreOffice
/// (`Scripts/make-fixtures.py`): the two must read as the same workbook, apart from what
/// LibreOffice changes on the way, listed below.
struct ODSFixtureTests {
    static let odsFolder = FixtureTests.fixturesURL.appendingPathComponent("ods")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: odsFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".ods") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Cells LibreOffice 7.4 changes when it converts the XLSX: `file › sheet!cell` → why.
    static let libreOfficeChanges: [String: String] = [
        "openpyxl-basic › Identifikasi Proses!A7": "a formula without a cached value is recalculated (3)",
        "xlsxwriter-python › Tabel Sub Proses!B7": "the CR of a CR LF in the text is dropped",
        "rich-text-shared › Sheet1!A2": "the CR of a CR LF in the text is dropped",
        "formula-cached › Rumus!B5": "an error constant becomes the formula =#N/A",
        "formula-cached › Rumus!B6": "a formula without a cached value is recalculated (11)",
        "formula-cached › Rumus!B12": "VLOOKUP's #REF! becomes LibreOffice's own Err:502",
    ]

    private static func xlsxPath(_ name: String) -> String {
        let beside = odsFolder.appendingPathComponent(name + ".xlsx").path
        if FileManager.default.fileExists(atPath: beside) { return beside }
        return FixtureTests.fixturesURL.appendingPathComponent(name + ".xlsx").path
    }

    private static func describe(_ cell: Cell?) -> String {
        guard let cell else { return "empty" }
        return "\(cell.value.kind.rawValue):\(cell.value.displayText)" + (cell.isFormula ? "ƒ" : "")
    }

    /// LibreOffice has no boolean constant: TRUE and FALSE become the formulas =TRUE() and
    /// =FALSE() (with the numbers 1 and 0 unless a boolean format is applied), and boolean
    /// formula results become those numbers.
    private static func sameBoolean(_ xlsx: Cell?, _ ods: Cell?) -> Bool {
        guard case .bool(let flag)? = xlsx?.value else { return false }
        return ods?.value == .number(flag ? 1 : 0) || ods?.value == .bool(flag)
    }

    @Test func everyConvertedFixtureIsThere() {
        #expect(Self.names.count == 13)
    }

    @Test(arguments: names)
    func readsAsItsXLSX(_ name: String) throws {
        let ods = try SpreadsheetReader().read(path: Self.odsFolder.appendingPathComponent(name + ".ods").path)
        let xlsx = try SpreadsheetReader().read(path: Self.xlsxPath(name))
        #expect(ods.format == .ods)
        #expect(ods.sheets.map(\.name) == xlsx.sheets.map(\.name))
        for (odsSheet, xlsxSheet) in zip(ods.sheets, xlsx.sheets) {
            let visibility = xlsxSheet.visibility == .veryHidden ? SheetVisibility.hidden : xlsxSheet.visibility
            #expect(odsSheet.visibility == visibility, "\(name) › \(odsSheet.name): ODS has no very hidden sheets")
            #expect(Set(odsSheet.mergedRanges) == Set(xlsxSheet.mergedRanges), "\(name) › \(odsSheet.name)")
            #expect(odsSheet.hiddenRows == xlsxSheet.hiddenRows, "\(name) › \(odsSheet.name)")
            #expect(differences(name, odsSheet, xlsxSheet) == [], "\(name) › \(odsSheet.name)")
        }
    }

    private func differences(_ name: String, _ ods: Sheet, _ xlsx: Sheet) -> [String] {
        let odsCells = Dictionary(uniqueKeysWithValues: ods.cells.map { ($0.address.description, $0) })
        let xlsxCells = Dictionary(uniqueKeysWithValues: xlsx.cells.map { ($0.address.description, $0) })
        var found: [String] = []
        for reference in Set(odsCells.keys).union(xlsxCells.keys).sorted() {
            guard Self.libreOfficeChanges["\(name) › \(ods.name)!\(reference)"] == nil else { continue }
            let (want, got) = (xlsxCells[reference], odsCells[reference])
            if Self.describe(want) != Self.describe(got), !Self.sameBoolean(want, got) {
                found.append("\(reference): xlsx \(Self.describe(want)), ods \(Self.describe(got))")
            }
        }
        return found
    }

    @Test func theFeaturesFixtureHasHiddenRowsCodesAndMultiLineText() throws {
        let path = Self.odsFolder.appendingPathComponent("ods-features.ods").path
        let sheet = try #require(SpreadsheetReader().read(path: path).sheets.first)
        #expect(sheet.hiddenRows == [3, 4, 5])
        #expect(sheet.value(at: "B2") == .number(1.1))
        #expect(sheet.value(at: "B3") == .text("1.10"))
        #expect(sheet.value(at: "C2") == .text("Perencanaan\nAnggaran"))
        #expect(sheet.value(at: "C3") == .text("Penyusunan  Rencana"))
        #expect(sheet.value(at: "C4") == .text("  spasi di depan"))
        #expect(sheet.value(at: "B8") == .number(45306))
        #expect(Set(sheet.mergedRanges.map(\.description)) == ["A10:D10", "E2:E4"])
    }
}
