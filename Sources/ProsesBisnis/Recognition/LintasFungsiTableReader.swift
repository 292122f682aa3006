/// Reads one Tabel Identifikasi Lintas Fungsi: its key/value block, its unit columns (named in
/// a second header row under UNIT KERJA TERKAIT, or directly in the header row) and its
/// activities with the units marked for each.
struct LintasFungsiTableReader {
    let header: TableHeader
    let grid: Grid

    /// Marks that mean "not taking part" although the cell is not empty, each as its UTF-8
    /// bytes packed into one integer with their count: none has another canonically equivalent
    /// spelling, so comparing bytes is comparing strings, and the usual marks (`√`, `✓`) are
    /// told apart without hashing or normalising anything.
    private static let nonMarkTexts = ["-", "–", "—", "0", "X̶"]
    private static let longestNonMark = nonMarkTexts.map(\.utf8.count).max() ?? 0
    private static let nonMarks: [UInt32] = nonMarkTexts.map { packed($0.utf8) }

    /// Up to three bytes and their count in one integer.
    private static func packed(_ bytes: String.UTF8View) -> UInt32 {
        var value: UInt32 = 0
        var count: UInt32 = 0
        for byte in bytes {
            value = value << 8 | UInt32(byte)
            count += 1
        }
        return count << 24 | value
    }

    /// Reads the table; `previousEnd` is the first row after the table above it, so the
    /// key/value block search does not reach into it.
    func read(_ extent: TableExtent, previousEnd: Int, into submission: inout Submission) {
        let block = KeyValueBlock.read(above: header.row, notBefore: previousEnd, grid: grid, span: header.span)
        let (candidates, unitRow) = self.units(placeholders: &submission.placeholders)
        var extent = extent
        extent.markColumns = candidates.map(\.column)
        if unitRow != nil {
            extent.unitNames = candidates.map { ($0.column, $0.unit.name) }
            extent.unitNamesRow = unitRow
        }
        let (rows, placeholderRows) = extent.walk()
        submission.placeholders += grid.placeholderFields(placeholderRows.filter { $0 != unitRow }, in: header.span)
            .map { ($0, .lintasfungsi) }
        var kegiatan: [Kegiatan] = []
        kegiatan.reserveCapacity(rows.count)
        // Looked up once per table, not once per activity.
        let no = header.columns[.no], uraian = header.columns[.kegiatan]
        let output = header.columns[.output], penanggungJawab = header.columns[.penanggungJawab]
        for index in rows {
            let marked = markedUnits(index, candidates)
            let activity = Kegiatan(
                no: grid.field(index, no), uraian: grid.field(index, uraian),
                units: marked, output: grid.field(index, output),
                penanggungJawab: grid.field(index, penanggungJawab), location: grid.location(index, nil))
            guard activity.uraian != nil || activity.no != nil || !marked.isEmpty else { continue }
            kegiatan.append(activity)
        }
        let units = Self.keepingMarked(candidates, in: &kegiatan)
        submission.tabelLintasFungsi.append(TabelLintasFungsi(
            proses: block.proses, subProses: block.subProses, lintasFungsi: block.lintasFungsi,
            units: units, kegiatan: kegiatan, location: grid.location(header.row, header.columns[.kegiatan])))
    }

    /// A unit column. `isPlaceholder`: its header is template text (`*****`).
    private struct Candidate {
        var column: Int
        var unit: UnitKerja
        var isPlaceholder: Bool
    }

    /// The units of the table: every named column, and a `*****` column only when some
    /// activity marks it (its marks are data; an unmarked one is template left over). The
    /// activities' unit indices are renumbered to the kept columns.
    private static func keepingMarked(_ candidates: [Candidate], in kegiatan: inout [Kegiatan]) -> [UnitKerja] {
        guard candidates.contains(where: \.isPlaceholder) else { return candidates.map(\.unit) }
        let marked = Set(kegiatan.flatMap(\.units))
        let kept = candidates.indices.filter { !candidates[$0].isPlaceholder || marked.contains($0) }
        guard kept.count != candidates.count else { return candidates.map(\.unit) }
        let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        for index in kegiatan.indices { kegiatan[index].units = kegiatan[index].units.compactMap { position[$0] } }
        return kept.map { candidates[$0].unit }
    }

    /// The candidates (by index) whose column holds a mark in `row`: one walk along the row's
    /// cells and the candidates, both in column order.
    private func markedUnits(_ row: Int, _ candidates: [Candidate]) -> [Int] {
        var marked: [Int] = []
        let cells = grid.cells(row)
        var position = cells.startIndex
        for unit in candidates.indices {
            let column = candidates[unit].column
            while position < cells.endIndex, cells[position].column < column { position += 1 }
            guard position < cells.endIndex else { break }
            if cells[position].column == column, !cells[position].isMergeCopy, isMark(cells[position].text) {
                marked.append(unit)
            }
        }
        return marked
    }

    private func isMark(_ text: String) -> Bool {
        let count = text.utf8.count
        guard count > 0 else { return false }
        guard count <= Self.longestNonMark else { return true }
        return !Self.nonMarks.contains(Self.packed(text.utf8))
    }

    /// The unit columns: those between KEGIATAN and the first of OUTPUT / PENANGGUNG JAWAB to
    /// its right, else those under UNIT KERJA TERKAIT. Names come from the row under the
    /// header when it names them, else from the header row itself. `*****` names are
    /// reported as placeholders.
    private func units(placeholders: inout [(field: FieldValue, table: TableKind)]) -> (units: [Candidate], namesRow: Int?) {
        let columns = unitColumns()
        guard !columns.isEmpty else { return ([], nil) }
        let below = header.row + 1
        let belowNames = columns.map { grid.text(below, $0) }
        let kegiatanBelow = header.columns[.kegiatan].flatMap { grid[below, $0] }
        let namesBelow = belowNames.contains { $0 != nil } && (kegiatanBelow == nil || kegiatanBelow!.isVerticalCopy)
        let names = namesBelow ? belowNames : columns.map { column -> String? in
            let text = grid.text(header.row, column)
            return text.flatMap { HeaderVocabulary.role(of: $0) == .unitKerja ? nil : $0 }
        }
        let row = namesBelow ? below : header.row
        var units: [Candidate] = []
        for (column, name) in zip(columns, names) {
            guard let name else { continue }
            let isPlaceholder = RowKinds.isPlaceholder(name)
            if isPlaceholder, let field = grid.field(row, column) { placeholders.append((field, .lintasfungsi)) }
            units.append(Candidate(column: column, unit: UnitKerja(name: name, location: grid.location(row, column)),
                                   isPlaceholder: isPlaceholder))
        }
        return (units, namesBelow ? below : nil)
    }

    private func unitColumns() -> [Int] {
        let roles = header.columns
        if let kegiatan = roles[.kegiatan] {
            let stops = [roles[.output], roles[.penanggungJawab]].compactMap { $0 }.filter { $0 > kegiatan }
            if let stop = stops.min(), stop > kegiatan + 1 {
                return ((kegiatan + 1)..<stop).filter { !roles.holds($0, besides: .unitKerja) }
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
