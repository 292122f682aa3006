import ArgumentParser
import Foundation
import Spreadsheet

/// probis: reads, checks and consolidates Peta Proses Bisnis instrument tables.
@main
struct Probis: ParsableCommand {
    /// Parses and runs a subcommand; a parse error is said in the user's language with exit 2.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            // --help and --version are answers, not errors.
            guard code != .success else { exit(withError: error) }
            let language = Language.requested(in: arguments)
            let name = arguments.first.flatMap { first in configuration.subcommands.first { $0._commandName == first }?._commandName } ?? ""
            Output.diagnostic(ArgumentErrors.message(fullMessage(for: error), language: language, command: name))
            Foundation.exit(ExitStatus.failure)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "probis",
        abstract: "Membaca, memeriksa, dan menghimpun tabel instrumen Peta Proses Bisnis.",
        discussion: "Reads, checks and consolidates Peta Proses Bisnis instrument tables (XLSX, XLS, ODS, CSV).",
        version: ProbisVersion.current,
        subcommands: [ConsolidateCommand.self, CheckCommand.self, DumpCommand.self, QueryCommand.self, TemplateCommand.self, ConvertCommand.self, FixCommand.self, RecodeCommand.self, PetaCommand.self, ServeCommand.self]
    )
}

enum ProbisVersion {
    static let current = "0.1.0"
}

/// Exit codes shared by every command (see REPORT-FORMAT.md).
enum ExitStatus {
    /// Nothing at error level.
    static let clean: Int32 = 0
    /// At least one error-level finding (for `dump`: a file that could not be read).
    static let findings: Int32 = 1
    /// The command could not run: bad arguments, nothing readable, cannot write output.
    static let failure: Int32 = 2
}
