import Foundation
import Testing
@testable import Spreadsheet

/// Hostile and broken ODS files end in a clear error, quickly and without allocating what they
/// ask for; OpenDocument packages are told from XLSX by content, never by name.
struct ODSHostileTests {
    private typealias B = ODSBuilder

    /// Runs `body`, failing when it takes a second or more.
    private func withinASecond(_ body: () throws -> Void) throws {
        let start = Date()
        try body()
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test(arguments: [
        // calamine's issue_594_dos.ods, shrunk: a non-empty cell repeated 2^31 times …
        #"<table:table-row><table:table-cell table:number-columns-repeated="2147483648" office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row>"#,
        // … a non-empty row repeated 2^31 times, and a repeat too long for any integer.
        #"<table:table-row table:number-rows-repeated="2147483648"><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
        #"<table:table-row table:number-rows-repeated="99999999999999999999999999999"><table:table-cell table:number-columns-repeated="99999999999999999999" office:value-type="float" office:value="1"/></table:table-row>"#,
    ])
    func hugeRepeatsOfValuesAreRefusedBeforeAnythingIsAllocated(_ rows: String) throws {
        try withinASecond {
            #expect(throws: SpreadsheetError.tooManyRepeatedCells(file: "case.ods", part: "content.xml", limit: 2_000_000)) {
                try B.sheet(rows)
            }
        }
    }

    @Test func hugeRepeatsOfEmptyCellsCostNothingButAValueBeyondThemIsOutsideTheGrid() throws {
        let empty = #"<table:table-row table:number-rows-repeated="2147483648"><table:table-cell table:number-columns-repeated="2147483648"/></table:table-row>"#
        try withinASecond {
            let cells = try B.sheet(empty).cells
            #expect(cells.isEmpty)
            #expect(throws: SpreadsheetError.beyondGrid(file: "case.ods", part: "content.xml", row: 2_147_483_648, column: 0)) {
                try B.sheet(empty + "<table:table-row>\(B.number("1"))</table:table-row>")
            }
        }
    }

    @Test func aRepeatedCellIsExpandedWithinTheLimitAndRefusedPastIt() throws {
        var limits = ReadLimits()
        limits.maxRepeatedCells = 10
        let rows = #"<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4" office:value-type="float" office:value="1"/></table:table-row>"#
        #expect(try B.sheet(rows).cells.count == 12)
        #expect(throws: SpreadsheetError.tooManyRepeatedCells(file: "case.ods", part: "content.xml", limit: 10)) {
            try B.sheet(rows, limits: limits)
        }
    }

    @Test func aHugeSpaceCountIsCutToWhatACellHolds() throws {
        let cell = #"<table:table-cell office:value-type="string"><text:p>a<text:s text:c="2147483648"/>b</text:p></table:table-cell>"#
        try withinASecond {
            let text = try #require(B.sheet("<table:table-row>\(cell)</table:table-row>").value(at: "A1")?.text)
            #expect(text.utf8.count == ParagraphText.maxCellBytes + 1)
        }
        var limits = ReadLimits()
        limits.maxRepeatedSpaces = 100
        #expect(throws: SpreadsheetError.tooManyRepeatedSpaces(file: "case.ods", part: "content.xml", limit: 100)) {
            try B.sheet("<table:table-row>\(cell)</table:table-row>", limits: limits)
        }
    }

    @Test func billionLaughsContentIsRefusedForItsDTD() throws {
        let content = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
            <office:document-content><office:body><office:spreadsheet><table:table table:name="A"><table:table-row>\
            <table:table-cell office:value-type="string"><text:p>&lol3;</text:p></table:table-cell></table:table-row></table:table>\
            </office:spreadsheet></office:body></office:document-content>
            """
        try withinASecond {
            #expect(throws: SpreadsheetError.forbiddenDTD(file: "case.ods", part: "content.xml")) {
                try ODSReader().read(data: B.package(content: content), path: "case.ods")
            }
        }
    }

    @Test func aHugeDeclaredContentSizeIsAZipBomb() throws {
        var bytes = [UInt8](B.package(content: B.content("<table:table table:name=\"A\"/>")))
        // Declare 4 GB uncompressed for content.xml in its central directory record.
        let central = try #require(centralRecord(of: "content.xml", in: bytes))
        for index in 0..<4 { bytes[central + 24 + index] = 0xFE }
        try withinASecond {
            #expect {
                try ODSReader().read(data: Data(bytes), path: "case.ods")
            } throws: { error in
                guard case .zipBomb(let file, let part, _) = error as? SpreadsheetError else { return false }
                return file == "case.ods" && part == "content.xml"
            }
        }
    }

    /// The offset of the central directory record of the member `name`.
    private func centralRecord(of name: String, in bytes: [UInt8]) -> Int? {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let nameBytes = Array(name.utf8)
        for offset in 0..<(bytes.count - 46 - nameBytes.count) where Array(bytes[offset..<(offset + 4)]) == signature {
            if Array(bytes[(offset + 46)..<(offset + 46 + nameBytes.count)]) == nameBytes { return offset }
        }
        return nil
    }

    @Test func truncationsThrowAndNeverTrap() throws {
        let data = B.package(content: B.content("<table:table table:name=\"A\"><table:table-row>\(B.text("x"))</table:table-row></table:table>"))
        for length in stride(from: 0, to: data.count, by: 11) {
            #expect(throws: SpreadsheetError.self) { try ODSReader().read(data: data.prefix(length), path: "x.ods") }
        }
    }

    @Test func unterminatedContentIsMalformedXMLNamingThePart() throws {
        let content = B.content("<table:table table:name=\"A\"><table:table-row><table:table-cell office:value-type=\"string><text:p>x")
        #expect {
            try ODSReader().read(data: B.package(content: content), path: "x.ods")
        } throws: { error in
            guard case .malformedXML(let file, let part, _, _) = error as? SpreadsheetError else { return false }
            return file == "x.ods" && part == "content.xml"
        }
    }
}
