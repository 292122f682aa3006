/// Which rows under a header belong to its table. A table ends where its shape ends: each row
/// is kept only while it fits the table (a plausible NO, a name or a code where the table has
/// them, marks under the unit columns, a known continuation), and the first row that does not
/// fit closes the table, after blank rows or not. Document furniture (`DocumentFurniture`)
/// never fits, even in the data columns right under the last row. A header of the same table
/// repeated further down (pages pasted together) is stepped over and the table goes on.
struct TableExtent {
    let header: TableHeader
    let grid: Grid
    /// Rows of later headers that repeat this one.
    let repeats: Set<Int>
    /// The first row that can no longer be part of the table (the next table's header).
    let limit: Int
    /// Columns of the table where a mark means a unit takes part (lintas fungsi only).
    var markColumns: [Int] = []
    /// The unit names of a second header row with their columns: a repetition of it is layout.
    var unitNames: [(column: Int, name: String)] = []
    /// The second header row itself, skipped without a look.
    var unitNamesRow: Int?
    /// The columns whose value makes a row an item of the table (names and codes; KEGIATAN).
    let anchors: [Int]
    /// The code columns: a code there makes a row data whatever else it holds.
    let codeColumns: [Int]

    init(header: TableHeader, grid: Grid, repeats: Set<Int>, limit: Int) {
        self.header = header
        self.grid = grid
        self.repeats = repeats
        self.limit = limit
        let roles: [ColumnRole] = switch header.kind {
        case .proses: [.proses, .kode]
        case .subproses: [.subProses, .kodeSubProses, .lintasFungsi, .kodeLintasFungsi]
        case .lintasfungsi: [.kegiatan]
        }
        anchors = roles.compactMap { header.columns[$0] }
        codeColumns = [ColumnRole.kode, .kodeSubProses, .kodeLintasFungsi].compactMap { header.columns[$0] }
    }

    /// The table's data rows, and the rows made only of template text (`dst...`) inside it.
    func walk() -> (rows: [Int], placeholderRows: [Int]) {
        var rows: [Int] = []
        rows.reserveCapacity(min(max(limit - header.row, 0), 64))
        var placeholderRows: [Int] = []
        var numbered = true
        var row = header.row + 1
        while row < limit {
            if row == unitNamesRow || (!repeats.isEmpty && repeats.contains(row)) { row += 1; continue }
            switch verdict(row, numbered: numbered && !rows.isEmpty) {
            case .data(let hasNumber):
                rows.append(row)
                numbered = numbered && hasNumber
            case .layout(let placeholder):
                if placeholder { placeholderRows.append(row) }
            case .skip:
                break
            case .end:
                guard let resumed = continuation(after: row) else { return (rows, rows.isEmpty ? [] : placeholderRows) }
                row = resumed
                continue
            }
            row += 1
        }
        return (rows, rows.isEmpty ? [] : placeholderRows)
    }

    private enum Verdict {
        case data(hasNumber: Bool)
        case layout(placeholder: Bool)
        /// Not data but no reason to close the table either (a NO with nothing beside it).
        case skip
        case end
    }

    /// What `row` is to the table. `numbered`: every data row so far had a NO.
    private func verdict(_ row: Int, numbered: Bool) -> Verdict {
        switch grid.classify(row, in: header.span, keyValueAllowed: header.kind == .lintasfungsi) {
        case .layout:
            if grid.hasOwnText(row, in: header.span) {
                return .layout(placeholder: RowKinds.isPlaceholderRow(grid.ownTexts(row, in: header.span)))
            }
            // Nothing of its own under the table: text beside it closes it, merge copies do not.
            return grid.hasOwnText(row, outside: header.span) ? .end : .skip
        case .keyValue:
            return .end
        case .mergedTitle:
            if header.kind != .subproses || isFurniture(row) { return .end }
            return .data(hasNumber: false)
        case .data:
            break
        }
        // Nearly every row is numbered and named: decided without allocating.
        let hasNumber = hasPlausibleNumber(row)
        let anchored = anchors.contains { grid.ownText(row, $0) != nil }
        if hasNumber, anchored { return .data(hasNumber: true) }
        let marked = markColumns.contains { grid.ownText(row, $0) != nil }
        if hasNumber, marked { return .data(hasNumber: true) }
        // Group and continuation rows have no NO but a code where codes belong.
        if anchored, codeColumns.contains(where: { hasCode(row, $0) }) { return .data(hasNumber: hasNumber) }
        if isUnitNamesRow(row) { return .layout(placeholder: false) }
        // Under a process or sub process table: the block of a lintas fungsi table below it.
        if header.kind != .lintasfungsi, isStrictKeyValue(row) { return .end }
        if isFurniture(row) || precedesSignature(row) { return .end }
        return shapeVerdict(row, hasNumber: hasNumber, anchored: anchored, marked: marked, numbered: numbered)
    }

    /// The slow path, for rows without a NO: continuation rows, group rows, forgotten numbers.
    private func shapeVerdict(_ row: Int, hasNumber: Bool, anchored: Bool, marked: Bool, numbered: Bool) -> Verdict {
        let ownCount = grid.ownTexts(row, in: header.span).count
        switch header.kind {
        case .proses:
            if anchored { return numbered && ownCount == 1 ? .end : .data(hasNumber: hasNumber) }
            if let jenis = header.columns[.jenisProses].flatMap({ grid.ownText(row, $0) }), Self.readsAsJenis(jenis) {
                return .data(hasNumber: hasNumber)
            }
        case .subproses:
            if anchored { return .data(hasNumber: hasNumber) }
        case .lintasfungsi:
            if marked { return .data(hasNumber: hasNumber) }
            if anchored { return numbered && ownCount == 1 ? .end : .data(hasNumber: hasNumber) }
        }
        return hasNumber && ownCount == 1 ? .skip : .end
    }

    /// An official JENIS PROSES, a synonym or a clear typo of one: a process row whose name
    /// and code are missing, not a line of the document.
    private static func readsAsJenis(_ text: String) -> Bool {
        if case .invalid(nil) = JenisReading(text) { return false }
        return true
    }

    /// The cell starts with a code (`MTR.01`, `P1.2`): no line of the document does.
    private func hasCode(_ row: Int, _ column: Int) -> Bool {
        guard let text = grid.ownText(row, column) else { return false }
        return CodeExtraction.leadingCode(text) != nil
    }

    /// A NO that reads as a row number: `1`, `(2)`, `3.`, `12`, `a.`.
    private func hasPlausibleNumber(_ row: Int) -> Bool {
        guard let column = header.columns[.no], let entry = grid[row, column], !entry.isVerticalCopy,
              !entry.text.isEmpty else { return false }
        if entry.isNumber { return true }
        return RowKinds.rowNumber(entry.text) != nil
    }

    /// Every text of the row (beside the table too) is document furniture, a number or
    /// punctuation, and at least one is furniture: a signature line, a total, a legend.
    private func isFurniture(_ row: Int) -> Bool {
        var found = false
        for (_, text) in grid.texts(row) {
            if DocumentFurniture.kind(of: text) != nil { found = true; continue }
            guard RowKinds.rowNumber(text) != nil || !text.contains(where: { $0.isLetter }) else { return false }
        }
        return found
    }

    /// A lone name over a NIP or a rank: the name line of a signature block without degrees.
    private func precedesSignature(_ row: Int) -> Bool {
        guard grid.texts(row).count <= 2 else { return false }
        var next = row + 1
        while next < min(limit, row + 3), grid.isBlank(next) { next += 1 }
        guard next < limit, let first = grid.texts(next).first,
              let kind = DocumentFurniture.kind(of: first.text) else { return false }
        return kind == .nip || kind == .rank
    }

    /// A key/value line of a lintas fungsi block under a process or sub process table: its key
    /// ends with a colon, or the next cell is one (a continuation row whose lintas fungsi is
    /// named `Proses ...` is no such line).
    private func isStrictKeyValue(_ row: Int) -> Bool {
        let texts = grid.texts(row)
        guard let first = texts.first, KeyValueBlock.key(of: texts, span: header.span) != nil else { return false }
        return first.text.contains(":") || (texts.count > 1 && texts[1].text == ":")
    }

    /// The second header row naming the units, repeated under a repeated header.
    private func isUnitNamesRow(_ row: Int) -> Bool {
        guard !unitNames.isEmpty, header.columns[.kegiatan].flatMap({ grid.ownText(row, $0) }) == nil else { return false }
        var matches = 0
        for (column, name) in unitNames {
            guard let text = grid.ownText(row, column) else { continue }
            guard text == name else { return false }
            matches += 1
        }
        return matches >= min(2, unitNames.count)
    }

    /// After a row that closed the table: the row after a repeated header when only headings,
    /// page footers, blank and layout rows lie between, else nil.
    private func continuation(after row: Int) -> Int? {
        guard !repeats.isEmpty else { return nil }
        var next = row
        while next < limit {
            if repeats.contains(next) { return next + 1 }
            if !grid.isBlank(next), !grid.isLayoutRow(next, in: header.span) {
                guard grid.texts(next).allSatisfy({ text in
                    let kind = DocumentFurniture.kind(of: text.text)
                    return kind == .heading || kind == .pageFooter
                }) else { return nil }
            }
            next += 1
        }
        return nil
    }
}
