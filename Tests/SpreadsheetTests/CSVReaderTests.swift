import Foundation
import Testing
@testable import Spreadsheet

/// CSV dialects as they arrive from OPDs, one labelled case each: the bytes, and the cells
/// (A1 reference on the line where the record starts) that a correct reader sees.
struct CSVReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var bytes: [UInt8]
        var cells: [String: String]
        var testDescription: String { label }
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(label: "semicolon with UTF-8 BOM and CRLF",
             bytes: [0xEF, 0xBB, 0xBF] + utf8("NO;KODE\r\n1;MTR.01\r\n"),
             cells: ["A1": "NO", "B1": "KODE", "A2": "1", "B2": "MTR.01"]),
        Case(label: "comma with quotes, doubled quotes and a line break inside quotes",
             bytes: utf8("NO,PROSES\n1,\"Perencanaan \"\"Strategis\"\"\nDaerah\"\n2,Keuangan\n"),
             cells: ["A1": "NO", "B1": "PROSES", "A2": "1", "B2": "Perencanaan \"Strategis\"\nDaerah", "A4": "2", "B4": "Keuangan"]),
        Case(label: "sep= line announces the delimiter and is line 1",
             bytes: utf8("sep=,\nNO;X,KODE\n1;Y,MTR.01\n"),
             cells: ["A2": "NO;X", "B2": "KODE", "A3": "1;Y", "B3": "MTR.01"]),
        Case(label: "quoted sep= line",
             bytes: utf8("\"sep=;\"\nA;B\n"),
             cells: ["A2": "A", "B2": "B"]),
        Case(label: "tab delimited",
             bytes: utf8("NO\tPROSES, dan lain\n1\tSatu, dua\n"),
             cells: ["A1": "NO", "B1": "PROSES, dan lain", "A2": "1", "B2": "Satu, dua"]),
        Case(label: "semicolons win over decimal commas",
             bytes: utf8("NO;NILAI;KODE\n1;1,5;MTR.01\n2;2,25;MTR.02\n"),
             cells: ["A1": "NO", "B1": "NILAI", "C1": "KODE", "A2": "1", "B2": "1,5", "C2": "MTR.01", "A3": "2", "B3": "2,25", "C3": "MTR.02"]),
        Case(label: "Windows-1252 when the bytes are not UTF-8",
             bytes: utf8("A;B\n") + [0x93, 0x4B, 0x94, 0x3B, 0x63, 0x61, 0x66, 0xE9, 0x0A],
             cells: ["A1": "A", "B1": "B", "A2": "\u{201C}K\u{201D}", "B2": "café"]),
        Case(label: "UTF-16 LE with BOM",
             bytes: [0xFF, 0xFE] + Array("A;–\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
             cells: ["A1": "A", "B1": "–"]),
        Case(label: "UTF-16 BE with BOM",
             bytes: [0xFE, 0xFF] + Array("A;B\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
             cells: ["A1": "A", "B1": "B"]),
        Case(label: "CR line ends (old Mac)",
             bytes: utf8("A;B\r1;2\r"),
             cells: ["A1": "A", "B1": "B", "A2": "1", "B2": "2"]),
        Case(label: "blank lines keep their line numbers, empty fields are empty cells",
             bytes: utf8("A;;C\n\n;B;\n"),
             cells: ["A1": "A", "C1": "C", "B3": "B"]),
        Case(label: "no newline at the end and an unterminated quote",
             bytes: utf8("A;\"open"),
             cells: ["A1": "A", "B1": "open"]),
        Case(label: "empty file",
             bytes: [],
             cells: [:]),
    ]

    @Test(arguments: cases)
    func readsDialect(_ testCase: Case) throws {
        let workbook = try CSVReader().read(data: Data(testCase.bytes), path: "Biro Organisasi/sub-proses.csv")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "sub-proses")
        #expect(workbook.format == .csv)
        let cells = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.address.description, $0.value.text ?? "") })
        #expect(cells == testCase.cells)
        #expect(sheet.cells.allSatisfy { $0.value.kind == .text })
    }

    @Test(arguments: [("a;b\nc;d\n", ";"), ("a,b\nc,d\n", ","), ("a\tb\nc\td\n", "\t"), ("a;b,c;d\n", ";"), ("a\n", ";")])
    func sniffsTheDelimiter(text: String, delimiter: String) {
        #expect(CSVDialect.sniff(text).delimiter == UInt8(ascii: Unicode.Scalar(delimiter)!))
    }

    @Test func decodingReportsTheEncodingItChose() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41]).encoding == .utf8BOM)
        #expect(TextDecoding.decode([0x41, 0xE9]).encoding == .windows1252)
        #expect(TextDecoding.decode([0x41, 0x00, 0x3B, 0x00, 0x42, 0x00, 0x0A, 0x00]) == ("A;B\n", .utf16LE))
        #expect(TextDecoding.decode(Array("é".utf8)) == ("é", .utf8))
    }
}
