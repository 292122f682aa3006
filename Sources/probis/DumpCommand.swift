import ArgumentParser
import Dispatch
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis dump`: shows what the reader sees in a file, cell by cell, for users and developers
/// puzzling over a strange submission; `--stats` reads whole folders and only counts.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Menampilkan isi berkas sel demi sel seperti yang dibaca probis.",
        discussion: "Shows every cell as probis reads it: sheet, A1 reference, kind and value."
    )

    @Argument(help: "Berkas XLSX/XLS/ODS/CSV atau folder. / XLSX/XLS/ODS/CSV files or folders.")
    var paths: [String]

    @Option(help: "Format keluaran: text, csv, json.")
    var format: DumpFormat = .text

    @Option(help: "Pemisah CSV (bawaan ;). / CSV separator (default ;).")
    var delimiter: CSVDelimiter = .semicolon

    @Flag(help: "Isi sel gabungan dengan nilai kiri-atasnya. / Fill merged areas with their top-left value.")
    var fillMerged = false

    @Flag(help: "Hanya hitung berkas, lembar, dan sel. / Only count files, sheets and cells.")
    var stats = false

    @Option(help: "Jumlah berkas yang dibaca bersamaan (dengan --stats). / Files read in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Bahasa pesan: id atau en.")
    var lang: Language = .fromEnvironment

    func run() throws {
        let files: [String]
        do {
            files = try InputFiles.expand(paths)
        } catch let missing as InputFiles.Missing {
            Output.diagnostic(lang == .en ? "\(missing.path): not found." : "\(missing.path): tidak ditemukan.")
            throw ExitCode(ExitStatus.failure)
        }
        let failures = stats ? runStats(files) : runDump(files)
        Output.standard.flush()
        if failures > 0 { throw ExitCode(failures == files.count ? ExitStatus.failure : ExitStatus.findings) }
    }

    private func runDump(_ files: [String]) -> Int {
        let printer = CellPrinter(format: format, delimiter: delimiter.character)
        printer.begin()
        var failures = 0
        for (index, file) in files.enumerated() {
            do {
                var workbook = try SpreadsheetReader().read(path: file)
                if fillMerged {
                    workbook.sheets = workbook.sheets.map { $0.fillingMergedRanges() }
                }
                printer.print(workbook, isFirst: index == 0)
            } catch {
                failures += 1
                Output.diagnostic(Self.describe(error, file: file, lang: lang))
            }
        }
        printer.end()
        return failures
    }

    private func runStats(_ files: [String]) -> Int {
        let totals = StatsCounter()
        let queue = DispatchQueue(label: "probis.dump.stats")
        let next = WorkCounter()
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let reader = SpreadsheetReader()
            while let index = next.take(below: files.count) {
                do {
                    let workbook = try reader.read(path: files[index])
                    let cells = workbook.sheets.reduce(0) { $0 + $1.cells.count }
                    queue.sync { totals.add(sheets: workbook.sheets.count, cells: cells) }
                } catch {
                    queue.sync { totals.failures += 1 }
                    Output.diagnostic(Self.describe(error, file: files[index], lang: lang))
                }
            }
        }
        Output.standard.line("files=\(files.count) sheets=\(totals.sheets) cells=\(totals.cells) errors=\(totals.failures)")
        return totals.failures
    }

    static func describe(_ error: Error, file: String, lang: Language) -> String {
        if error is DescribedError { return ProbisError(error).message(lang) }
        return "\(file): \(ProbisError(error).message(lang))"
    }
}

enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

/// The separators a `--delimiter` may name: `;` (Excel in Indonesia), `,` or a tab.
enum CSVDelimiter: String, ExpressibleByArgument, CaseIterable {
    case semicolon = ";", comma = ",", tab

    init?(argument: String) {
        switch argument.lowercased() {
        case ";", "semicolon", "titikkoma": self = .semicolon
        case ",", "comma", "koma": self = .comma
        case "tab", "\t": self = .tab
        default: return nil
        }
    }

    var character: Character {
        switch self {
        case .semicolon: ";"
        case .comma: ","
        case .tab: "\t"
        }
    }
}


/// Totals of a `--stats` run; only touched on one serial queue.
private final class StatsCounter: @unchecked Sendable {
    var sheets = 0
    var cells = 0
    var failures = 0

    func add(sheets: Int, cells: Int) {
        self.sheets += sheets
        self.cells += cells
    }
}
