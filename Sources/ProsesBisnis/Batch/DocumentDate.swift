import Spreadsheet

/// The date a submission says it was made: the latest date written in its visible sheets
/// (`Sumenep, 12 Agustus 2024` above a signature, `Tanggal: 3 Mei 2025` in a title), as
/// `yyyy-mm-dd`. Tells which of two versions of one OPD is newer, by the file's own words.
enum DocumentDate {
    private static let months = ["januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
                                 "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11,
                                 "desember": 12]

    static func latest(in workbooks: [Workbook]) -> String? {
        var best: String?
        for workbook in workbooks {
            for sheet in workbook.sheets where sheet.visibility == .visible {
                for index in edgeIndices(of: sheet) {
                    guard let text = sheet.cells[index].value.text, mayHoldDate(text), let date = find(in: text) else { continue }
                    if best == nil || date > best! { best = date }
                }
            }
        }
        return best
    }

    /// Where a document states its date: its title rows and, under the tables, the place and
    /// date of its signature. The rows in between are data and are not looked at.
    private static func edgeIndices(of sheet: Sheet) -> [Range<Int>.Element] {
        let cells = sheet.cells
        guard let first = cells.first?.row, let last = cells.last?.row, last - first > headRows + tailRows else {
            return Array(cells.indices)
        }
        var headEnd = 0
        while headEnd < cells.count, cells[headEnd].row < first + headRows { headEnd += 1 }
        var tailStart = cells.count
        while tailStart > headEnd, cells[tailStart - 1].row > last - tailRows { tailStart -= 1 }
        return Array(0..<headEnd) + Array(tailStart..<cells.count)
    }

    private static let headRows = 15
    private static let tailRows = 40

    /// One cheap pass over the bytes before any parsing, since every text cell of every
    /// submission passes here: a date line is short, with at least two spaces and five digits.
    static func mayHoldDate(_ text: String) -> Bool {
        guard text.utf8.count >= 10, text.utf8.count <= 120 else { return false }
        return text.utf8.withContiguousStorageIfAvailable(mayHoldDate) ?? mayHoldDate(Array(text.utf8))
    }

    private static func mayHoldDate<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var digits = 0, spaces = 0
        // A year is a run of exactly four digits starting 19, 20 or 21 (codes such as
        // `INSP.01.01.01` have digits and spaces around them, but no year).
        var run = 0, runStart: (UInt8, UInt8) = (0, 0), hasYear = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if run == 0 { runStart.0 = byte } else if run == 1 { runStart.1 = byte }
                run += 1
                continue
            }
            if run == 4, Self.startsYear(runStart) { hasYear = true }
            run = 0
            if byte == 0x20 { spaces += 1 }
        }
        if run == 4, Self.startsYear(runStart) { hasYear = true }
        return hasYear && digits >= 5 && spaces >= 2
    }

    private static func startsYear(_ start: (UInt8, UInt8)) -> Bool {
        (start.0 == 0x31 && start.1 == 0x39) || (start.0 == 0x32 && (start.1 == 0x30 || start.1 == 0x31))
    }

    /// The first `d Month yyyy` (Indonesian month names) in a text, as `yyyy-mm-dd`.
    static func find(in text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count >= 3 else { return nil }
        for index in 0..<(words.count - 2) {
            guard let day = Int(words[index]), (1...31).contains(day), let month = months[words[index + 1]],
                  let year = Int(words[index + 2]), (1990...2100).contains(year) else { continue }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return nil
    }
}

import Foundation
