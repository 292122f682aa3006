import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis consolidate`: the main job. Checks every submission under ROOT and writes the
/// validated workbooks, the regional workbooks, REKAP.xlsx and the database into DIR.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Menghimpun semua kiriman menjadi peta wilayah dan buku kerja tervalidasi.",
        discussion: """
            Writes into DIR: <wilayah>/<opd>.xlsx per submission (problems marked), <wilayah>.xlsx \
            per region, REKAP.xlsx, probis.sqlite, laporan.json and the maps in peta/ (as probis peta \
            draws them; --no-maps leaves them out). Originals are never modified. \
            A re-run re-reads only submissions whose content changed. Exit: 0 clean, 1 errors found, \
            2 could not run.
            """
    )

    @Argument(help: "Folder kiriman: <wilayah>/<opd>.xlsx atau <wilayah>/<opd>/*.csv.")
    var root: String

    @Option(name: .customLong("out"), help: "Folder keluaran (tidak boleh di dalam ROOT). / Output folder.")
    var out: String

    @Option(help: "Salin laporan JSON ke berkas ini. / Also write the JSON report here.")
    var json: String?

    @Option(help: "Bahasa pesan dan keluaran: id atau en.")
    var lang: Language = .fromEnvironment

    @Flag(help: "Tulis juga ke folder yang berisi berkas lain. / Write into a folder holding other files too.")
    var force = false

    @Flag(help: "Tanpa ringkasan per wilayah. / No per-region summary.")
    var quiet = false

    @Flag(name: .customLong("no-maps"), help: "Tanpa peta di peta/. / Do not draw the maps into peta/.")
    var noMaps = false

    @Option(help: "Jumlah kiriman yang diproses bersamaan. / Submissions processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        try Failure.checkReportFile(json, roots: [root], lang: lang)
        Failure.warnIfUnfinished(root, lang: lang)
        let progress = ProgressBar.forTerminal(label: lang == .en ? "consolidating" : "menghimpun")
        let result: ConsolidateResult
        do {
            var run = ConsolidateRun(jobs: jobs, language: lang, progress: progress?.update)
            run.force = force
            run.maps = !noMaps
            let language = lang
            run.stage = { progress?.setStage($0.text(language)) }
            result = try run.run(root: root, out: out)
        } catch {
            progress?.finish()
            throw Failure.exit(error, lang: lang)
        }
        progress?.finish()
        if result.repairedInterruptedRun {
            Output.diagnostic(lang == .en ? "The previous run into \(out) had not finished: every output was written anew."
                : "Proses sebelumnya ke \(out) tidak selesai: semua keluaran ditulis ulang.")
        }
        if let json {
            try Failure.copyReport((out as NSString).appendingPathComponent(ConsolidateRun.reportName), to: json, lang: lang)
        }
        Output.standard.write(ConsolidateSummary.render(result, quiet: quiet, language: lang))
        Output.standard.flush()
        if result.hasErrors { throw ExitCode(ExitStatus.findings) }
    }
}

/// The terminal summary of a consolidation: per region, then where the outputs are.
enum ConsolidateSummary {
    static func render(_ result: ConsolidateResult, quiet: Bool, language: Language) -> String {
        let en = language == .en
        var lines: [String] = []
        if !quiet {
            for region in result.regions {
                let counts = en ? "\(region.submissions) submissions, \(region.errors) errors, \(region.warnings) warnings"
                    : "\(region.submissions) kiriman, \(region.errors) galat, \(region.warnings) peringatan"
                lines.append("\(region.name): \(counts) → \(region.workbook)")
            }
        }
        let submissions = result.regions.reduce(0) { $0 + $1.submissions }
        let errors = result.regions.reduce(0) { $0 + $1.errors }
        let warnings = result.regions.reduce(0) { $0 + $1.warnings }
        if result.unchanged {
            lines.append(en ? "No submission changed since the last run; outputs are up to date."
                : "Tidak ada kiriman yang berubah sejak proses terakhir; keluaran sudah mutakhir.")
        } else {
            lines.append(en ? "Read \(result.reread) submissions, reused \(result.reused) from the database."
                : "Dibaca \(result.reread) kiriman, \(result.reused) diambil dari basis data.")
        }
        lines.append(en ? "Total: \(result.regions.count) regions, \(submissions) submissions, \(errors) errors, \(warnings) warnings."
            : "Jumlah: \(result.regions.count) wilayah, \(submissions) kiriman, \(errors) galat, \(warnings) peringatan.")
        lines.append((en ? "Outputs in " : "Keluaran di ") + "\(result.out)/: REKAP.xlsx, <wilayah>.xlsx, <wilayah>/<opd>.xlsx, probis.sqlite, laporan.json"
            + (result.mapsIndex == nil ? "" : ", peta/"))
        if let maps = result.mapsIndex { lines.append((en ? "Maps: open " : "Peta: buka ") + maps) }
        if let collisions = result.collisions { lines.append(collisionHint(collisions, language: language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Codes colliding between OPDs of a region are mended by giving OPDs their own prefix:
    /// say how, with the first colliding OPD as the example.
    static func collisionHint(_ collisions: CodeCollisions, language: Language) -> String {
        let argument = "--prefix \"\(collisions.exampleRegion)/\(collisions.exampleOPD)=\(suggestedPrefix(collisions.exampleOPD)).\""
        return language == .en
            ? "Codes collide between OPDs in \(collisions.regions) region(s) (region.code_collision): give each OPD its own prefix, e.g. probis recode <folder> --out <new folder> \(argument)"
            : "Kode bertabrakan antar-OPD di \(collisions.regions) wilayah (region.code_collision): beri tiap OPD awalan sendiri, mis. probis recode <folder> --out <folder baru> \(argument)"
    }

    /// A short name as the OPD writes it (`DPMPTSP`), else its initials (`Bagian Organisasi` → `BO`).
    static func suggestedPrefix(_ opd: String) -> String {
        let words = opd.split(whereSeparator: { !$0.isLetter })
        if words.count == 1, let word = words.first, word.count <= 10 { return word.uppercased() }
        let initials = String(words.compactMap(\.first)).uppercased()
        return initials.isEmpty ? "OPD" : String(initials.prefix(10))
    }
}
