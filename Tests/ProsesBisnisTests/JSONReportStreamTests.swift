import Foundation
import Testing
@testable import ProsesBisnis

/// The reports written region by region as a check goes (`CheckReportStream`) are, byte for
/// byte, the documents built whole; an unfinished report file never replaces an older one.
struct JSONReportStreamTests {
    private func summary(_ index: Int, region: String = "Kota Metro") -> SubmissionSummary {
        var builder = SubmissionBuilder()
        builder.submission.path = "\(region)/OPD \(index).xlsx"
        builder.submission.region = region
        builder.submission.opd = "OPD \"\(index)\""
        builder.proses(2, "Perencanaan \(index)", index % 3 == 0 ? "Inti" : "Utama", "MTR.0\(index % 7)")
        if index % 4 == 1 { builder.proses(3, "Pelayanan \(index)", "Utama", nil) }
        return SubmissionSummary(RuleCatalogue.checkWithStyle(builder.submission))
    }

    /// The document as one `JSONValue`: what the streamed bytes must equal.
    private func wholeDocument(_ report: CheckReport) -> Data {
        let document = JSONReport.document(root: report.root, submissions: .array(report.submissions.map { JSONReport.submission($0, .id) }),
                                           regions: .array(report.regions.map { JSONReport.region($0, .id) }),
                                           totals: report.totals, language: .id)
        return Data((document.serialized() + "\n").utf8)
    }

    private func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("probis-json-\(UUID().uuidString)").path
    }

    @Test(arguments: [(0, 1), (1, 1), (255, 255), (257, 40), (700, 300), (600, 7)])
    func theStreamedFileIsTheWholeDocument(count: Int, regionSize: Int) throws {
        // Each group of `regionSize` is a region of its own, with its own findings.
        var analysed: [SubmissionSummary] = [], regions: [CheckReport.Region] = [], groups: [Range<Int>] = []
        for start in stride(from: 0, to: count, by: regionSize) {
            let range = start..<min(start + regionSize, count)
            let region = RegionAnalysis.analyse(range.map { summary($0, region: "Kota \(1000 + start)") })
            analysed += region.0
            regions += region.1
            groups.append(range)
        }
        let report = CheckReport(root: "Samples", submissions: analysed, regions: regions)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/laporan.json"
        var emitted: [UInt8] = []
        let file = JSONReportWriter(path: path, root: "Samples", language: .id)
        let stream = CheckReportStream([file, JSONReportWriter(root: "Samples", language: .id) { emitted += $0 }])
        for (index, range) in groups.enumerated() {
            try stream.add(Array(analysed[range]), regions: [regions[index]])
        }
        let totals = try stream.finish()
        let expected = wholeDocument(report)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == expected)
        #expect(Data(emitted) == expected)
        #expect(Data(JSONReport.render(report, language: .id).utf8) == expected)
        #expect(try JSONSerialization.jsonObject(with: expected) is [String: Any])
        #expect(totals.submissions == count)
        #expect(totals.errors == analysed.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["laporan.json"])
        if count > 1 { #expect(totals.errors > 0 && totals.warnings > 0) }
        if regionSize > 7 { #expect(regions.contains { !$0.findings.isEmpty }) }
    }

    @Test func anUnfinishedReportLeavesTheOlderFileAndNoTemporaryFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/laporan.json"
        try Data("older".utf8).write(to: URL(fileURLWithPath: path))
        do {
            // Nothing is created before the first write.
            let unused = JSONReportWriter(path: folder + "/nowhere/laporan.json", root: "Samples", language: .id)
            unused.discard()
            let writer = JSONReportWriter(path: path, root: "Samples", language: .id)
            try writer.add((0..<300).map { summary($0) }, regions: [])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
            // A failed run drops the writer without finishing it.
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "older")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["laporan.json"])
    }

    /// Each region's lines are printed when the region comes, the region findings and totals
    /// at the end; together they are the text report of the whole.
    @Test func theTextReportIsPrintedRegionByRegion() throws {
        // OPD 0 and OPD 7 give MTR.00 to different processes: a region finding.
        let metro = RegionAnalysis.analyse([0, 1, 2, 3, 7].map { summary($0) })
        let bima = RegionAnalysis.analyse((4..<7).map { summary($0, region: "Kota Bima") })
        var printed: [String] = []
        let stream = CheckReportStream([TextReportWriter(form: .full, language: .id) { printed.append(String(decoding: $0, as: UTF8.self)) }])
        try stream.add(metro.0, regions: metro.1)
        #expect(printed.count == 1)
        #expect(printed[0].hasPrefix("== Kota Metro/OPD 0.xlsx  [Kota Metro — OPD \"0\"]"))
        #expect(!printed[0].contains("Kota Bima") && !printed[0].contains("Jumlah"))
        try stream.add(bima.0, regions: bima.1)
        #expect(printed.count == 2 && printed[1].hasPrefix("== Kota Bima/OPD 4.xlsx"))
        try stream.finish()
        let errors = (metro.0 + bima.0).reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
            + (metro.1 + bima.1).flatMap(\.findings).filter { $0.severity == .error && $0.rule != RegionAnalysis.collisionRule }.count
        #expect(printed.count == 4)
        #expect(printed[3] == ("\nJumlah: 8 kiriman, 10 proses, 0 sub proses, 0 lintas fungsi, 0 aktivitas; \(errors) galat, "
            + "\((metro.0 + bima.0).flatMap(\.findings).filter { $0.severity == .warning }.count) peringatan, 0 catatan.\n"))
        // Region findings (Kota Metro's colliding MTR.00) come before the totals.
        #expect(printed[2].hasPrefix("== Wilayah Kota Metro\n   MTR.00  galat       region.code_collision"))
        let whole = CheckReport(root: "r", submissions: metro.0 + bima.0, regions: (bima.1 + metro.1))
        #expect(printed.joined() == TextReport.render(whole, language: .id))
    }
}
