import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis fix`: applies every fix that is safe without a human and writes corrected
/// workbooks and a change log; originals are never touched.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Memperbaiki otomatis temuan yang aman diperbaiki dan menulis buku kerja hasil perbaikan.",
        discussion: """
            Applies safe fixes (code separators/padding/case, numeric codes, certain parent \
            mismatches with their cascade to child codes and references, JENIS PROSES synonyms, \
            typos and case, surrounding spaces, NO numbering) and writes DIR/<wilayah>/<opd>.xlsx, \
            DIR/perubahan.csv and DIR/perubahan.json. Rules for --only: \
            \(CorrectionRule.fixable.map(\.rawValue).joined(separator: ", ")). Exit: 0 no error left, 1 errors left, 2 could not run.
            """
    )

    @Argument(help: "Folder kiriman: <wilayah>/<opd>.xlsx atau <wilayah>/<opd>/*.csv.")
    var root: String

    @Option(help: "Hanya aturan ini, dipisah koma. / Only these rules, comma-separated.")
    var only: String?

    @OptionGroup var options: CorrectionOptions

    func run() throws {
        let rules = try selectedRules()
        try options.checkOutputs(root: root)
        let progress = options.progressBar
        let run = options.run(progress: progress, command: "fix")
        let outcome: CorrectionOutcome
        do {
            let planner = FixPlanner(rules: rules)
            outcome = try run.run(root: root, out: options.out) { planner.fix($0) }
        } catch {
            progress?.finish()
            throw Failure.exit(error, lang: options.lang)
        }
        progress?.finish()
        try options.finish(outcome)
    }

    /// The `--only` rules, all fixable rules without it; an unknown id is exit 2.
    private func selectedRules() throws -> Set<RuleID> {
        guard let only else { return Set(CorrectionRule.fixable) }
        let requested = only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let known = Dictionary(uniqueKeysWithValues: CorrectionRule.fixable.map { ($0.rawValue, $0) })
        let unknown = requested.filter { known[$0] == nil }
        guard unknown.isEmpty, !requested.isEmpty else {
            let list = CorrectionRule.fixable.map(\.rawValue).joined(separator: ", ")
            let names = unknown.joined(separator: ", ")
            Output.diagnostic(options.lang == .en ? "--only: unknown rule \(names); fix knows: \(list)."
                : "--only: aturan \(names) tidak dikenal; aturan yang dapat diperbaiki: \(list).")
            throw ExitCode(ExitStatus.failure)
        }
        return Set(requested.compactMap { known[$0] })
    }
}

/// The options `fix` and `recode` share, and what both do after correcting: the JSON report,
/// the printout, the exit status.
struct CorrectionOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "Folder keluaran (tidak boleh di dalam ROOT). / Output folder.")
    var out: String

    @Flag(help: "Hanya tampilkan perubahan, tidak menulis apa pun (juga tidak --json). / Show the changes, write nothing (not even --json).")
    var dryRun = false

    @Option(help: "Bahasa pesan: id atau en.")
    var lang: Language = .fromEnvironment

    @Option(help: "Tulis laporan JSON temuan yang tersisa ke berkas ini. / Write the JSON report of what is left.")
    var json: String?

    @Option(help: "Jumlah kiriman yang diproses bersamaan. / Submissions processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Tulis juga ke folder yang berisi berkas lain. / Write into a folder holding other files too.")
    var force = false

    /// Refuses, before anything is read, a `--json` inside the root or over a foreign file.
    func checkOutputs(root: String) throws {
        if !dryRun { try Failure.checkReportFile(json, roots: [root], lang: lang) }
        Failure.warnIfUnfinished(root, lang: lang)
    }

    /// A progress bar on a terminal, for a root of many files.
    var progressBar: ProgressBar? { ProgressBar.forTerminal(label: lang == .en ? "correcting" : "memperbaiki") }

    func run(progress: ProgressBar?, command: String) -> CorrectionRun {
        var run = CorrectionRun(jobs: jobs, language: lang, dryRun: dryRun, progress: progress?.update)
        run.force = force
        run.command = command
        return run
    }

    func finish(_ outcome: CorrectionOutcome) throws {
        try CorrectionOutput.finish(outcome, out: out, json: dryRun ? nil : json, dryRun: dryRun, lang: lang)
    }
}

enum CorrectionOutput {
    static func finish(_ outcome: CorrectionOutcome, out: String, json: String?, dryRun: Bool, lang: Language) throws {
        if let json {
            do { try JSONReport.write(outcome.report, language: lang, to: json) } catch { throw Failure.exit(error, lang: lang) }
        }
        if dryRun { Output.standard.write(CorrectionPrinter.changes(outcome.changes, language: lang)) }
        Output.standard.write(CorrectionPrinter.summary(outcome, out: out, dryRun: dryRun, language: lang))
        Output.standard.flush()
        if outcome.report.hasErrors { throw ExitCode(ExitStatus.findings) }
    }
}
