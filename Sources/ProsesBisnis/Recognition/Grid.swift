import Spreadsheet

/// A sheet seen as a table would be read on paper: merged areas filled with their top-left
/// value, each copy marked so that a vertically merged NO or SUB PROSES in a continuation
/// row is not taken for a new item.
struct Grid {
    struct Entry {
        /// 0-based column.
        var column: Int
        /// The trimmed display text.
        var text: String
        /// The text as typed when trimming changed it (nil when it equals `text`), so that
        /// an entry costs one string, not two.
        var untrimmed: String?
        var isNumber: Bool
        /// True when the value was copied from the top-left cell of a merged area.
        var isMergeCopy: Bool
        /// True when the copy comes from a cell above (a vertical merge).
        var isVerticalCopy: Bool

        /// The text as the cell holds it: untrimmed for text cells, the display text else.
        var raw: String { untrimmed ?? text }
    }

    let sheetName: String?
    let file: String?
    /// The cells that hold something, row by row and left to right: a sheet costs what it
    /// holds, never its bounding box (a cell in A1 and one in XFD20000 are two entries).
    private var entries: [Entry]
    /// Row `r`'s entries are `entries[rowStart[r]..<rowStart[r + 1]]`.
    private var rowStart: [Int]
    /// Hidden rows (0-based) that held something: left out of the grid, as a hidden sheet is.
    private(set) var hiddenRowsWithContent: [Int] = []

    /// Merged areas larger than this are not filled (a whole column merged by accident).
    private static let maxFilledArea = 10_000

    init(_ sheet: Sheet, file: String?, isCSV: Bool) {
        self.sheetName = isCSV ? nil : sheet.name
        self.file = file
        let rowCount = (sheet.cells.last?.row ?? -1) + 1
        let (copies, places) = sheet.mergedRanges.isEmpty ? ([], []) : Self.mergeCopies(sheet, rowCount: rowCount)
        var entries: [Entry] = []
        entries.reserveCapacity(sheet.cells.count + copies.count)
        var rowStart = [Int](repeating: 0, count: rowCount + 1)
        var hiddenWithContent: [Int] = []
        // Sheet cells are sorted by row, then column, each address once; so are the places of
        // the copies. One walk along both: a copy takes the place of a cell at its address,
        // and of two copies at one place the later area's wins (the last after sorting).
        var next = 0
        for cell in sheet.cells {
            while next < places.count, (places[next].row, places[next].column) < (cell.row, cell.column) {
                next = Self.appendCopy(at: next, places, copies, to: &entries, counting: &rowStart)
            }
            if next < places.count, places[next].row == cell.row, places[next].column == cell.column {
                next = Self.appendCopy(at: next, places, copies, to: &entries, counting: &rowStart)
                continue
            }
            if !sheet.hiddenRows.isEmpty, sheet.isRowHidden(cell.row) {
                if hiddenWithContent.last != cell.row, !Entry(cell).text.isEmpty {
                    hiddenWithContent.append(cell.row)
                }
                continue
            }
            entries.append(Entry(cell))
            rowStart[cell.row + 1] += 1
        }
        while next < places.count { next = Self.appendCopy(at: next, places, copies, to: &entries, counting: &rowStart) }
        for row in 0..<rowCount { rowStart[row + 1] += rowStart[row] }
        self.entries = entries
        self.rowStart = rowStart
        self.hiddenRowsWithContent = hiddenWithContent
    }

    /// Every cell of a merged area (but its top-left one) holds a copy of the top-left value,
    /// as a reader of the printed table would assume; hidden rows stay out. The copies, and
    /// apart from them their places sorted, so that sorting moves three integers, not entries
    /// holding strings.
    private static func mergeCopies(_ sheet: Sheet, rowCount: Int) -> ([Entry], [(row: Int, column: Int, order: Int)]) {
        var copies: [Entry] = []
        var places: [(row: Int, column: Int, order: Int)] = []
        for range in sheet.mergedRanges {
            let area = (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1)
            guard area <= Self.maxFilledArea, range.first.row < rowCount,
                  sheet.hiddenRows.isEmpty || !sheet.isRowHidden(range.first.row),
                  let origin = sheet.value(row: range.first.row, column: range.first.column) else { continue }
            let template = Entry(Cell(address: range.first, value: origin))
            for row in stride(from: range.first.row, to: min(range.last.row + 1, rowCount), by: 1) {
                guard sheet.hiddenRows.isEmpty || !sheet.isRowHidden(row) else { continue }
                for column in range.first.column..<(range.last.column + 1) where row != range.first.row || column != range.first.column {
                    var copy = template
                    copy.column = column
                    copy.isMergeCopy = true
                    copy.isVerticalCopy = row != range.first.row
                    places.append((row, column, copies.count))
                    copies.append(copy)
                }
            }
        }
        // Row and column as one integer (rows and columns of a sheet fit 32 bits each).
        func key(_ place: (row: Int, column: Int, order: Int)) -> UInt64 { UInt64(place.row) << 32 | UInt64(place.column) }
        places.sort { key($0) != key($1) ? key($0) < key($1) : $0.order < $1.order }
        return (copies, places)
    }

    /// Appends the copy that wins at `places[index]`'s address; returns the index after the
    /// copies at that address.
    private static func appendCopy(at index: Int, _ places: [(row: Int, column: Int, order: Int)], _ copies: [Entry],
                                   to entries: inout [Entry], counting rowStart: inout [Int]) -> Int {
        var last = index
        while last + 1 < places.count, places[last + 1].row == places[index].row, places[last + 1].column == places[index].column {
            last += 1
        }
        entries.append(copies[places[last].order])
        rowStart[places[index].row + 1] += 1
        return last + 1
    }

    var rowCount: Int { rowStart.count - 1 }

    /// The row's non-empty cells, left to right (empty outside the sheet).
    func cells(_ row: Int) -> ArraySlice<Entry> {
        guard row >= 0, row < rowCount else { return [] }
        return entries[rowStart[row]..<rowStart[row + 1]]
    }

    subscript(row: Int, column: Int) -> Entry? {
        index(row, column).map { entries[$0] }
    }

    /// Where the cell at a position is in `entries`: the accessors below read the fields they
    /// need in place instead of copying an entry and its two strings (they run on every row).
    private func index(_ row: Int, _ column: Int) -> Int? {
        guard row >= 0, row < rowCount else { return nil }
        // Rows are short: a binary search over the row's few cells.
        var low = rowStart[row]
        var high = rowStart[row + 1]
        let end = high
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < end && entries[low].column == column ? low : nil
    }

    /// The positions in `entries` of a row's cells.
    private func positions(_ row: Int) -> Range<Int> {
        guard row >= 0, row < rowCount else { return 0..<0 }
        return rowStart[row]..<rowStart[row + 1]
    }

    /// The trimmed text at a position, nil when empty.
    func text(_ row: Int, _ column: Int) -> String? {
        guard let index = index(row, column), !entries[index].text.isEmpty else { return nil }
        return entries[index].text
    }

    func isBlank(_ row: Int) -> Bool {
        positions(row).allSatisfy { entries[$0].text.isEmpty }
    }

    /// Non-empty (column, text) pairs of a row, left to right.
    func texts(_ row: Int) -> [(column: Int, text: String)] {
        cells(row).compactMap { entry in entry.text.isEmpty ? nil : (entry.column, entry.text) }
    }

    /// Calls `body` with each of the row's cells, read in place, not copied.
    func forEachCell(in row: Int, _ body: (Entry) -> Void) {
        for index in positions(row) { body(entries[index]) }
    }

    /// How many cells of the row could be header cells: short typed text starting with a
    /// letter, two letters at least (`NO`, `PJ`; a mark `V` is none), opening as some header
    /// does. Rows with fewer than two are no header, found without allocating.
    func headerCandidates(_ row: Int) -> Int {
        var count = 0
        for index in positions(row) {
            let text = entries[index].text
            guard !entries[index].isVerticalCopy, let first = text.utf8.first,
                  text.utf8.count >= 2, text.utf8.count <= HeaderVocabulary.longestHeader,
                  (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A),
                  HeaderVocabulary.mayOpenRole(text) else { continue }
            count += 1
        }
        return count
    }

    /// What a row under a table header is, decided from one pass over its cells (this runs on
    /// every row of every table).
    enum RowClass {
        /// Nothing typed in the table's columns, or only numbering, hints or placeholders.
        case layout
        /// One typed value merged across the row, like `IDENTIFIKASI LINTAS FUNGSI`.
        case mergedTitle
        /// The first line of the next table's key/value block.
        case keyValue
        case data
    }

    func classify(_ row: Int, in span: ClosedRange<Int>, keyValueAllowed: Bool = false) -> RowClass {
        // One pass without allocating: most rows are data rows, told apart by their first
        // typed cell; the lists below are only built for rows that might be layout rows.
        var inSpan = 0
        var ownCount = 0
        var firstOwn: String?
        var secondOwn: String?
        var firstAny: String?
        for index in positions(row) where !entries[index].text.isEmpty {
            let column = entries[index].column
            if firstAny == nil, column <= span.upperBound { firstAny = entries[index].text }
            guard span.contains(column) else { continue }
            inSpan += 1
            if !entries[index].isMergeCopy {
                ownCount += 1
                if firstOwn == nil { firstOwn = entries[index].text } else if secondOwn == nil { secondOwn = entries[index].text }
            }
        }
        guard let firstOwn else { return .layout }
        if ownCount == 1, inSpan >= 3 { return .mergedTitle }
        if mightBeLayout(firstOwn, secondOwn) {
            let own = ownTexts(row, in: span)
            if RowKinds.isNumbering(own) || RowKinds.isHint(own) || RowKinds.isPlaceholderRow(own) { return .layout }
        }
        if keyValueAllowed, let firstAny, let initial = firstAny.utf8.first, KeyValueBlock.isKeyInitial(initial),
           KeyValueBlock.key(of: row, in: self, span: span) != nil {
            return .keyValue
        }
        return .data
    }

    /// Whether a row whose first typed cells are `first` and `second` could be a numbering,
    /// hint or placeholder row: each of those is made only of such cells.
    private func mightBeLayout(_ first: String, _ second: String?) -> Bool {
        if RowKinds.isPlaceholder(first) { return true }
        guard let second else { return false }
        if Self.looksNumeric(first), Self.looksNumeric(second) { return true }
        if RowKinds.columnLetter(first) != nil, RowKinds.columnLetter(second) != nil { return true }
        return RowKinds.isHintText(first) && RowKinds.isHintText(second)
    }

    /// Digits, brackets, dots and spaces only: `1`, `(2)`, `3.`.
    private static func looksNumeric(_ text: String) -> Bool {
        text.utf8.count <= 8 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x28 || $0 == 0x29 || $0 == 0x2E || $0 == 0x20 || $0 == 0x5B || $0 == 0x5D }
    }

    /// The row's own (not merge-copied) texts within `span`.
    func ownTexts(_ row: Int, in span: ClosedRange<Int>) -> [(column: Int, text: String)] {
        cells(row).compactMap { entry in
            span.contains(entry.column) && !entry.isMergeCopy && !entry.text.isEmpty ? (entry.column, entry.text) : nil
        }
    }

    /// The template text cells of placeholder-only rows (`dst...`), each cell its own field.
    func placeholderFields(_ rows: [Int], in span: ClosedRange<Int>) -> [FieldValue] {
        rows.flatMap { row in ownTexts(row, in: span).compactMap { field(row, $0.column) } }
    }

    /// The text of a cell typed there (not copied from a merged area), nil when empty.
    func ownText(_ row: Int, _ column: Int) -> String? {
        guard let index = index(row, column), !entries[index].isMergeCopy, !entries[index].text.isEmpty else { return nil }
        return entries[index].text
    }

    /// Whether the row has a typed (not merge-copied) text inside `columns`.
    func hasOwnText(_ row: Int, in columns: ClosedRange<Int>) -> Bool {
        positions(row).contains { columns.contains(entries[$0].column) && !entries[$0].isMergeCopy && !entries[$0].text.isEmpty }
    }

    /// Whether the row has a typed text left or right of `columns`.
    func hasOwnText(_ row: Int, outside columns: ClosedRange<Int>) -> Bool {
        positions(row).contains { !columns.contains(entries[$0].column) && !entries[$0].isMergeCopy && !entries[$0].text.isEmpty }
    }

    /// True when the row holds no data: numbering, hint or placeholder-only rows.
    func isLayoutRow(_ row: Int, in span: ClosedRange<Int>) -> Bool {
        if case .layout = classify(row, in: span) { return true }
        return false
    }

    func location(_ row: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheetName, row: row, column: column)
    }

    /// A field for the cell, or nil when empty. Merge copies count as the value they show.
    func field(_ row: Int, _ column: Int?) -> FieldValue? {
        guard let column, let index = index(row, column), !entries[index].text.isEmpty else { return nil }
        return FieldValue(text: entries[index].text, raw: entries[index].raw, wasNumber: entries[index].isNumber,
                          location: location(row, column))
    }

    /// Surrounding whitespace removed (`TextTrimming.trimmed`).
    static func trimmed(_ text: String) -> String { TextTrimming.trimmed(text) }
}

import Foundation

extension Grid.Entry {
    init(_ cell: Cell) {
        let display = cell.value.displayText
        let text = Grid.trimmed(display)
        let isText = if case .text = cell.value { true } else { false }
        // Only a text cell keeps what trimming removed; other kinds are read as displayed.
        let untrimmed = isText && text.utf8.count != display.utf8.count ? display : nil
        self.init(column: cell.column, text: text, untrimmed: untrimmed, isNumber: cell.value.kind == .number,
                  isMergeCopy: false, isVerticalCopy: false)
    }
}
