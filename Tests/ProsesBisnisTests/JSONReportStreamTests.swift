import Foundation
import Testing
@testable import ProsesBisnis

/// The JSON report written to a file a few hundred submissions at a time is, byte for byte,
/// the document `render` builds whole.
struct JSONReportStreamTests {
    private func summary(_ index: Int) -> SubmissionSummary {
        var builder = SubmissionBuilder()
        builder.submission.path = "Kota Metro/OPD \(index).xlsx"
        builder.submission.region = "Kota Metro"
        builder.submission.opd = "OPD \"\(index)\""
        builder.proses(2, "Perencanaan \(index)", index % 3 == 0 ? "Inti" : "Utama", "MTR.0\(index % 7)")
        return SubmissionSummary(RuleCatalogue.checkWithStyle(builder.submission))
    }

    @Test(arguments: [0, 1, 255, 256, 257, 700])
    func theStreamedFileIsTheRenderedDocument(count: Int) throws {
        let (analysed, regions) = RegionAnalysis.analyse((0..<count).map(summary))
        let report = CheckReport(root: "Samples", submissions: analysed, regions: regions)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-json-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/laporan.json"
        try JSONReport.write(report, language: .id, to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written == Data(JSONReport.render(report, language: .id).utf8))
        if count > 0 { #expect(report.submissions.contains { !$0.findings.isEmpty }) }
    }
}
