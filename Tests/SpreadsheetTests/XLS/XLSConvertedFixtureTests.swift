import Foundation
import Testing
import Spreadsheet

/// The XLSX fixtures that are also converted to `.ods`, converted by LibreOffice to `.xls`
/// (`Scripts/make-xls-fixtures.py`): each must read as its XLSX, apart from what LibreOffice
/// changes on the way, listed below. With `ODSFixtureTests` this checks one workbook saved as
/// `.xlsx`, `.xls` and `.ods`.
struct XLSConvertedFixtureTests {
    static let names = ["openpyxl-basic", "xlsxwriter-python", "libreoffice", "merged-cells", "sheet-order-visibility",
                        "inline-strings", "rich-text-shared", "formula-cached", "missing-r-attributes",
                        "xlsxwriter-constant-memory", "namespace-prefixed", "strict-ooxml", "ods-features"]

    /// Cells LibreOffice 7.4 changes when it saves the XLSX as `.xls`: `file › sheet!cell` → why.
    static let libreOfficeChanges: [String: String] = [
        "openpyxl-basic › Identifikasi Proses!A7": "a formula without a cached value is recalculated (3)",
        "xlsxwriter-python › Tabel Sub Proses!B5": "a text formula result is cached as the number 0",
        "libreoffice › Identifikasi Proses!B6": "a text formula result is cached as the number 0",
        "xlsxwriter-python › Tabel Sub Proses!B7": "the CR of a CR LF in the text is dropped",
        "rich-text-shared › Sheet1!A2": "the CR of a CR LF in the text is dropped",
        "formula-cached › Rumus!B5": "an error constant becomes the formula =#N/A",
        "formula-cached › Rumus!B6": "a formula without a cached value is recalculated (11)",
        "formula-cached › Rumus!B12": "VLOOKUP's #REF! becomes #VALUE!",
    ]

    private static func path(_ name: String, _ ext: String) -> String {
        let fixtures = FixtureTests.fixturesURL
        if ext == "xls" { return fixtures.appendingPathComponent("xls/\(name).xls").path }
        let direct = fixtures.appendingPathComponent("\(name).xlsx").path
        return FileManager.default.fileExists(atPath: direct) ? direct : fixtures.appendingPathComponent("ods/\(name).xlsx").path
    }

    /// LibreOffice has no boolean constant: TRUE and FALSE become the formulas =TRUE() and
    /// =FALSE(), shown as 1 and 0 unless a boolean format is applied.
    private static func sameBoolean(_ xlsx: Cell?, _ xls: Cell?) -> Bool {
        guard case .bool(let flag)? = xlsx?.value else { return false }
        return xls?.value == .number(flag ? 1 : 0) || xls?.value == .bool(flag)
    }

    @Test(arguments: names)
    func readsAsItsXLSX(_ name: String) throws {
        let xls = try SpreadsheetReader().read(path: Self.path(name, "xls"))
        let xlsx = try SpreadsheetReader().read(path: Self.path(name, "xlsx"))
        #expect(xls.sheets.map(\.name) == xlsx.sheets.map(\.name))
        for (left, right) in zip(xls.sheets, xlsx.sheets) {
            let visibility = right.visibility == .veryHidden ? SheetVisibility.hidden : right.visibility
            #expect(left.visibility == visibility, "\(name) › \(left.name)")
            #expect(Set(left.mergedRanges) == Set(right.mergedRanges), "\(name) › \(left.name)")
            #expect(left.hiddenRows == right.hiddenRows, "\(name) › \(left.name)")
            #expect(differences(name, left, right) == [], "\(name) › \(left.name)")
        }
    }

    private func differences(_ name: String, _ xls: Sheet, _ xlsx: Sheet) -> [String] {
        let left = Dictionary(uniqueKeysWithValues: xls.cells.map { ($0.address.description, $0) })
        let right = Dictionary(uniqueKeysWithValues: xlsx.cells.map { ($0.address.description, $0) })
        var found: [String] = []
        for reference in Set(left.keys).union(right.keys).sorted() {
            guard Self.libreOfficeChanges["\(name) › \(xls.name)!\(reference)"] == nil else { continue }
            let (want, got) = (right[reference], left[reference])
            if want?.value == got?.value || Self.sameBoolean(want, got) { continue }
            found.append("\(reference): xlsx \(want.map { "\($0.value)" } ?? "empty"), xls \(got.map { "\($0.value)" } ?? "empty")")
        }
        return found
    }
}
