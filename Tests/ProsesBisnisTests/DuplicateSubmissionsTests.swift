import Spreadsheet
import Testing
@testable import ProsesBisnis

/// One OPD sent twice in a region: counted once when identical, an error when they differ.
struct DuplicateSubmissionsTests {
    private func summary(_ path: String, opd: String, proses: String = "Perencanaan") -> SubmissionSummary {
        var builder = SubmissionBuilder()
        builder.submission.path = path
        builder.submission.region = "Kota Metro"
        builder.submission.opd = opd
        builder.proses(2, proses, "Utama", "MTR.01")
        return SubmissionSummary(RuleCatalogue.checkWithStyle(builder.submission))
    }

    @Test func theSameContentTwiceIsCountedOnceWithAWarningNamingBoth() {
        let (analysed, regions) = RegionAnalysis.analyse([
            summary("Kota Metro/Disdikbud.xlsx", opd: "Disdikbud"),
            summary("Kota Metro/Disdikbud (1).xlsx", opd: "Disdikbud (1)"),
        ])
        let copy = analysed[1]
        #expect(copy.isCopy && copy.counts.proses == 0)
        #expect(copy.findings.map(\.rule) == [RuleID.submissionDuplicate])
        #expect(copy.findings[0].message.id.contains("Kota Metro/Disdikbud.xlsx"))
        #expect(analysed[0].findings.isEmpty && analysed[0].counts.proses == 1)
        #expect(regions[0].findings.isEmpty)
        #expect(CheckReport(root: "r", submissions: analysed, regions: regions).totals.proses == 1)
    }

    @Test func oneOPDWithTwoDifferentContentsIsAnErrorOnEachNamingTheNewer() {
        let (analysed, _) = RegionAnalysis.analyse([
            summary("Kota Metro/Disdikbud.xlsx", opd: "Disdikbud"),
            summary("Kota Metro/Disdikbud revisi (1).xlsx", opd: "Disdikbud revisi (1)", proses: "Perencanaan Daerah"),
        ])
        for submission in analysed {
            #expect(submission.findings.map(\.rule) == [RuleID.submissionSameOPD], "\(submission.path)")
            #expect(submission.findings[0].severity == .error)
            #expect(submission.findings[0].message.id.contains("Menurut namanya, Kota Metro/Disdikbud revisi (1).xlsx lebih baru"))
        }
        #expect(analysed.allSatisfy { !$0.isCopy })
    }

    /// The date a file states (beside its signature) beats what its name suggests.
    @Test func theDateInsideTheFileTellsTheNewer() {
        #expect(DuplicateSubmissions.newerByDate([("a.xlsx", "2024-08-12"), ("b revisi.xlsx", "2024-03-01")]) == "a.xlsx")
        #expect(DuplicateSubmissions.newerByDate([("a.xlsx", "2024-08-12"), ("b.xlsx", nil)]) == nil)
        #expect(DocumentDate.find(in: "Sumenep, 12 Agustus 2024") == "2024-08-12")
        #expect(DocumentDate.find(in: "Tanggal: 3 Mei 2025") == "2025-05-03")
        #expect(DocumentDate.find(in: "NIP 19681104 199403 2 007") == nil)
        // Only texts with a year are parsed: codes with digits and spaces around them are not.
        #expect(DocumentDate.mayHoldDate("Sumenep, 12 Agustus 2024") && DocumentDate.mayHoldDate("Tanggal: 3 Mei 2100"))
        #expect(!DocumentDate.mayHoldDate("LINTAS FUNGSI : Penyusunan (INSP.01.01.01)"))
        #expect(!DocumentDate.mayHoldDate("NIP 19681104 199403 2 007"))
        #expect(DocumentDate.latest(in: [Workbook(path: "x.xlsx", format: .xlsx, sheets: [
            SheetBuilder(name: "Proses", rows: [["Metro, 1 Maret 2024"], ["Metro, 2 Januari 2025"]]).sheet,
        ])]) == "2025-01-02")
    }

    @Test(arguments: [("Disdikbud revisi (1)", "disdikbud"), ("DPMPTSP final v2", "dpmptsp"), ("Dinas Pendidikan", "dinas pendidikan")])
    func resentMarksAreNotPartOfTheOPD(name: String, key: String) {
        #expect(DuplicateSubmissions.opdKey(name) == key)
    }

    @Test func emptySubmissionsAreNotCopiesOfEachOther() {
        var empty = SubmissionBuilder().submission
        empty.region = "Kota Metro"
        let one = SubmissionSummary(RuleCatalogue.checkWithStyle(empty))
        empty.path = "lain.xlsx"
        empty.opd = "Lain"
        let (analysed, _) = RegionAnalysis.analyse([one, SubmissionSummary(RuleCatalogue.checkWithStyle(empty))])
        #expect(analysed.allSatisfy { !$0.isCopy && !$0.findings.contains { $0.rule == RuleID.submissionDuplicate } })
    }

    /// The fingerprint reads every byte of every text, and tells a missing text from an empty
    /// one and a text split differently across fields.
    @Test func fingerprintsTellEveryDifferenceInTheTexts() {
        func print(_ texts: [String?]) -> Int {
            var fingerprint = TextFingerprint()
            for text in texts { fingerprint.add(text) }
            return fingerprint.value
        }
        let base: [String?] = ["Penyusunan Rencana Kerja Tahunan Dinas", "MTR.01.02", nil]
        #expect(print(base) == print(base.map { $0.map { String($0) } }))
        let variants: [[String?]] = [
            ["Penyusunan Rencana Kerja Tahunan Dinaz", "MTR.01.02", nil],   // the last byte
            ["penyusunan Rencana Kerja Tahunan Dinas", "MTR.01.02", nil],   // the first byte
            ["Penyusunan Rencana Kerja Tahunan Dinas", "MTR.01.02", ""],    // empty, not missing
            ["Penyusunan Rencana Kerja Tahunan DinasMTR", ".01.02", nil],   // split elsewhere
            ["Penyusunan Rencana Kerja Tahunan Dinas", "MTR.01.02"],        // one text fewer
            ["Penyusunan Rencana Kerja Tahunan Dinas", "MTR.01.02", nil, nil],
        ]
        for variant in variants { #expect(print(variant) != print(base), "\(variant)") }
        #expect(Set(variants.map(print)).count == variants.count)
    }
}
