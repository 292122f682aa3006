/// Reads one Tabel Identifikasi Lintas Fungsi: its key/value block, its unit columns (named in
/// a second header row under UNIT KERJA TERKAIT, or directly in the header row) and its
/// activities with the units marked for each.
struct LintasFungsiTableReader {
    let header: TableHeader
    let grid: Grid

    /// Marks that mean "not taking part" although the cell is not empty.
    private static let nonMarks: Set<String> = ["-", "–", "—", "0", "X̶"]

    /// Reads the table; `previousEnd` is the first row after the table above it, so the
    /// key/value block search does not reach into it.
    func read(rows: Range<Int>, previousEnd: Int, into submission: inout Submission) {
        let block = KeyValueBlock.read(above: header.row, notBefore: previousEnd, grid: grid, span: header.span)
        let (units, unitColumns, unitRow) = self.units(placeholders: &submission.placeholders)
        var kegiatan: [Kegiatan] = []
        rows: for index in rows where index != unitRow {
            switch grid.classify(index, in: header.span, keyValueAllowed: true) {
            case .mergedTitle, .keyValue: break rows
            case .layout: continue
            case .data: break
            }
            let marked = unitColumns.indices.filter { unit in
                grid[index, unitColumns[unit]]?.isMergeCopy != true && isMark(grid.text(index, unitColumns[unit]))
            }
            let activity = Kegiatan(
                no: grid.field(index, header.columns[.no]), uraian: grid.field(index, header.columns[.kegiatan]),
                units: marked, output: grid.field(index, header.columns[.output]),
                penanggungJawab: grid.field(index, header.columns[.penanggungJawab]), location: grid.location(index, nil))
            guard activity.uraian != nil || activity.no != nil || !marked.isEmpty else { continue }
            kegiatan.append(activity)
        }
        submission.tabelLintasFungsi.append(TabelLintasFungsi(
            proses: block.proses, subProses: block.subProses, lintasFungsi: block.lintasFungsi,
            units: units, kegiatan: kegiatan, location: grid.location(header.row, header.columns[.kegiatan])))
    }

    private func isMark(_ text: String?) -> Bool {
        guard let text, !text.isEmpty else { return false }
        return !Self.nonMarks.contains(text)
    }

    /// The unit columns: those between KEGIATAN and the first of OUTPUT / PENANGGUNG JAWAB to
    /// its right, else those under UNIT KERJA TERKAIT. Names come from the row under the
    /// header when it names them, else from the header row itself.
    private func units(placeholders: inout [(field: FieldValue, table: TableKind)]) -> (units: [UnitKerja], columns: [Int], namesRow: Int?) {
        let columns = unitColumns()
        guard !columns.isEmpty else { return ([], [], nil) }
        let below = header.row + 1
        let belowNames = columns.map { grid.text(below, $0) }
        let kegiatanBelow = header.columns[.kegiatan].flatMap { grid[below, $0] }
        let namesBelow = belowNames.contains { $0 != nil } && (kegiatanBelow == nil || kegiatanBelow!.isVerticalCopy)
        let names = namesBelow ? belowNames : columns.map { column -> String? in
            let text = grid.text(header.row, column)
            return text.flatMap { HeaderVocabulary.role(of: $0) == .unitKerja ? nil : $0 }
        }
        let row = namesBelow ? below : header.row
        var units: [UnitKerja] = []
        var kept: [Int] = []
        for (column, name) in zip(columns, names) {
            guard let name else { continue }
            if RowKinds.isPlaceholder(name) {
                if let field = grid.field(row, column) { placeholders.append((field, .lintasfungsi)) }
                continue
            }
            units.append(UnitKerja(name: name, location: grid.location(row, column)))
            kept.append(column)
        }
        return (units, kept, namesBelow ? below : nil)
    }

    private func unitColumns() -> [Int] {
        let roles = header.columns
        let taken = Set(roles.filter { $0.key != .unitKerja }.map(\.value))
        if let kegiatan = roles[.kegiatan] {
            let stops = [roles[.output], roles[.penanggungJawab]].compactMap { $0 }.filter { $0 > kegiatan }
            if let stop = stops.min(), stop > kegiatan + 1 {
                return ((kegiatan + 1)..<stop).filter { !taken.contains($0) }
            }
        }
        guard let first = roles[.unitKerja] else { return [] }
        var columns = [first]
        while let next = columns.last.map({ $0 + 1 }), grid[header.row, next]?.isMergeCopy == true,
              grid[header.row, next]?.text == grid[header.row, first]?.text {
            columns.append(next)
        }
        return columns
    }
}
