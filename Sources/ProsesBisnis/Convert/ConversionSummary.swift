import Foundation
import Spreadsheet
import XLSXWriter

/// `konversi.xlsx`: what `probis convert` made of the plan, for the person who sends the
/// drafts out. `Ringkasan`: per SKPD its spellings, prefix, counts and draft; `Rincian`: every
/// code given with the sasaran, programme or kegiatan it came from and its cell; `Temuan`:
/// every row that could not be assigned, with its cell; `Tabel`: the tables recognised.
struct ConversionSummary {
    let result: ConvertRun.Result
    let out: String
    let language: Language

    private var en: Bool { language == .en }
    /// The column of `Ringkasan` naming each draft, relative to the output folder; a later run
    /// reads it to remove the drafts it does not write again.
    static let draftColumn = 7
    private static let header = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true, vertical: .top)
    private static let cell = CellStyle(border: true, wrap: true, vertical: .top)

    func write(to path: String) throws {
        let book = try XLSXWriter.Workbook(path: path, properties: DocumentProperties(
            title: en ? "Conversion of the RPJMD tables" : "Konversi tabel RPJMD", subject: result.region, author: "probis"))
        try sheet(book, en ? "Ringkasan" : "Ringkasan", widths: [34, 44, 16, 18, 10, 10, 10, 44], rows: summaryRows)
        try sheet(book, "Rincian", widths: [28, 14, 20, 50, 60, 40], rows: detailRows)
        try sheet(book, "Temuan", widths: [50, 12, 28, 90], rows: findingRows)
        try sheet(book, "Tabel", widths: [44, 60, 24], rows: tableRows)
        try book.close()
    }

    private func sheet(_ book: XLSXWriter.Workbook, _ name: String, widths: [Double], rows: [[String]]) throws {
        let sheet = try book.addWorksheet(name)
        for (column, width) in widths.enumerated() { try sheet.setColumnWidth(width, first: column) }
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() {
                try sheet.write(ExcelText.fitted(value), row: row, column: column, style: row == 0 ? Self.header : Self.cell)
            }
        }
        try sheet.freezePanes(row: 1)
        if rows.count > 1 {
            try sheet.setAutofilter(SheetRange(firstRow: 0, firstColumn: 0, lastRow: rows.count - 1, lastColumn: widths.count - 1))
        }
        try ValidatedRenderer.printSetup(sheet, header: 0...0)
    }

    private var summaryRows: [[String]] {
        let head = en ? ["SKPD", "Written as", "Code prefix", "Prefix from", "Processes", "Sub processes", "Lintas fungsi", "Draft"]
            : ["SKPD", "Ditulis sebagai", "Prefiks kode", "Asal prefiks", "Proses", "Sub proses", "Lintas fungsi", "Draf"]
        return [head] + zip(result.drafts, result.paths).map { draft, path in
            [draft.skpd, draft.spellings.joined(separator: "; "), draft.prefix,
             draft.prefixGiven ? "--prefix" : (en ? "derived from the name" : "singkatan nama"),
             String(draft.proses.count), String(draft.proses.reduce(0) { $0 + $1.subProses.count }),
             String(draft.proses.reduce(0) { $0 + $1.subProses.reduce(0) { $0 + $1.lintasFungsi.count } }),
             Self.relative(path, to: out)]
        }
    }

    private var detailRows: [[String]] {
        var rows = [en ? ["SKPD", "Level", "Code", "Name", "From the plan", "Source cell"]
                       : ["SKPD", "Tingkat", "Kode", "Nama", "Dari rencana", "Sel sumber"]]
        for draft in result.drafts {
            for proses in draft.proses {
                let cascade = [proses.misi, proses.tujuan.map { "Tujuan: \($0)" }].compactMap { $0 }.joined(separator: " › ")
                let from = "Sasaran \(proses.sasaran.numbered)" + (cascade.isEmpty ? "" : " (\(cascade))")
                rows.append([draft.skpd, "Proses", proses.kode, proses.nama, from, Self.place(proses.sasaran.location)])
                for sub in proses.subProses {
                    rows.append([draft.skpd, "Sub proses", sub.kode, sub.nama, sub.program.text, sub.locations.map(Self.place).joined(separator: "; ")])
                    for lf in sub.lintasFungsi {
                        rows.append([draft.skpd, "Lintas fungsi", lf.kode, lf.nama, lf.kegiatan.text, Self.place(lf.kegiatan.location)])
                    }
                }
            }
        }
        return rows
    }

    private var findingRows: [[String]] {
        let head = en ? ["Cell", "Severity", "Rule", "Message"] : ["Sel", "Tingkat", "Aturan", "Pesan"]
        return [head] + result.plan.findings.map { finding in
            [finding.location.map(Self.place) ?? "", ConvertReport.severity(finding.severity, language), finding.rule.rawValue,
             finding.message.text(language)]
        }
    }

    private var tableRows: [[String]] {
        [en ? ["Table", "File", "Header"] : ["Tabel", "Berkas", "Judul kolom"]]
            + result.plan.tables.map { [$0.kind.title(language), $0.file, $0.location.description] }
    }

    /// `RPJMD.xlsx › Kebijakan Umum!C6`.
    static func place(_ location: SourceLocation) -> String {
        let file = location.file.map { ($0 as NSString).lastPathComponent } ?? ""
        guard location.sheet != nil || location.row > 0 else { return file }
        return file.isEmpty ? location.description : "\(file) › \(location.description)"
    }

    static func relative(_ path: String, to folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
