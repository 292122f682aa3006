import Foundation
import Testing
import Spreadsheet

/// Every committed fixture, read with the reader and compared with `Fixtures/manifest.json`,
/// which `Scripts/make-fixtures.py` wrote and cross-checked with openpyxl and calamine.
struct FixtureTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        var file: String
        var producer: String
        var expectation: Expectation
        var testDescription: String { file }
    }

    enum Expectation: Sendable {
        case sheets([ExpectedSheet])
        case error(kinds: [String])
    }

    struct ExpectedSheet: Sendable {
        var name: String
        var visibility: String
        var merged: [String]
        /// A1 reference → (kind, value as text) for every non-empty cell.
        var cells: [String: String]
    }

    static let fixturesURL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static let fixtures: [Fixture] = {
        let data = try! Data(contentsOf: fixturesURL.appendingPathComponent("manifest.json"))
        let manifest = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (manifest["fixtures"] as! [[String: Any]]).map(fixture)
    }()

    private static func fixture(_ entry: [String: Any]) -> Fixture {
        let file = entry["file"] as! String
        let producer = entry["producer"] as? String ?? ""
        guard entry["expect"] as? String == "ok" else {
            let kinds = [entry["errorKind"] as! String] + (entry["alsoAcceptable"] as? [String] ?? [])
            return Fixture(file: file, producer: producer, expectation: .error(kinds: kinds))
        }
        let sheets = (entry["sheets"] as! [[String: Any]]).map { sheet in
            let cells = (sheet["cells"] as! [String: [String: Any]]).compactMapValues { cell -> String? in
                let kind = cell["kind"] as! String
                return kind == "empty" ? nil : "\(kind):\(describe(cell["value"], kind: kind))"
            }
            return ExpectedSheet(name: sheet["name"] as! String, visibility: sheet["visibility"] as! String,
                                 merged: sheet["merged"] as? [String] ?? [], cells: cells)
        }
        return Fixture(file: file, producer: producer, expectation: .sheets(sheets))
    }

    /// JSON numbers, booleans and strings as comparable text.
    private static func describe(_ value: Any?, kind: String) -> String {
        switch value {
        case let flag as Bool where kind == "bool": flag ? "true" : "false"
        case let number as NSNumber: "\(number.doubleValue)"
        case let text as String: text
        default: "?"
        }
    }

    private static func describe(_ value: CellValue) -> String {
        switch value {
        case .text(let text), .error(let text): text
        case .number(let number): "\(number)"
        case .bool(let flag): flag ? "true" : "false"
        }
    }

    @Test(arguments: fixtures)
    func readsAsTheManifestSays(_ fixture: Fixture) throws {
        let path = Self.fixturesURL.appendingPathComponent(fixture.file).path
        switch fixture.expectation {
        case .sheets(let expected):
            let workbook = try SpreadsheetReader().read(path: path)
            #expect(workbook.sheets.map(\.name) == expected.map(\.name))
            for (sheet, want) in zip(workbook.sheets, expected) {
                #expect(sheet.visibility.rawValue == want.visibility, "\(sheet.name)")
                #expect(Set(sheet.mergedRanges.map(\.description)) == Set(want.merged), "\(sheet.name)")
                let got = Dictionary(uniqueKeysWithValues: sheet.cells.map {
                    ($0.address.description, "\($0.value.kind.rawValue):\(Self.describe($0.value))")
                })
                #expect(got == want.cells, "\(sheet.name)")
            }
        case .error(let kinds):
            #expect {
                _ = try SpreadsheetReader().read(path: path)
            } throws: { error in
                guard let error = error as? SpreadsheetError else { return false }
                return kinds.contains(Self.kind(of: error)) && error.file == path
            }
        }
    }

    @Test func atLeastThreeOtherProducersAreCovered() {
        let producers = Set(Self.fixtures.compactMap { fixture -> String? in
            guard case .sheets = fixture.expectation else { return nil }
            return ["LibreOffice", "openpyxl", "XlsxWriter"].first { fixture.producer.contains($0) }
        })
        #expect(producers.count == 3)
    }

    private static func kind(of error: SpreadsheetError) -> String {
        switch error {
        case .truncated: "truncated"
        case .zipBomb: "zipBomb"
        case .forbiddenDTD: "dtd"
        case .notAZip: "notZip"
        case .encryptedOrLegacy: "encrypted"
        case .corruptZip, .corruptPart: "corrupt"
        default: "other"
        }
    }
}
