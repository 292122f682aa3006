import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis convert`: the workshop's RPJMD/Renstra worksheets → a draft instrument per SKPD.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Mengubah tabel RPJMD/Renstra lokakarya menjadi draf instrumen per SKPD.",
        discussion: """
            Reads the RPJMD tables (Strategi dan Arah Kebijakan; Kebijakan Umum dan Program \
            Pembangunan) and Renstra tables in SOURCES (XLSX, XLS, ODS, CSV files or folders) and writes \
            DIR/<wilayah>/<skpd>.xlsx, one draft instrument per SKPD in the layout of `probis template` \
            (one Utama process per Sasaran, one sub process per Program, one lintas fungsi per Kegiatan), \
            and DIR/konversi.xlsx, the summary. Exit: 0 written, 1 a file could not be read, 2 could not run.
            """
    )

    @Argument(help: "Berkas atau folder lembar kerja lokakarya. / Workshop worksheets (files or folders).")
    var sources: [String]

    @Option(name: .customLong("out"), help: "Folder keluaran. / Output folder.")
    var out: String

    @Option(help: "Wilayah draf (bawaan: dari judul tabel). / Region of the drafts (default: from the tables' title).")
    var region: String?

    @Option(help: "Prefiks kode satu SKPD: \"Dinas Kesehatan=DINKES\" (boleh berulang). / Code prefix of one SKPD (repeatable).")
    var prefix: [String] = []

    @Option(help: "Bahasa pesan dan keluaran: id atau en.")
    var lang: Language = .fromEnvironment

    @Flag(help: "Tulis juga ke folder yang berisi berkas lain. / Write into a folder holding other files too.")
    var force = false

    func run() throws {
        var run = ConvertRun(region: region, language: lang)
        run.force = force
        let result: ConvertRun.Result
        do {
            run.prefixes = try Self.prefixes(prefix)
            result = try run.run(sources: sources, out: out)
        } catch {
            throw Failure.exit(error, lang: lang)
        }
        Output.standard.write(ConvertReport.text(result, out: out, language: lang))
        Output.standard.flush()
        if result.hasErrors { throw ExitCode(ExitStatus.findings) }
    }

    /// `"Dinas Kesehatan=DINKES"` → ["Dinas Kesehatan": "DINKES"]; the last `=` splits, so an
    /// OPD name may hold one.
    static func prefixes(_ options: [String]) throws -> [String: String] {
        var result: [String: String] = [:]
        for option in options {
            guard let split = option.lastIndex(of: "=") else { throw ConvertError.malformedPrefix(option) }
            let opd = option[..<split].trimmingCharacters(in: .whitespaces)
            let prefix = option[option.index(after: split)...].trimmingCharacters(in: .whitespaces)
            guard !opd.isEmpty, !prefix.isEmpty else { throw ConvertError.malformedPrefix(option) }
            result[opd] = prefix
        }
        return result
    }
}
