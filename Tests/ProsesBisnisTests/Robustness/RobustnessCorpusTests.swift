import Foundation
import Testing
import XLSXWriter
@testable import ProsesBisnis

/// How a corpus submission is written: XLSX by two producers, CSV with two delimiters.
enum CorpusProducer: String, CaseIterable, Sendable {
    case sharedStrings = "xlsx-shared-strings"
    case inlineStrings = "xlsx-inline-strings"
    case csvSemicolon = "csv-semicolon"
    case csvComma = "csv-comma"

    var isCSV: Bool { self == .csvSemicolon || self == .csvComma }
}

/// One submission of the robustness corpus, named after what it pins.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    var furniture: CorpusFurniture
    var producer: CorpusProducer
    var defects: [CorpusDefect]
    var prefix: String

    var name: String {
        "\(furniture.rawValue) \(producer.rawValue) " + (defects.isEmpty ? "clean" : defects.map(\.rawValue).joined(separator: "+"))
    }
    var testDescription: String { name }
    /// The submission's path in the report.
    var path: String { producer.isCSV ? "\(name)/OPD" : "\(name)/OPD.xlsx" }

    var composed: CorpusComposer {
        var composer = CorpusComposer(furniture: furniture, defects: Set(defects), isCSV: producer.isCSV, prefix: prefix)
        composer.compose()
        return composer
    }

    func write(under root: URL) throws {
        let folder = root.appendingPathComponent(name)
        let sheets = composed.sheets
        switch producer {
        case .sharedStrings:
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let book = try XLSXWriter.Workbook(path: folder.appendingPathComponent("OPD.xlsx").path)
            for sheet in sheets { try sheet.write(to: book.addWorksheet(sheet.name)) }
            try book.close()
        case .inlineStrings:
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try InlineXLSX.data(sheets).write(to: folder.appendingPathComponent("OPD.xlsx"))
        case .csvSemicolon, .csvComma:
            let opd = folder.appendingPathComponent("OPD")
            try FileManager.default.createDirectory(at: opd, withIntermediateDirectories: true)
            for sheet in sheets {
                let text = sheet.csv(delimiter: producer == .csvSemicolon ? ";" : ",")
                try Data(text.utf8).write(to: opd.appendingPathComponent(sheet.name + ".csv"))
            }
        }
    }
}

/// Every class of the document around the tables, with the layouts already handled, read
/// with zero false findings; planted defects found at their cells (issue 9).
struct RobustnessCorpusTests {
    /// Every furniture class by every producer: 52 submissions, every other one with two
    /// planted defects that do not touch each other.
    static let cases: [CorpusCase] = {
        let pairs: [[CorpusDefect]] = [
            [.jenisInvalid, .lfNoUnit], [.codeDuplicate, .lfPJMissing], [.dstRowLeft, .codeSeparator],
            [.parentMismatch, .jenisInvalid], [.codeSeparator, .lfNoUnit], [.dstRowLeft, .lfPJMissing],
            [.codeDuplicate, .codeSeparator], [.parentMismatch, .lfPJMissing],
        ]
        let prefixes = ["DKF", "KECKLB", "BPD", "DPM"]
        var result: [CorpusCase] = []
        for (f, furniture) in CorpusFurniture.allCases.enumerated() {
            for (p, producer) in CorpusProducer.allCases.enumerated() {
                let index = f * CorpusProducer.allCases.count + p
                let defects = (index + f) % 2 == 1 ? pairs[(index / 2) % pairs.count] : []
                result.append(CorpusCase(furniture: furniture, producer: producer, defects: defects, prefix: prefixes[p]))
            }
        }
        return result
    }()

    /// Written to a temporary folder, or kept in `PROBIS_CORPUS_DIR` when that is set (to run
    /// `probis check` on it by hand).
    static let report: CheckReport = {
        let kept = ProcessInfo.processInfo.environment["PROBIS_CORPUS_DIR"]
        let root = kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("probis-corpus-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: root) } }
        // Each case is a root of its own: its variants (the same tables as XLSX and as CSV) would
        // otherwise be one OPD sent several times (`submission.duplicate`, `submission.same_opd`).
        let roots = cases.map { root.appendingPathComponent("root-" + $0.name) }
        for (item, caseRoot) in zip(cases, roots) { try! item.write(under: caseRoot) }
        return CheckReport.merging(roots.map { try! CheckRun(jobs: 2).run(root: $0.path) })
    }()

    @Test func theCorpusHoldsAtLeastFortySubmissionsHalfOfThemClean() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.filter(\.defects.isEmpty).count * 2 == Self.cases.count)
        #expect(Set(Self.cases.flatMap(\.defects)) == Set(CorpusDefect.allCases))
        #expect(Self.report.submissions.count == Self.cases.count)
    }

    @Test("exact counts: 3 processes, 3 sub processes, 4 lintas fungsi, 5 activities", arguments: cases)
    func exactCounts(_ item: CorpusCase) throws {
        let submission = try #require(Self.report.submissions.first { $0.path == item.path })
        let counts = submission.counts
        let actual: [Int] = [counts.proses, counts.subProses, counts.lintasFungsi, counts.aktivitas]
        #expect(actual == [3, 3, 4, 5])
    }

    @Test("exactly the planted findings at warning and error level", arguments: cases)
    func plantedFindingsOnly(_ item: CorpusCase) throws {
        let submission = try #require(Self.report.submissions.first { $0.path == item.path })
        let found = submission.findings.filter { $0.severity != .info }.map { finding -> String in
            let flat = SamplesTests.flattened(finding)
            return finding.fix.map { flat.replacingOccurrences(of: " → \($0)", with: "") } ?? flat
        }
        #expect(found.sorted() == item.composed.expected.sorted())
    }

    @Test func hiddenRowsAreSaidOncePerSheetAsInfo() throws {
        for item in Self.cases where item.furniture == .mergedPJAndHiddenRows {
            let submission = try #require(Self.report.submissions.first { $0.path == item.path })
            let hidden = submission.findings.filter { $0.rule == RuleID.rowHidden }
            #expect(hidden.map(\.severity).allSatisfy { $0 == .info })
            let expected: [String] = item.producer.isCSV ? [] : ["Identifikasi Proses", "Lintas Fungsi"]
            #expect(hidden.compactMap { $0.location?.sheet } == expected)
        }
    }
}
