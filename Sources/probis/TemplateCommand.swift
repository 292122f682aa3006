import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet

/// `probis template`: writes the blank instrument workbook a province sends to its OPDs.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Menulis templat instrumen kosong untuk diisi OPD.",
        discussion: """
            Writes a blank instrument workbook (Petunjuk, Identifikasi Proses, Sub Proses, Lintas \
            Fungsi) with protected headers, dropdowns, help notes and text-formatted code columns. \
            An existing FILE is kept unless --force. Exit: 0 written, 2 could not write.
            """
    )

    @Option(name: .customLong("out"), help: "Berkas .xlsx yang ditulis. / The .xlsx file to write.")
    var out: String

    @Option(help: "Wilayah (kabupaten/kota) pada judul. / Region shown in the titles.")
    var region: String = ""

    @Option(help: "Nama OPD pada judul. / OPD shown in the titles.")
    var opd: String = ""

    @Option(help: "Prefiks kode, huruf saja (MTR → MTR.01, MTR.01.01). / Code prefix, letters only.")
    var prefix: String?

    @Option(help: "Unit kerja dipisah titik koma: \"Sekretariat;Bidang A\". / Units, separated by semicolons.")
    var units: String?

    @Option(help: "Bahasa petunjuk dan pesan: id atau en.")
    var lang: Language = .fromEnvironment

    @Flag(help: "Timpa FILE bila sudah ada. / Overwrite FILE when it exists.")
    var force = false

    func run() throws {
        do {
            let options = try TemplateOptions(region: region, opd: opd, prefix: prefix,
                                              units: units.map(TemplateOptions.units(from:)) ?? [], language: lang)
            try InstrumentTemplate.write(to: out, options: options, overwrite: force)
            Output.standard.line(Self.summary(options, path: out))
            Output.standard.flush()
        } catch {
            throw Failure.exit(error, lang: lang)
        }
    }

    /// One line saying what was written: where, for whom, with which units and code pattern.
    static func summary(_ options: TemplateOptions, path: String) -> String {
        let en = options.language == .en
        let units = options.units.isEmpty
            ? (en ? "unit columns ***** to fill in" : "kolom unit ***** untuk diisi")
            : (en ? "\(options.units.count) units" : "\(options.units.count) unit kerja")
        let pattern = options.prefix.map { ", \(en ? "code pattern" : "pola kode") \($0).01" } ?? ""
        return (en ? "Template written: " : "Templat ditulis: ") + "\(path) (\(units)\(pattern))"
    }
}
