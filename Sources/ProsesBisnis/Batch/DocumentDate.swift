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
                for cell in sheet.cells {
                    guard let text = cell.value.text, text.count < 200, let date = find(in: text) else { continue }
                    if best == nil || date > best! { best = date }
                }
            }
        }
        return best
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
