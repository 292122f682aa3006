import ArgumentParser
import Foundation
import ProbisServer
import ProsesBisnis
import Spreadsheet

/// `probis serve`: the web page for officers without a terminal. Each upload runs the same
/// pipeline as `consolidate`, in a job folder of its own under --data.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Menjalankan halaman web untuk mengunggah dan menghimpun kiriman.",
        discussion: """
            Serves a web page where officers upload a .zip or a folder of submissions, follow the \
            progress and download REKAP, the regional and validated workbooks, the database and the \
            JSON report. Listens on 127.0.0.1 unless --host says otherwise; any other host needs --token. \
            Jobs are kept in DATA/jobs/ and removed after --retention-days.
            """
    )

    @Option(help: "Alamat yang didengarkan. / Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port (0: pilih port bebas). / Port (0: any free port).")
    var port = 8080

    @Option(help: "Folder pekerjaan. / Folder for the jobs.")
    var data = "probis-data"

    @Option(help: "Kata sandi bersama; wajib bila --host bukan loopback. / Shared secret; required off loopback.")
    var token: String?

    @Option(help: "Hapus pekerjaan setelah sekian hari. / Delete jobs after this many days.")
    var retentionDays: Double = 7

    @Option(help: "Ukuran unggahan maksimum dalam MiB. / Largest upload in MiB.")
    var maxUploadMb = 256

    @Option(help: "Jumlah berkas maksimum per unggahan. / Most files in one upload.")
    var maxFiles = 2_000

    @Option(help: "Ukuran maksimum isi ZIP setelah dibuka, dalam MiB. / Largest unpacked size in MiB.")
    var maxUnpackedMb = 1_024

    /// The officers' language, not the server's locale: Indonesian unless `PROBIS_LANG` or
    /// `--lang` says otherwise (a server's `LANG=en_US.UTF-8` does not make the page English).
    @Option(help: "Bahasa halaman bawaan: id atau en (PROBIS_LANG). / The page's default language.")
    var lang: Language = ProcessInfo.processInfo.environment["PROBIS_LANG"].flatMap { Language(argument: String($0.prefix(2))) } ?? .id

    func run() throws {
        var options = ServerOptions(data: data)
        options.host = host
        options.port = port
        options.token = token ?? ProcessInfo.processInfo.environment["PROBIS_TOKEN"]
        options.language = lang
        options.retention = retentionDays * 24 * 3600
        options.limits.maxUploadBytes = maxUploadMb << 20
        options.limits.maxFiles = maxFiles
        options.limits.maxInflatedBytes = maxUnpackedMb << 20
        options.limits.maxEntryBytes = min(options.limits.maxEntryBytes, options.limits.maxInflatedBytes)
        options.limits.maxEntries = max(options.limits.maxEntries, maxFiles * 2)
        let language = lang
        do {
            try ProbisServer.runBlocking(options) { host, port in
                let shown = host.contains(":") ? "[\(host)]" : host
                // The address goes to stdout, alone on its line, for scripts and tests to read.
                Output.standard.line("http://\(shown):\(port)/")
                Output.standard.flush()
                Output.diagnostic(language == .en ? "probis serve: open http://\(shown):\(port)/ in a browser; Ctrl-C stops."
                    : "probis serve: buka http://\(shown):\(port)/ di peramban; Ctrl-C untuk berhenti.")
            }
        } catch let error as ServerError {
            Output.diagnostic(error.message(lang))
            throw ExitCode(ExitStatus.failure)
        } catch {
            throw Failure.exit(error, lang: lang)
        }
    }
}
