import ArgumentParser
import Foundation

/// probis: reads, checks and consolidates Peta Proses Bisnis instrument tables.
@main
struct Probis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probis",
        abstract: "Membaca, memeriksa, dan menghimpun tabel instrumen Peta Proses Bisnis.",
        discussion: "Reads, checks and consolidates Peta Proses Bisnis instrument tables (XLSX, CSV).",
        version: ProbisVersion.current,
        subcommands: [ConsolidateCommand.self, CheckCommand.self, DumpCommand.self, QueryCommand.self, TemplateCommand.self, FixCommand.self, RecodeCommand.self, PetaCommand.self]
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
