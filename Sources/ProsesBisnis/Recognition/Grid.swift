import Spreadsheet

/// A sheet seen as a table would be read on paper: merged areas filled with their top-left
/// value, each copy marked so that a vertically merged NO or SUB PROSES in a continuation
/// row is not taken for a new item.
struct Grid {
    struct Entry {
        var value: CellValue
        /// The trimmed display text.
        var text: String
        /// True when the value was copied from the top-left cell of a merged area.
        var isMergeCopy: Bool
        /// True when the copy comes from a cell above (a vertical merge).
        var isVerticalCopy: Bool
    }

    let sheetName: String?
    let file: String?
    private(set) var rows: [[Entry?]]
    /// Hidden rows (0-based) that held something: left out of the grid, as a hidden sheet is.
    private(set) var hiddenRowsWithContent: [Int] = []

    init(_ sheet: Sheet, file: String?, isCSV: Bool) {
        self.sheetName = isCSV ? nil : sheet.name
        self.file = file
        let rowCount = (sheet.cells.last?.row ?? -1) + 1
        var rows = [[Entry?]](repeating: [], count: rowCount)
        let hidden = sheet.hiddenRows.isEmpty ? [] : Set(sheet.hiddenRows)
        var hiddenWithContent: [Int] = []
        for (row, cells) in sheet.rows() {
            if !hidden.isEmpty, hidden.contains(row) {
                if cells.contains(where: { !Grid.trimmed($0.value.displayText).isEmpty }) { hiddenWithContent.append(row) }
                continue
            }
            let width = (cells.last?.column ?? -1) + 1
            var line = [Entry?](repeating: nil, count: width)
            for cell in cells {
                line[cell.column] = Entry(value: cell.value, text: Grid.trimmed(cell.value.displayText),
                                          isMergeCopy: false, isVerticalCopy: false)
            }
            rows[row] = line
        }
        self.rows = rows
        self.hiddenRowsWithContent = hiddenWithContent
        fillMerged(sheet.mergedRanges, hidden: hidden)
    }

    private mutating func fillMerged(_ ranges: [CellRange], hidden: Set<Int>) {
        for range in ranges {
            let area = (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1)
            guard area <= 10_000, let origin = self[range.first.row, range.first.column] else { continue }
            for row in stride(from: range.first.row, to: min(range.last.row + 1, rows.count), by: 1) {
                guard hidden.isEmpty || !hidden.contains(row) else { continue }
                for column in range.first.column..<(range.last.column + 1) where row != range.first.row || column != range.first.column {
                    var copy = origin
                    copy.isMergeCopy = true
                    copy.isVerticalCopy = row != range.first.row
                    set(copy, row: row, column: column)
                }
            }
        }
    }

    private mutating func set(_ entry: Entry, row: Int, column: Int) {
        if rows[row].count <= column { rows[row] += [Entry?](repeating: nil, count: column + 1 - rows[row].count) }
        rows[row][column] = entry
    }

    var rowCount: Int { rows.count }

    subscript(row: Int, column: Int) -> Entry? {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return nil }
        return rows[row][column]
    }

    /// The trimmed text at a position, nil when empty.
    func text(_ row: Int, _ column: Int) -> String? {
        guard let entry = self[row, column], !entry.text.isEmpty else { return nil }
        return entry.text
    }

    func isBlank(_ row: Int) -> Bool {
        guard row < rows.count else { return true }
        return rows[row].allSatisfy { $0 == nil || $0!.text.isEmpty }
    }

    /// Non-empty (column, text) pairs of a row, left to right.
    func texts(_ row: Int) -> [(column: Int, text: String)] {
        guard row >= 0, row < rows.count else { return [] }
        return rows[row].enumerated().compactMap { column, entry in
            guard let entry, !entry.text.isEmpty else { return nil }
            return (column, entry.text)
        }
    }

    /// The row's entries by column (nil where empty).
    func entries(_ row: Int) -> [Entry?] {
        row >= 0 && row < rows.count ? rows[row] : []
    }

    /// How many cells of the row could be header cells: short typed text starting with a
    /// letter. Rows with fewer than two are no header, found without allocating.
    func headerCandidates(_ row: Int) -> Int {
        guard row >= 0, row < rows.count else { return 0 }
        var count = 0
        for entry in rows[row] {
            guard let entry, !entry.isVerticalCopy, let first = entry.text.utf8.first,
                  entry.text.utf8.count <= HeaderVocabulary.longestHeader,
                  (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { continue }
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
        guard row >= 0, row < rows.count else { return .layout }
        // One pass without allocating: most rows are data rows, told apart by their first
        // typed cell; the lists below are only built for rows that might be layout rows.
        var inSpan = 0
        var ownCount = 0
        var firstOwn: String?
        var secondOwn: String?
        var firstAny: String?
        for (column, entry) in rows[row].enumerated() {
            guard let entry, !entry.text.isEmpty else { continue }
            if firstAny == nil, column <= span.upperBound { firstAny = entry.text }
            guard span.contains(column) else { continue }
            inSpan += 1
            if !entry.isMergeCopy {
                ownCount += 1
                if firstOwn == nil { firstOwn = entry.text } else if secondOwn == nil { secondOwn = entry.text }
            }
        }
        guard let firstOwn else { return .layout }
        if ownCount == 1, inSpan >= 3 { return .mergedTitle }
        if mightBeLayout(firstOwn, secondOwn) {
            let own = ownTexts(row, in: span)
            if RowKinds.isNumbering(own) || RowKinds.isHint(own) || RowKinds.isPlaceholderRow(own) { return .layout }
        }
        if keyValueAllowed, let firstAny, let initial = firstAny.utf8.first, KeyValueBlock.keyInitials.contains(initial),
           KeyValueBlock.key(of: texts(row), span: span) != nil {
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
        texts(row).filter { span.contains($0.column) && self[row, $0.column]?.isMergeCopy != true }
    }

    /// The template text cells of placeholder-only rows (`dst...`), each cell its own field.
    func placeholderFields(_ rows: [Int], in span: ClosedRange<Int>) -> [FieldValue] {
        rows.flatMap { row in ownTexts(row, in: span).compactMap { field(row, $0.column) } }
    }

    /// The text of a cell typed there (not copied from a merged area), nil when empty.
    func ownText(_ row: Int, _ column: Int) -> String? {
        guard let entry = self[row, column], !entry.isMergeCopy, !entry.text.isEmpty else { return nil }
        return entry.text
    }

    /// Whether the row has a typed (not merge-copied) text inside `span`.
    func hasOwnText(_ row: Int, in span: ClosedRange<Int>) -> Bool {
        entries(row).enumerated().contains { column, entry in
            span.contains(column) && entry.map { !$0.isMergeCopy && !$0.text.isEmpty } == true
        }
    }

    /// Whether the row has a typed text left or right of `span`.
    func hasOwnText(_ row: Int, outside span: ClosedRange<Int>) -> Bool {
        entries(row).enumerated().contains { column, entry in
            !span.contains(column) && entry.map { !$0.isMergeCopy && !$0.text.isEmpty } == true
        }
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
        guard let column, let entry = self[row, column], !entry.text.isEmpty else { return nil }
        let raw: String
        if case .text(let text) = entry.value { raw = text } else { raw = entry.text }
        return FieldValue(text: entry.text, raw: raw, wasNumber: entry.value.kind == .number,
                          location: location(row, column))
    }

    /// Surrounding whitespace removed (`TextTrimming.trimmed`).
    static func trimmed(_ text: String) -> String { TextTrimming.trimmed(text) }
}

import Foundation
