import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis check`: recognise the three instrument tables in every submission under the given
/// paths and report every problem with its cell.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Memeriksa kiriman tabel instrumen dan melaporkan setiap temuan beserta selnya.",
        discussion: "Checks instrument-table submissions and reports every finding with its cell. Exit: 0 clean, 1 errors found, 2 could not run."
    )

    @Argument(help: "Folder kiriman (<wilayah>/<opd>.xlsx atau <wilayah>/<opd>/*.csv) atau berkas.")
    var paths: [String]

    @Option(help: "Tulis laporan JSON ke berkas ini. / Write the JSON report to this file.")
    var json: String?

    @Option(help: "Format keluaran: text atau json.")
    var format: ReportFormat = .text

    @Option(help: "Bahasa pesan: id atau en.")
    var lang: Language = .fromEnvironment

    @Flag(help: "Hanya tampilkan galat. / Show only errors.")
    var quiet = false

    @Flag(help: "Hanya satu baris per kiriman dan jumlah total. / One line per submission and the totals.")
    var summary = false

    @Option(help: "Jumlah kiriman yang dibaca bersamaan. / Submissions read in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        try Failure.checkReportFile(json, roots: paths, lang: lang)
        for path in paths { Failure.warnIfUnfinished(path, lang: lang) }
        // The report is written as regions are checked: a province's findings are never all
        // in memory, and the terminal shows the first regions' lines while the rest is read.
        let root = paths.joined(separator: " ")
        let bar = CurrentBar()
        let printed: CheckReportSink = format == .json
            ? JSONReportWriter(root: root, language: lang) { bytes in bar.printing { Output.standard.write(bytes) } }
            : TextReportWriter(form: summary ? .summary : quiet ? .errorsOnly : .full, language: lang) { bytes in
                bar.printing { Output.standard.write(bytes) }
            }
        let file = json.map { JSONReportWriter(path: $0, root: root, language: lang) }
        let report = CheckReportStream([printed] + (file.map { [$0] } ?? []))
        let totals: CheckTotals
        do {
            for path in paths {
                bar.current = ProgressBar.forTerminal(label: lang == .en ? "checking" : "memeriksa")
                defer { bar.current?.finish(); bar.current = nil }
                try CheckRun(jobs: jobs, progress: bar.current?.update).run(root: path, into: report)
            }
            totals = try report.finish()
        } catch {
            file?.discard()
            throw Failure.exit(error, lang: lang)
        }
        Output.standard.flush()
        if totals.hasErrors { throw ExitCode(ExitStatus.findings) }
    }
}

/// The progress bar of the root being checked, if any: report lines printed meanwhile take it
/// off the terminal's line while they are written.
private final class CurrentBar {
    var current: ProgressBar?

    func printing(_ body: () -> Void) {
        guard let current else { return body() }
        current.interrupting {
            body()
            Output.standard.flush()
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
