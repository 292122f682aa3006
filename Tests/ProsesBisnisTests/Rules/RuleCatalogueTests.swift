import Testing
import XLSXWriter
@testable import ProsesBisnis

/// A clean submission in the style of one seed OPD: every process with its sub processes and
/// their lintas fungsi, and one lintas fungsi table whose block names `block`.
struct CleanSeed: CustomTestStringConvertible, Sendable {
    var label: String
    var tree: [(proses: String, subs: [(code: String, lintas: [String])])]
    var block: (proses: String, sub: String, lintas: String?)
    var pattern: String
    var testDescription: String { label }

    var builder: SubmissionBuilder {
        var b = SubmissionBuilder()
        let jenis = ["Utama", "Manajemen", "Pendukung"]
        var row = 2
        for (n, item) in tree.enumerated() {
            b.proses(2 + n, "Proses \(n + 1)", jenis[n % 3], item.proses)
            b.group(row, "Proses \(n + 1)", item.proses)
            row += 1
            for sub in item.subs {
                b.sub(row, "Sub proses \(sub.code)", sub.code, lintas: sub.lintas.first.map { "Lintas \($0)" }, sub.lintas.first)
                row += 1
                for lintas in sub.lintas.dropFirst() {
                    b.lintas(row, "Lintas \(lintas)", lintas)
                    row += 1
                }
            }
        }
        b.table(1, proses: block.proses, sub: block.sub, lintas: block.lintas, units: ["Sekretariat", "Seksi Pelayanan"], [
            A(uraian: "Menerima berkas", units: [1], pj: "Seksi Pelayanan"),
            A(uraian: "Menandatangani", units: [0, 1], pj: "Sekretaris"),
        ])
        return b
    }
}

struct RuleCatalogueTests {
    static let seeds: [CleanSeed] = [
        CleanSeed(label: "000 Kota Metro", tree: [
            ("MTR.01", [("MTR.01.01", ["MTR.01.01.01", "MTR.01.01.02"]), ("MTR.01.02", ["MTR.01.02.01"])]),
            ("MTR.02", [("MTR.02.01", ["MTR.02.01.01"])]),
            ("MTR.03", []),
        ], block: ("MTR.01", "MTR.01.01", "MTR.01.01.02"), pattern: "MTR.NN.NN.NN"),
        CleanSeed(label: "002 Klambu with CFM", tree: [
            ("KECKLB.01", []),
            ("KECKLB.02", [("KECKLB.02.01", ["KECKLB.02.01.CFM.01"]),
                           ("KECKLB.02.02", ["KECKLB.02.02.CFM.01", "KECKLB.02.02.CFM.02"])]),
        ], block: ("KECKLB.02", "KECKLB.02.02", "KECKLB.02.02.CFM.02"), pattern: "KECKLB.NN.NN.CFM.NN"),
        CleanSeed(label: "003 NTT", tree: [
            ("BO-01", [("BO-01.1", []), ("BO-01.2", [])]),
            ("BO-02", [("BO-02.1", [])]),
            ("BO-03", [("BO-03.1", []), ("BO-03.2", []), ("BO-03.3", [])]),
        ], block: ("BO-03", "BO-03.2", nil), pattern: "BO-NN.N"),
        CleanSeed(label: "004 Pasuruan with deeper lintas fungsi", tree: [
            ("P1", [("P1.1", []), ("P1.2", ["P1.2.1", "P1.2.1.1", "P1.2.1.2"])]),
            ("P2", [("P2.1", ["P2.1.1"])]),
        ], block: ("P1", "P1.2", "P1.2.1.2"), pattern: "PN.N.N.N"),
    ]

    @Test("a clean submission of a seed style yields no findings", arguments: seeds)
    func cleanSeedHasNoFindings(_ seed: CleanSeed) {
        let checked = RuleCatalogue.checkWithStyle(seed.builder.submission)
        #expect(checked.codeStyle?.pattern == seed.pattern)
        #expect(hits(checked.submission.findings) == [])
    }

    /// A submission taken back from the database is given the style its check inferred.
    @Test("the style of a stored submission is the style its check inferred", arguments: seeds)
    func storedSubmissionGetsItsCheckedStyle(_ seed: CleanSeed) {
        let checked = RuleCatalogue.checkWithStyle(seed.builder.submission)
        #expect(RuleContext.codeStyle(of: checked.submission) == checked.codeStyle)
        #expect(checked.codeStyle != nil)
    }

    @Test func catalogueHasEveryRuleOnce() {
        let ids = RuleCatalogue.all.map { type(of: $0).id }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == [
            RuleID.codeMissing, RuleID.codeMalformed, RuleID.codeSeparator, RuleID.codeNumeric, RuleID.codeDuplicate,
            RuleID.codeParentMismatch, RuleID.refUnknownParent, RuleID.jenisInvalid, RuleID.jenisSynonym,
            RuleID.placeholderLeft, RuleID.lfNoUnit, RuleID.lfPJMissing, RuleID.lfPJNotUnit, RuleID.textTooLong, RuleID.submissionEmpty,
        ])
    }

    @Test func anEmptySubmissionIsOneErrorInsteadOfThreeMissingTables() {
        var empty = Submission(path: "Kota Metro/Dinas.xlsx", region: "Kota Metro", opd: "Dinas", format: .xlsx)
        TableRecognizer.reportMissingTables(in: &empty, found: [])
        let checked = RuleCatalogue.checkWithStyle(empty).submission
        #expect(checked.findings.map(\.rule) == [RuleID.submissionEmpty])
        #expect(checked.findings.first?.severity == .error)

        var unreadable = Submission(path: "surat.pdf", region: "Kota Metro", opd: "surat", format: .xlsx)
        unreadable.findings = [Finding(rule: RuleID.tableUnreadable, severity: .error, location: nil,
                                       message: LocalizedText(id: "PDF", en: "PDF"))]
        #expect(RuleCatalogue.checkWithStyle(unreadable).submission.findings.map(\.rule) == [RuleID.tableUnreadable])
    }

    /// The ids recognition reports are documented beside the others (README's list of the
    /// probis-specific rules names the info ones).
    @Test func recognitionRulesAreDocumented() throws {
        let readme = try String(contentsOfFile: SamplesTests.root + "/../README.md", encoding: .utf8)
        for rule in RecognitionFindings.rules where rule.severity == .info && rule.id != RuleID.headerUnknownColumn {
            #expect(readme.contains("`\(rule.id)`"), "\(rule.id)")
        }
        #expect(Set(RecognitionFindings.rules.map(\.id)).isDisjoint(with: RuleCatalogue.all.map { type(of: $0).id }))
    }

    /// A submission with one of everything wrong, so that every rule fires at least once.
    static var messy: SubmissionBuilder {
        var b = metro()
        b.proses(4, "Keuangan", "Inti", "MTR.1")
        b.proses(5, "Aset", "Lain-lain", "#3")
        b.proses(6, "Arsip", "Pendukung", nil)
        b.group(7, "Perencanaan", "MTR.01")
        b.sub(8, "Salah kelompok", "MTR.02.03")
        b.sub(9, "Tanpa induk", "MTR.05.01")
        b.sub(10, "Pola lain", "XYZ.01.01")
        b.sub(11, "dst...", "MTR.01.04")
        b.sub(12, "Pemisah lain", "MTR-01-05")
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.07", units: ["Sekretariat"], [
            A(uraian: "Menyusun", units: [], pj: nil), A(uraian: "Memeriksa", units: [0], pj: "Camat"),
        ])
        return b
    }

    @Test func everyRuleFiresWithItsSeverityAndMessagesInBothLanguages() {
        // Rules about the cells of a submission; `submission.empty` is about the whole (tested
        // above), `text.too_long` needs 32 KB of text (tested with the writers).
        let rules = RuleCatalogue.all.filter { !($0 is SubmissionEmptyRule) && !($0 is TextTooLongRule) }
        let findings = rules.flatMap { $0.check(RuleContext(submission: Self.messy.submission)) }
        let severities = Dictionary(uniqueKeysWithValues: rules.map { (type(of: $0).id, type(of: $0).severity) })
        #expect(Set(findings.map(\.rule)) == Set(severities.keys))
        for finding in findings {
            #expect(finding.severity == severities[finding.rule], "\(finding.rule)")
            #expect(!finding.message.id.isEmpty && !finding.message.en.isEmpty && finding.message.id != finding.message.en,
                    "\(finding.rule): \(finding.message.id)")
            #expect(finding.location != nil, "\(finding.rule) has no location")
        }
    }
}

/// `text.too_long` and the writers agree on Excel's limit.
struct TextTooLongRuleTests {
    @Test func theRuleUsesTheWritersLimitAndNamesTheCell() {
        #expect(TextTooLongRule.limit == ExcelLimits.maxTextLength)
        var builder = SubmissionBuilder()
        builder.proses(2, String(repeating: "a", count: 32_768), "Utama", "MTR.01")
        builder.proses(3, String(repeating: "b", count: 32_767), "Utama", "MTR.02")
        let findings = TextTooLongRule().check(RuleContext(submission: builder.submission))
        #expect(findings.map { $0.location?.description } == ["Proses!B2"])
    }
}
