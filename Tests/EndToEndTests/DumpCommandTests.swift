import Foundation
import Testing

/// `probis dump` run as a binary: what users and developers see.
struct DumpCommandTests {
    let fixtures = ProbisBinary.fixtures.path

    @Test func textShowsSheetCellKindAndValue() throws {
        let result = try ProbisBinary.run(["dump", "\(fixtures)/libreoffice.xlsx"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Identifikasi Proses!D3\tnumber\t1.1"))
        #expect(lines.contains("Identifikasi Proses!B3\ttext\tPengelolaan\\nKeuangan Daerah"))
        #expect(lines.contains("Identifikasi Proses!D6\terror=\t#DIV/0!"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonIsValidAndTyped() throws {
        let result = try ProbisBinary.run(["dump", "--format", "json", "\(fixtures)/formula-cached.xlsx"])
        #expect(result.status == 0)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let sheet = try #require((files.first?["sheets"] as? [[String: Any]])?.first)
        let cells = try #require(sheet["cells"] as? [[String: Any]])
        let b2 = try #require(cells.first { $0["cell"] as? String == "B2" })
        #expect(b2["kind"] as? String == "text")
        #expect(b2["formula"] as? Bool == true)
        #expect(b2["value"] as? String == "Kode-10")
        #expect(cells.first { $0["cell"] as? String == "A1" }?["value"] as? Double == 10)
    }

    @Test func csvHasAHeaderAndQuotesFields() throws {
        let result = try ProbisBinary.run(["dump", "--format", "csv", "\(fixtures)/csv/comma-quoted-newline.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}file;sheet;visibility;cell;row;column;kind;formula;value\n"))
        #expect(result.stdout.contains(";B2;2;2;text;0;\"Perencanaan \"\"Strategis\"\" Daerah\""))
        let comma = try ProbisBinary.run(["dump", "--format", "csv", "--delimiter", ",", "\(fixtures)/csv/comma-quoted-newline.csv"])
        #expect(comma.stdout.hasPrefix("\u{FEFF}file,sheet,visibility,cell,row,column,kind,formula,value\n"))
    }

    @Test func fillMergedCopiesTheTopLeftValue() throws {
        let plain = try ProbisBinary.run(["dump", "\(fixtures)/merged-cells.xlsx"])
        let filled = try ProbisBinary.run(["dump", "--fill-merged", "\(fixtures)/merged-cells.xlsx"])
        #expect(!plain.stdout.contains("Gabungan!D1\t"))
        #expect(filled.stdout.contains("Gabungan!D1\ttext\tJUDUL TABEL"))
    }

    @Test func aBadFileIsReportedInIndonesianAndTheBatchGoesOn() throws {
        let result = try ProbisBinary.run(["dump", "\(fixtures)/truncated.xlsx", "\(fixtures)/inline-strings.xlsx"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("truncated.xlsx: berkas terpotong"))
        #expect(result.stdout.contains("Sheet1!A2\ttext\tMTR.01"))
    }

    @Test func englishMessagesOnRequest() throws {
        let result = try ProbisBinary.run(["dump", "--lang", "en", "\(fixtures)/zip-bomb.xlsx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("zip-bomb.xlsx › xl/worksheets/sheet1.xml: refused, decompresses beyond safe limits"))
    }

    @Test func missingPathCannotRun() throws {
        let result = try ProbisBinary.run(["dump", "/tidak/ada.xlsx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/tidak/ada.xlsx: tidak ditemukan."))
    }

    @Test func statsCountsAFolderAndItsFailures() throws {
        let result = try ProbisBinary.run(["dump", "--stats", "--jobs", "2", "\(fixtures)/csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("files=8 sheets=8 cells="))
        #expect(result.stdout.hasSuffix("errors=0\n"))
    }
}
