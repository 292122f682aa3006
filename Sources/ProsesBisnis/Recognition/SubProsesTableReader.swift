/// Reads the rows of a Tabel Identifikasi Sub Proses - Lintas Fungsi under its header:
/// group rows (a parent process, no NO), sub process rows, and continuation rows that add
/// another lintas fungsi to the sub process above (NO and SUB PROSES blank or merged).
struct SubProsesTableReader {
    let header: TableHeader
    let grid: Grid

    private struct Row {
        var no: FieldValue?
        var nama: FieldValue?
        var kode: FieldValue?
        var lintasFungsi: FieldValue?
        var kodeLintasFungsi: FieldValue?
        /// The name cell is merged across the lintas fungsi columns: a group row in a table
        /// that has no NO column.
        var spansRow: Bool
    }

    func read(_ extent: TableExtent, into submission: inout Submission) {
        var group: ParentReference?
        var current: ParentReference?
        let (rows, placeholderRows) = extent.walk()
        submission.placeholders += grid.placeholderFields(placeholderRows, in: header.span).map { ($0, .subproses) }
        for index in rows {
            let row = fields(index)
            let hasLintasFungsi = row.lintasFungsi != nil || row.kodeLintasFungsi != nil
            let location = grid.location(index, nil)
            if row.no == nil, row.nama == nil, row.kode == nil {
                if hasLintasFungsi { append(row, under: current, at: location, to: &submission) }
            } else if isGroupRow(row, hasLintasFungsi: hasLintasFungsi) {
                group = parentReference(row)
                current = nil
            } else {
                submission.subProses.append(SubProses(no: row.no, nama: row.nama, kode: row.kode, parent: group, location: location))
                current = ParentReference(nama: row.nama, kode: row.kode)
                if hasLintasFungsi { append(row, under: current, at: location, to: &submission) }
            }
        }
    }

    private func isGroupRow(_ row: Row, hasLintasFungsi: Bool) -> Bool {
        if row.spansRow { return true }
        return header.columns[.no] != nil && row.no == nil && !hasLintasFungsi && row.nama != nil
    }

    /// A group row's code is in the code column, or written with the name (`MTR.01 Perencanaan`).
    private func parentReference(_ row: Row) -> ParentReference {
        guard row.kode == nil, let nama = row.nama, let split = CodeExtraction.split(nama.text) else {
            return ParentReference(nama: row.nama, kode: row.kode)
        }
        var kode = nama
        kode.text = split.code
        var name = nama
        name.text = split.name
        return ParentReference(nama: name, kode: kode)
    }

    private func append(_ row: Row, under parent: ParentReference?, at location: SourceLocation, to submission: inout Submission) {
        if row.kodeLintasFungsi == nil, let nama = row.lintasFungsi, RowKinds.isPlaceholder(nama.text) {
            submission.placeholders.append((nama, .subproses))
            return
        }
        submission.lintasFungsi.append(LintasFungsi(
            nama: row.lintasFungsi, kode: row.kodeLintasFungsi, subProses: parent, location: location))
    }

    /// The row's fields; vertical merge copies of NO, SUB PROSES and its code count as blank,
    /// since they only repeat the sub process above.
    private func fields(_ index: Int) -> Row {
        let columns = header.columns
        func own(_ role: ColumnRole) -> FieldValue? {
            guard let column = columns[role], grid[index, column]?.isVerticalCopy != true else { return nil }
            return grid.field(index, column)
        }
        func lintas(_ role: ColumnRole) -> FieldValue? {
            guard let column = columns[role], grid[index, column]?.isMergeCopy != true else { return nil }
            return grid.field(index, column)
        }
        let spansRow = [ColumnRole.lintasFungsi, .kodeLintasFungsi].contains { role in
            guard let column = columns[role], let entry = grid[index, column] else { return false }
            return entry.isMergeCopy && !entry.isVerticalCopy
        }
        return Row(no: own(.no), nama: own(.subProses), kode: own(.kodeSubProses),
                   lintasFungsi: lintas(.lintasFungsi), kodeLintasFungsi: lintas(.kodeLintasFungsi), spansRow: spansRow)
    }
}
