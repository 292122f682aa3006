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
        var reports: [CheckReport] = []
        for path in paths {
            let progress = ProgressBar.forTerminal(label: lang == .en ? "checking" : "memeriksa")
            do {
                reports.append(try CheckRun(jobs: jobs, progress: progress?.update).run(root: path))
            } catch {
                progress?.finish()
                throw Failure.exit(error, lang: lang)
            }
            progress?.finish()
        }
        let report = CheckReport.merging(reports)
        if let json {
            do { try JSONReport.write(report, language: lang, to: json) } catch { throw Failure.exit(error, lang: lang) }
        }
        let jsonText = format == .json ? JSONReport.render(report, language: lang) : ""
        let text = summary ? TextReport.renderSummary(report, language: lang) : TextReport.render(report, language: lang, quiet: quiet)
        Output.standard.write(format == .json ? jsonText : text)
        Output.standard.flush()
        if report.hasErrors { throw ExitCode(ExitStatus.findings) }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
