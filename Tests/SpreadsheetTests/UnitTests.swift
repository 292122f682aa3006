import Foundation
import Testing
@testable import Spreadsheet

struct CellAddressTests {
    @Test(arguments: [("A1", 0, 0), ("C9", 8, 2), ("Z1", 0, 25), ("AA1", 0, 26), ("$AB$12", 11, 27), ("XFD1048576", 1_048_575, 16_383)])
    func parsesAndPrints(reference: String, row: Int, column: Int) throws {
        let address = try #require(CellAddress(reference))
        #expect(address == CellAddress(row: row, column: column))
        #expect(address.description == reference.replacingOccurrences(of: "$", with: ""))
    }

    @Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A1B"])
    func rejects(reference: String) {
        #expect(CellAddress(reference) == nil)
    }

    @Test func rangeNormalisesCorners() throws {
        let range = try #require(CellRange("C3:A1"))
        #expect(range.description == "A1:C3")
        #expect(range.contains(CellAddress(row: 1, column: 1)))
        #expect(!range.contains(CellAddress(row: 3, column: 0)))
    }
}

struct ValueTextTests {
    @Test(arguments: [(1.0, "1"), (1.1, "1.1"), (-42, "-42"), (0.1 + 0.2, "0.3"), (1234567890123, "1234567890123"), (3.14159, "3.14159")])
    func generalFormat(number: Double, expected: String) {
        #expect(CellValue.number(number).displayText == expected)
    }

    @Test(arguments: ["0", "1.10", "-3.5", "123456789012345", "0.000001", "1e3", "2.5E-3", "12345678901234567890"])
    func numberParsingMatchesTheStandardLibrary(text: String) {
        let bytes = Array(text.utf8)
        let parsed = bytes.withUnsafeBufferPointer { NumberParsing.double($0, 0..<$0.count) }
        #expect(parsed == Double(text))
    }

    @Test(arguments: [("a &amp; b", "a & b"), ("&lt;x&gt;", "<x>"), ("&#10;&#x41;", "\nA"), ("_x000D_", "\r"),
                      ("_x005F_x000D_", "_x000D_"), ("& alone", "& alone"), ("&unknown;", "&unknown;"), ("_xZZZZ_", "_xZZZZ_")])
    func xmlTextDecoding(raw: String, expected: String) {
        let bytes = Array(raw.utf8)
        let decoded = bytes.withUnsafeBufferPointer { XMLText.string($0, 0..<$0.count) }
        #expect(decoded == expected)
    }

    @Test func byteReadsPastTheEndReturnNil() {
        let bytes: [UInt8] = [1, 2, 3]
        bytes.withUnsafeBytes { raw in
            #expect(raw.uint16LE(at: 1) == 0x0302)
            #expect(raw.uint16LE(at: 2) == nil)
            #expect(raw.uint32LE(at: 0) == nil)
            #expect(raw.uint16LE(at: -1) == nil)
        }
    }
}
