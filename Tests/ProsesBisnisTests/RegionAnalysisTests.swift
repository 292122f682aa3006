import Testing
@testable import ProsesBisnis

/// Findings across the OPDs of one region: code collisions and shared process names.
struct RegionAnalysisTests {
    private func summary(_ opd: String, region: String = "Kota Uji", _ processes: [(String, String)]) -> SubmissionSummary {
        var submission = Submission(path: "\(region)/\(opd).xlsx", region: region, opd: opd, format: .xlsx)
        for (row, (code, name)) in processes.enumerated() {
            let place = { (column: Int) in SourceLocation(sheet: "Proses", row: row + 1, column: column) }
            submission.proses.append(Proses(nama: FieldValue(text: name, location: place(1)), jenis: nil,
                                            kode: FieldValue(text: code, location: place(3)), location: place(0)))
        }
        return SubmissionSummary(CheckedSubmission(submission: submission, codeStyle: nil))
    }

    @Test func sameCodeForDifferentProcessesCollidesOnBothAndOnTheRegion() {
        let (submissions, regions) = RegionAnalysis.analyse([
            summary("Dinas A", [("P1", "Perencanaan")]), summary("Dinas B", [("P1", "Pelayanan Perizinan")]),
        ])
        #expect(submissions.map { $0.findings.map { "\($0.rule) \($0.location?.cell ?? "")" } }
                == [["region.code_collision D2"], ["region.code_collision D2"]])
        #expect(regions.first?.findings.map(\.rule) == [RuleID.regionCodeCollision])
    }

    @Test func sameCodeForTheSameProcessIsNoCollisionButASharedProcess() {
        let (submissions, regions) = RegionAnalysis.analyse([
            summary("Dinas A", [("P1", "Perencanaan  ")]), summary("Dinas B", [("P1", "PERENCANAAN")]),
        ])
        #expect(submissions.allSatisfy { $0.findings.isEmpty })
        #expect(regions.first?.findings.map(\.rule) == [RuleID.regionSharedProcess])
        #expect(regions.first?.findings.first?.severity == .info)
        #expect(regions.first?.findings.first?.message.id.contains("Dinas A, Dinas B") == true)
    }

    @Test func otherRegionsNeverCollide() {
        let (submissions, regions) = RegionAnalysis.analyse([
            summary("Dinas A", region: "Kota Satu", [("P1", "Perencanaan")]),
            summary("Dinas B", region: "Kota Dua", [("P1", "Perizinan")]),
        ])
        #expect(submissions.allSatisfy { $0.findings.isEmpty })
        #expect(regions.map(\.name) == ["Kota Dua", "Kota Satu"])
        #expect(regions.allSatisfy { $0.findings.isEmpty })
    }
}
