import Foundation

/// The key/value header block above a lintas fungsi table:
/// `PROSES (KODE PROSES) : Perencanaan (MTR.01)`, `SUB PROSES ... : ...`,
/// `LINTAS FUNGSI ... : ...`, with the value after the colon in the same cell or in the cells
/// to its right.
struct KeyValueBlock {
    var proses: ParentReference?
    var subProses: ParentReference?
    var lintasFungsi: ParentReference?

    enum Key { case proses, subProses, lintasFungsi }

    var isEmpty: Bool { proses == nil && subProses == nil && lintasFungsi == nil }

    private static let valueTrimming = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":"))

    /// First letters of the keys (PROSES, SUB PROSES, LINTAS FUNGSI, NAMA ...): activity rows,
    /// which start with a number, are ruled out without normalising anything.
    static func isKeyInitial(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower == 0x70 || lower == 0x73 || lower == 0x6C || lower == 0x6E
    }

    /// The length of the longest key prefix below, `NAMA LINTAS FUNGSI`.
    private static let longestKey = 18

    /// The key a row starts with, if it is a key/value row: read from the grid in place, since
    /// the row above every lintas fungsi block (an activity, mostly) is asked too.
    static func key(of row: Int, in grid: Grid, span: ClosedRange<Int>) -> Key? {
        var first: String?
        var count = 0
        for entry in grid.cells(row) where !entry.text.isEmpty {
            count += 1
            if first == nil, entry.column <= span.upperBound { first = entry.text }
            if first != nil, count > 1 { break }
        }
        guard let first else { return nil }
        return key(first: first, hasOtherCells: count > 1)
    }

    /// The key of a row given its non-empty cells.
    static func key(of texts: [(column: Int, text: String)], span: ClosedRange<Int>) -> Key? {
        guard let first = texts.first(where: { $0.column <= span.upperBound }) else { return nil }
        return key(first: first.text, hasOtherCells: texts.count > 1)
    }

    /// The key of a row whose first cell in or left of the table is `first`.
    private static func key(first: String, hasOtherCells: Bool) -> Key? {
        guard let initial = first.utf8.first, isKeyInitial(initial) else { return nil }
        let colon = first.utf8.firstIndex(of: UInt8(ascii: ":"))
        guard colon != nil || hasOtherCells else { return nil }
        return key(startingWith: first[..<(colon ?? first.endIndex)])
    }

    /// The key the start of a cell names. The keys are short: normalising the cell's first
    /// bytes is enough to tell them.
    private static func key(startingWith text: Substring) -> Key? {
        TextNormalising.withNormalisedPrefix(text, limit: longestKey) { key(normalised: $0) }
    }

    private static func key(normalised: UnsafeBufferPointer<UInt8>) -> Key? {
        func starts(_ prefix: StaticString) -> Bool {
            prefix.withUTF8Buffer { normalised.starts(with: $0) }
        }
        if starts("SUB PROSES") || starts("NAMA SUB PROSES") { return .subProses }
        if starts("LINTAS FUNGSI") || starts("NAMA LINTAS FUNGSI") { return .lintasFungsi }
        if starts("PROSES") || starts("NAMA PROSES") { return .proses }
        return nil
    }

    /// Whether a block ends right above `headerRow` (blank rows between allowed): its nearest
    /// non-blank row is a key/value row. Reads no values.
    static func endsAbove(_ headerRow: Int, notBefore floor: Int, grid: Grid, span: ClosedRange<Int>) -> Bool {
        var row = headerRow - 1
        while row >= floor, headerRow - row <= 8 {
            if !grid.isBlank(row) { return key(of: row, in: grid, span: span) != nil }
            row -= 1
        }
        return false
    }

    /// Reads the block from the rows just above a header, stopping at the first row that is
    /// not part of it (blank rows inside the block are allowed).
    static func read(above headerRow: Int, notBefore floor: Int, grid: Grid, span: ClosedRange<Int>) -> KeyValueBlock {
        var block = KeyValueBlock()
        var row = headerRow - 1
        while row >= floor, headerRow - row <= 8 {
            if grid.isBlank(row) { row -= 1; continue }
            guard let key = key(of: row, in: grid, span: span) else { break }
            let texts = grid.texts(row)
            let reference = value(of: row, texts: texts, grid: grid)
            switch key {
            case .proses: block.proses = block.proses ?? reference
            case .subProses: block.subProses = block.subProses ?? reference
            case .lintasFungsi: block.lintasFungsi = block.lintasFungsi ?? reference
            }
            row -= 1
        }
        return block
    }

    /// The value of a key/value row, split into name and code.
    private static func value(of row: Int, texts cells: [(column: Int, text: String)], grid: Grid) -> ParentReference? {
        guard let first = cells.first else { return nil }
        var valueText: String
        var column = first.column
        let afterColon = textAfterColon(first.text)
        if let afterColon, !afterColon.isEmpty {
            valueText = afterColon
        } else {
            let rest = cells.dropFirst().filter { $0.text != ":" && grid[row, $0.column]?.isMergeCopy != true }
            guard let cell = rest.first else { return nil }
            column = cell.column
            valueText = trimmedValue(rest.map(\.text).joined(separator: " ")[...])
        }
        guard !valueText.isEmpty, var field = grid.field(row, column) else { return nil }
        field.text = valueText
        guard let split = CodeExtraction.split(valueText) else { return ParentReference(nama: field, kode: nil) }
        var kode = field
        kode.text = split.code
        var nama = field
        nama.text = split.name
        return ParentReference(nama: split.name.isEmpty ? nil : nama, kode: kode)
    }

    /// The trimmed text after the first `:`, or nil when there is no colon.
    private static func textAfterColon(_ text: String) -> String? {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return trimmedValue(text[text.utf8.index(after: colon)...])
    }

    /// Spaces, line breaks and stray colons around a value removed, on UTF-8 bytes.
    private static func trimmedValue(_ text: Substring) -> String {
        func junk(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3A }
        var start = text.utf8.startIndex
        var end = text.utf8.endIndex
        while start < end, junk(text.utf8[start]) { start = text.utf8.index(after: start) }
        while end > start, junk(text.utf8[text.utf8.index(before: end)]) { end = text.utf8.index(before: end) }
        let trimmed = String(text[start..<end])
        // Non-breaking and other Unicode spaces are rare: let Foundation handle them then.
        return trimmed.utf8.contains { $0 >= 0x80 } ? trimmed.trimmingCharacters(in: valueTrimming) : trimmed
    }
}
