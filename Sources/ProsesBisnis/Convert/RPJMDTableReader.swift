import Spreadsheet

/// Reads the RPJMD and Renstra tables of one workbook into an `RPJMDPlan`: every header found
/// in every visible sheet, then the rows under it until the next header, a signature or the end.
///
/// Rows are read as a workshop types them: a `Misi I : ...` row across the table opens a misi;
/// a row with a blank (or merged) Sasaran continues the sasaran above, and one with a blank
/// SKPD takes the SKPD of the rows above it *within the same sasaran* (a new sasaran needs its
/// own, or the programme is reported as unassigned rather than guessed); a cell holding an
/// enumeration (`1.1 ... 1.2 ...`) gives one item per number.
struct RPJMDTableReader {
    let file: String

    /// Reads every visible sheet of `workbook` into `plan`; a workbook with no table gives a
    /// `convert.no_table` finding.
    func read(_ workbook: Workbook, into plan: inout RPJMDPlan) {
        let before = plan.tables.count
        for sheet in workbook.sheets where sheet.visibility == .visible {
            let grid = Grid(sheet, file: file, isCSV: workbook.format == .csv)
            read(grid, into: &plan)
        }
        if plan.tables.count == before {
            plan.findings.append(ConvertFinding.noTable.finding(at: SourceLocation(file: file, sheet: nil, row: 0, column: nil)))
        }
    }

    private func read(_ grid: Grid, into plan: inout RPJMDPlan) {
        var headers: [RPJMDHeader] = []
        for row in 0..<grid.rowCount {
            if let header = RPJMDHeader.find(in: grid, row: row) { headers.append(header) }
        }
        for (index, header) in headers.enumerated() {
            let end = index + 1 < headers.count ? headers[index + 1].row : grid.rowCount
            plan.tables.append((header.kind, file, location(grid, header.row, nil)))
            if plan.regionFromTitle == nil { plan.regionFromTitle = Self.region(in: grid, above: header.row) }
            var reader = RowReader(file: file, grid: grid, header: header,
                                   titleSKPD: header.columns[.skpd] == nil ? Self.skpd(in: grid, above: header.row) : nil,
                                   misi: Self.misi(in: grid, above: header.row))
            for row in (header.row + 1)..<max(header.row + 1, end) {
                guard reader.read(row, into: &plan) else { break }
            }
            reader.finish(into: &plan)
        }
    }

    func location(_ grid: Grid, _ row: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(file: file, sheet: grid.sheetName, row: row, column: column)
    }

    /// The region a title above the table names: the words from `Kota`/`Kabupaten`/`Provinsi`
    /// up to `Tahun` or a year (`Kebijakan Umum ... Kota Metro Tahun 2016 – 2021` → `Kota Metro`).
    static func region(in grid: Grid, above row: Int) -> String? {
        for title in titles(grid, above: row) {
            let words = title.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let start = words.firstIndex(where: { ["KOTA", "KABUPATEN", "KAB.", "PROVINSI"].contains($0.uppercased()) }) else { continue }
            let name = words[start...].prefix { word in
                word.uppercased() != "TAHUN" && !word.contains(where: \.isNumber) && !["–", "-", ":"].contains(word)
            }
            guard name.count >= 2 else { continue }
            let region = name.joined(separator: " ").capitalized
            return region.hasPrefix("Kab. ") ? "Kabupaten " + region.dropFirst(5) : region
        }
        return nil
    }

    /// The OPD a Renstra title names (`RENSTRA DINAS KESEHATAN KOTA METRO` → `Dinas Kesehatan`),
    /// for a Renstra table without an SKPD column.
    static func skpd(in grid: Grid, above row: Int) -> String? {
        let starts: Set<String> = ["DINAS", "BADAN", "KANTOR", "SEKRETARIAT", "INSPEKTORAT", "KECAMATAN", "SATUAN", "RSUD", "BAGIAN", "BIRO"]
        for title in titles(grid, above: row) {
            let words = title.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let start = words.firstIndex(where: { starts.contains($0.uppercased()) }) else { continue }
            let name = words[start...].prefix { !["KOTA", "KABUPATEN", "KAB.", "PROVINSI", "TAHUN"].contains($0.uppercased()) }
            return name.joined(separator: " ").capitalized
        }
        return nil
    }

    /// A `MISI I : ...` row above the header (the Strategi table opens under its misi).
    static func misi(in grid: Grid, above row: Int) -> String? {
        stride(from: row - 1, through: max(0, row - 6), by: -1).lazy
            .compactMap { grid.texts($0).first.flatMap { RowReader.misi($0.text) } }.first
    }

    /// The texts of up to six rows above a header, nearest first; `VISI :` and `MISI :` rows
    /// are the plan's words, not titles (`Metro Kota Pendidikan ...` names no region).
    private static func titles(_ grid: Grid, above row: Int) -> [String] {
        stride(from: row - 1, through: max(0, row - 6), by: -1).compactMap { grid.texts($0).first?.text }
            .filter { title in
                let head = HeaderVocabulary.normalise(title)
                return !head.hasPrefix("VISI") && !head.hasPrefix("MISI")
            }
    }
}
