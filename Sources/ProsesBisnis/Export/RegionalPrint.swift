import Spreadsheet
import XLSXWriter

/// What the regional workbooks add for paper: Ringkasan's title, legend and totals, the
/// running header and footer of every page, and Peta Relasi blocks that start on a page of
/// their own and repeat their header when they go on to the next.
///
/// No date is written into a cell: outputs must be byte-identical across runs. The footer
/// carries Excel's `&D` code instead, which the printing program fills with the day of
/// printing.
enum RegionalPrint {
    /// `Peta Proses Bisnis — <title>` on the left and the sheet's name on the right of every
    /// page's top; `Dicetak <date>` and `Halaman n dari m` at its foot.
    static func pageText(title: String, language: Language) -> (header: String, footer: String) {
        let english = language == .en
        let heading = (english ? "Business Process Map — " : "Peta Proses Bisnis — ") + PageText.literal(title)
        return ("&L" + heading + "&R&A",
                english ? "&LPrinted &D&RPage &P of &N" : "&LDicetak &D&RHalaman &P dari &N")
    }

    /// Ringkasan's rows above its header: the title, a legend of the STATUS fills, a blank row.
    static func ringkasanPreamble(title: String, language: Language) -> RegionalPagedSheet.Preamble {
        let english = language == .en
        let heading = english ? "SUMMARY OF THE BUSINESS PROCESS MAP — \(title)" : "RINGKASAN PETA PROSES BISNIS — \(title)"
        let legend: [(value: RegionalValue, style: CellStyle?)] = [
            (.text(english ? "STATUS colours:" : "Warna STATUS:"), RegionalStyles.legendLabel),
            (.text(english ? "Conforms: no error" : "Sesuai: tanpa galat"), RegionalStyles.conforms),
            (.text(english ? "Needs correction, Empty, Unreadable: has errors (see Temuan)"
                           : "Perlu perbaikan, Kosong, Tidak terbaca: ada galat (lihat lembar Temuan)"), RegionalStyles.needsFix),
        ]
        return [[(.text(heading), RegionalStyles.sheetTitle)], legend, []]
    }

    /// The totals under Ringkasan: the OPD count, each count column summed, how many need work.
    static func ringkasanTotals(_ sums: [Int: Int], opds: Int, needingFix: Int, language: Language) -> [RegionalValue] {
        let english = language == .en
        var row: [RegionalValue] = [.text(english ? "TOTAL" : "JUMLAH"), .text(english ? "\(opds) OPDs" : "\(opds) OPD"), .text("")]
        let counts = RegionalSheet.ringkasan.columns.indices.filter { RegionalSheet.ringkasan.columns[$0].kind == .count }
        row += counts.map { .number(sums[$0] ?? 0) }
        row.append(.text(english ? "\(needingFix) need correction" : "\(needingFix) perlu perbaikan"))
        row.append(.text(""))
        return row
    }

    static func continued(_ title: String, _ language: Language) -> String {
        title + (language == .en ? " (continued)" : " (lanjutan)")
    }
}

/// Writes one OPD's Peta Relasi block: title row, process codes and names across, a row per
/// unit with `√` where it takes part, and an empty row after.
///
/// Each block starts on a fresh printed page when it would not fit under the one before; a
/// block longer than a page goes on with its title and header rows repeated (Excel's print
/// titles are one range per sheet, which cannot follow stacked blocks).
struct RelasiBlockWriter {
    let sheet: RegionalPagedSheet
    let language: Language

    /// Process columns a part of a block holds: the unit column and eight processes print on
    /// landscape A4 at about 80 %; one OPD with thirty processes must not shrink every
    /// block of the sheet (fit to width is one scale per sheet) to an unreadable size.
    static let processesPerPart = 8

    /// The rows of a block under its header for the processes `part`, with their looks: one
    /// per unit, or a note.
    private func unitRows(_ relasi: PetaRelasi, _ part: Range<Int>) -> [(values: [RegionalValue], looks: [CellStyle?])] {
        guard !relasi.units.isEmpty else { return [([.text(RegionalText.noUnits(language))], [RegionalStyles.note])] }
        let looks: [CellStyle?] = [RegionalStyles.matrixUnit] + Array(repeating: RegionalStyles.matrixCell, count: part.count)
        return relasi.units.enumerated().map { unit, name in
            ([.text(name)] + part.map { process -> RegionalValue in
                .text(relasi.takesPart(unit: unit, process: process) ? RegionalText.mark : "")
            }, looks)
        }
    }

    /// Writes the block, in parts of `processesPerPart` processes when it has more, each part
    /// titled with the processes it shows.
    func write(_ relasi: PetaRelasi, title: String) throws {
        let count = relasi.processes.count
        let parts = stride(from: 0, to: max(count, 1), by: Self.processesPerPart).map { $0..<min($0 + Self.processesPerPart, count) }
        for part in parts {
            let label = parts.count == 1 ? title
                : title + (language == .en ? " — processes \(part.lowerBound + 1)–\(part.upperBound) of \(count)"
                                           : " — proses \(part.lowerBound + 1)–\(part.upperBound) dari \(count)")
            try write(relasi, part, title: label)
        }
    }

    private func write(_ relasi: PetaRelasi, _ part: Range<Int>, title: String) throws {
        let headerStyles = Array<CellStyle?>(repeating: RegionalStyles.matrixHeader, count: part.count + 1)
        let codes: [RegionalValue] = [.text(RegionalText.codeLabel(language))] + part.map { .text(relasi.processes[$0].kode) }
        let names: [RegionalValue] = [.text(RegionalText.unitLabel(language))] + part.map { .text(relasi.processes[$0].nama) }
        let units = unitRows(relasi, part)
        let head = WrappedText.lineHeight + sheet.rowHeight(codes, looks: headerStyles) + sheet.rowHeight(names, looks: headerStyles)
        let heights = units.map { sheet.rowHeight($0.values, looks: $0.looks) }
        try sheet.keepTogether(3 + units.count)
        // A block that fits on a page starts on a fresh one rather than being cut; a longer
        // one starts here unless only its header and a few rows would fit.
        let total = head + heights.reduce(0, +)
        if total > sheet.printedRoom,
           total <= RegionalPagedSheet.printedPageHeight || sheet.printedRoom < head + 3 * (heights.first ?? 0) {
            sheet.breakPrintedPage()
        }
        func header(_ text: String) throws {
            try sheet.write([.text(text)], styles: [RegionalStyles.title])
            try sheet.write(codes, styles: headerStyles)
            try sheet.write(names, styles: headerStyles)
        }
        try header(title)
        for (index, row) in units.enumerated() {
            if sheet.printedRoom < heights[index] {
                sheet.breakPrintedPage()
                try header(RegionalPrint.continued(title, language))
            }
            try sheet.write(row.values, styles: row.looks)
        }
        sheet.skipRow()
    }
}
