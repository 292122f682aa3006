import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis query DIR "SQL"`: asks the regional map's database a question and prints the answer
/// as a tab-separated table (or CSV), for analysts who do not have sqlite3 at hand.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Menjalankan kueri SQL pada basis data hasil consolidate (probis.sqlite).",
        discussion: "Runs an SQL query on DIR/probis.sqlite written by consolidate; see docs/database.md."
    )

    @Argument(help: "Folder keluaran consolidate, atau berkas .sqlite. / Consolidate's output folder or the .sqlite file.")
    var database: String

    @Argument(help: "Kueri SQL. / The SQL query.")
    var sql: String

    @Flag(help: "Keluaran CSV (pemisah ;, dengan BOM). / CSV output (; separated, with a BOM).")
    var csv = false

    @Option(help: "Pemisah CSV (bawaan ;). / CSV separator (default ;).")
    var delimiter: CSVDelimiter = .semicolon

    @Option(help: "Bahasa pesan: id atau en.")
    var lang: Language = .fromEnvironment

    @Option(help: "Hentikan kueri setelah sekian detik. / Stop the query after this many seconds.")
    var timeout: Int = 30

    func run() throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: database, isDirectory: &isDirectory)
        let path = isDirectory.boolValue ? (database as NSString).appendingPathComponent(ConsolidateRun.databaseName) : database
        guard exists, FileManager.default.fileExists(atPath: path) else {
            Output.diagnostic(lang == .en ? "\(path): database not found (run probis consolidate first)."
                : "\(path): basis data tidak ditemukan (jalankan probis consolidate dahulu).")
            throw ExitCode(ExitStatus.failure)
        }
        let separator = csv ? String(delimiter.character) : "\t"
        let character = delimiter.character
        let format: (String?) -> String = { value in
            let text = value ?? ""
            return csv ? TextEscaping.csvField(text, delimiter: character) : TextEscaping.visible(text)
        }
        if csv { Output.standard.write("\u{FEFF}") }
        do {
            // Rows are printed as SQLite hands them over: a result of millions never sits in memory.
            try ProbisStore(path: path, readOnly: true).ask(
                sql, timeout: timeout,
                columns: { Output.standard.line($0.map(format).joined(separator: separator)) },
                row: { Output.standard.line($0.map(format).joined(separator: separator)) })
            Output.standard.flush()
        } catch {
            Output.standard.flush()
            throw Failure.exit(error, lang: lang)
        }
    }
}
