import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis recode`: renames codes by an explicit map and/or gives an OPD's codes a new
/// prefix, with the same cascade as `fix`, refusing any map that would break the data.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Mengganti kode menurut peta kode lama→baru atau awalan baru, beserta semua kode turunannya.",
        discussion: """
            --map MAP.csv: lines old;new (or old,new), optionally region and OPD columns to scope a \
            line; a header row is optional. Renaming MTR.01 renames MTR.01.xx, MTR.01.xx.yy and every \
            reference. --prefix "<wilayah>/<opd>=NEWPREFIX" (repeatable) writes NEWPREFIX in place of \
            everything before the first number of that OPD's codes (P1.2 → DPMPTSP.P1.2). Maps that \
            would create duplicates, chains or cycles, or name unknown regions/OPDs, are refused and \
            nothing is written. Outputs as fix. Exit: 0 no error left, 1 errors left, 2 could not run or refused.
            """
    )

    @Argument(help: "Folder kiriman (juga keluaran fix). / Submissions folder (fix's output too).")
    var root: String

    @Option(help: "Peta kode CSV: lama;baru[;wilayah;opd]. / Code map CSV.")
    var map: String?

    @Option(name: .customLong("prefix"), help: "\"<wilayah>/<opd>=AWALANBARU\" (boleh berulang). / Repeatable.")
    var prefixes: [String] = []

    @OptionGroup var options: CorrectionOptions


    func run() throws {
        guard map != nil || !prefixes.isEmpty else {
            Output.diagnostic(options.lang == .en ? "recode needs --map MAP.csv and/or --prefix \"<region>/<opd>=NEWPREFIX\"."
                : "recode memerlukan --map PETA.csv dan/atau --prefix \"<wilayah>/<opd>=AWALANBARU\".")
            throw ExitCode(ExitStatus.failure)
        }
        try options.checkOutputs(root: root)
        let progress = options.progressBar
        let run = options.run(progress: progress, command: "recode"), lang = options.lang, out = options.out
        let outcome: CorrectionOutcome, unused: [RecodeMapLine]
        do {
            let planner = try self.planner()
            let recoded = try planner.plan(try run.load(root: root, out: out))
            unused = planner.unusedLines(recoded)
            outcome = try run.finish(recoded, root: root, out: out)
        } catch {
            progress?.finish()
            throw Failure.exit(error, lang: lang)
        }
        progress?.finish()
        for line in unused {
            Output.diagnostic(lang == .en ? "\(map ?? ""):\(line.line): \(line.old.raw) was not found; the line changed nothing."
                : "\(map ?? ""):\(line.line): \(line.old.raw) tidak ditemukan; baris ini tidak mengubah apa pun.")
        }
        try options.finish(outcome)
    }

    /// The map and prefixes, every problem in them reported at once.
    private func planner() throws -> RecodePlanner {
        var problems: [RecodeProblem] = []
        var changes: [PrefixChange] = []
        for argument in prefixes {
            do { changes.append(try PrefixChange(argument)) } catch let refusal as RecodeRefusal { problems += refusal.problems }
        }
        var lines: [RecodeMapLine] = []
        if let map {
            do { lines = try RecodeMap.read(path: map) } catch let refusal as RecodeRefusal { problems += refusal.problems }
        }
        guard problems.isEmpty else { throw RecodeRefusal(problems) }
        return RecodePlanner(mapFile: map ?? "", lines: lines, prefixes: changes)
    }
}
