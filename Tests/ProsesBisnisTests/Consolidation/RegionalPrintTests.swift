import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// How the regional sheets fall on paper: rows as tall as their wrapped text, and Peta
/// Relasi blocks that start a printed page and repeat their header when they go on.
struct RegionalPrintTests {
    /// An OPD with one process and `units` units, each taking part.
    private func wideOPD(units: Int) -> Submission {
        var b = SubmissionBuilder()
        b.submission.opd = "Dinas Besar"
        b.submission.region = "Kota Uji"
        b.submission.path = "Kota Uji/Dinas Besar.xlsx"
        b.proses(2, "Perencanaan", "Utama", "MTR.01")
        b.table(1, proses: "MTR.01", sub: nil, lintas: nil, units: (1...units).map { "Unit \($0)" },
                [SubmissionBuilder.Activity(uraian: "Rapat", units: Array(0..<units), pj: "Unit 1")])
        return b.submission
    }

    private func write(_ submissions: [Submission], in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("Kota Uji.xlsx").path
        let writer = try RegionalWorkbookWriter(path: path, title: "Kota Uji", language: .id)
        try writer.append(region: "Kota Uji", submissions: RegionalFixture.items(submissions), regionFindings: [],
                          dictionary: UnitDictionary(submissions))
        try writer.close()
        return path
    }

    @Test func aPetaRelasiBlockLongerThanAPageGoesOnWithItsHeaderRepeated() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write([RegionalFixture.dinasB(), wideOPD(units: 60)], in: folder)
        let grid = try #require(try SpreadsheetReader().read(path: path).sheet(named: "Peta Relasi").map(regionalGrid))
        let titles = grid.filter { $0.first?.hasPrefix("Kota Uji — ") == true }.map { $0[0] }
        #expect(titles.first == "Kota Uji — Dinas B")
        #expect(titles.dropFirst().first == "Kota Uji — Dinas Besar")
        #expect(titles.count >= 4 && titles.dropFirst(2).allSatisfy { $0 == "Kota Uji — Dinas Besar (lanjutan)" })
        let headers = grid.indices.filter { grid[$0].first == "KODE" }
        #expect(headers.count == titles.count, "each part has its code and name rows")
        // A block longer than a page starts where it is; each continuation starts a printed page.
        let xml = try zipPart("xl/worksheets/sheet6.xml", of: path)
        let titleRows = grid.indices.filter { grid[$0].first?.hasPrefix("Kota Uji — ") == true }
        for row in titleRows.dropFirst(2) {
            #expect(xml.contains("<brk id=\"\(row)\" max=\"16383\" man=\"1\"/>"), "break before row \(row + 1)")
        }
        #expect(xml.contains("<rowBreaks count=\"\(titleRows.count - 2)\""))
    }

    /// Twenty processes: three parts of at most eight, so that fit to width keeps the sheet legible.
    @Test func aPetaRelasiBlockWithManyProcessesIsWrittenInParts() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var wide = wideOPD(units: 2)
        for number in 2...20 {
            wide.proses.append(Proses(nama: SubmissionBuilder.field("Proses", "B\(number + 1)", "Proses \(number)"), jenis: nil,
                                      kode: SubmissionBuilder.field("Proses", "D\(number + 1)", "MTR.\(number)"),
                                      location: SubmissionBuilder.row("Proses", number + 1)))
        }
        let path = try write([wide], in: folder)
        let grid = try #require(try SpreadsheetReader().read(path: path).sheet(named: "Peta Relasi").map(regionalGrid))
        #expect(grid.filter { $0.first?.hasPrefix("Kota Uji — ") == true }.map { $0[0] } == [
            "Kota Uji — Dinas Besar — proses 1–8 dari 20", "Kota Uji — Dinas Besar — proses 9–16 dari 20",
            "Kota Uji — Dinas Besar — proses 17–20 dari 20",
        ])
        #expect(grid.map(\.count).max() == 9)
        #expect(grid.filter { $0.first == "KODE" }.map { $0.dropFirst().first } == ["MTR.01", "MTR.9", "MTR.17"])
    }

    @Test func wrappedRowsAndHeadersAreTallEnough() throws {
        let folder = try regionalTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var long = RegionalFixture.dinasB()
        long.proses[0].nama?.text = String(repeating: "Penyelenggaraan pelayanan perizinan ", count: 4)
        let path = try write([long], in: folder)
        let xml = try zipPart("xl/worksheets/sheet2.xml", of: path)
        // 144 characters in PROSES, 44 wide: four lines.
        #expect(xml.contains("<row r=\"2\" ht=\"60\" customHeight=\"1\">") || xml.contains("<row r=\"2\" spans=\"1:5\" ht=\"60\" customHeight=\"1\">"))
        // The header's KODE PROSES takes two lines in its 12 characters.
        #expect(xml.contains("<row r=\"1\" ht=\"30\" customHeight=\"1\">"))
    }
}
