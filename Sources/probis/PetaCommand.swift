import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis peta`: draws the maps of every submission under ROOT as a static HTML site (inline
/// SVG, no network), with each map also as a standalone SVG and each lintas fungsi as BPMN 2.0.
struct PetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peta",
        abstract: "Menggambar peta proses, sub proses, relasi dan lintas fungsi sebagai situs HTML, SVG dan BPMN.",
        discussion: """
            Writes into DIR: index.html, <wilayah>/index.html, <wilayah>/<opd>.html (maps inline, findings \
            linked to the elements they concern), <wilayah>/<opd>/*.svg and <wilayah>/<opd>/bpmn/<kode>.bpmn. \
            Open DIR/index.html in a browser; no network is needed. Exit: 0 clean, 1 errors found, 2 could not run.
            """
    )

    @Argument(help: "Folder kiriman: <wilayah>/<opd>.xlsx atau <wilayah>/<opd>/*.csv.")
    var root: String

    @Option(name: .customLong("out"), help: "Folder keluaran (tidak boleh di dalam ROOT). / Output folder.")
    var out: String

    @Option(help: "Bahasa pesan dan keluaran: id atau en.")
    var lang: Language = .id

    @Flag(help: "Tulis juga ke folder yang berisi berkas lain. / Write into a folder holding other files too.")
    var force = false

    @Option(help: "Jumlah kiriman yang diproses bersamaan. / Submissions processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        Failure.warnIfUnfinished(root, lang: lang)
        let progress = ProgressBar.forTerminal(label: lang == .en ? "drawing" : "menggambar")
        let result: PetaRun.Result
        do {
            var run = PetaRun(jobs: jobs, language: lang, progress: progress?.update)
            run.force = force
            result = try run.run(root: root, out: out)
        } catch {
            progress?.finish()
            throw Failure.exit(error, lang: lang)
        }
        progress?.finish()
        Output.standard.line(lang == .en
            ? "Maps of \(result.submissions) submissions in \(result.regions) regions: open \(result.index)"
            : "Peta \(result.submissions) kiriman di \(result.regions) wilayah: buka \(result.index)")
        Output.standard.flush()
        if result.hasErrors { throw ExitCode(ExitStatus.findings) }
    }
}
