/// Comparing a PENANGGUNG JAWAB with a table's unit names the way a reader would: case, spaces
/// and punctuation aside, and the usual abbreviations and position titles read as the unit
/// they head (`Kasubbag Umum`, `Subbag Umum` and `Sub Bagian Umum` are all `SUBBAGIAN UMUM`;
/// `Sekretaris` heads the `Sekretariat`, `Kabid Pendidikan` the `Bidang Pendidikan`).
enum UnitNames {
    /// Single words → what they stand for.
    private static let words: [String: String] = [
        "SUBBAG": "SUBBAGIAN", "SUBAG": "SUBBAGIAN", "KASUBBAG": "SUBBAGIAN", "KASUBAG": "SUBBAGIAN",
        "SUBBID": "SUBBIDANG", "SUBID": "SUBBIDANG", "KASUBBID": "SUBBIDANG", "KASUBID": "SUBBIDANG",
        "KABID": "BIDANG", "BID": "BIDANG", "KASI": "SEKSI", "KASIE": "SEKSI", "SIE": "SEKSI",
        "KABAG": "BAGIAN", "BAG": "BAGIAN", "SEKRETARIS": "SEKRETARIAT", "SEKRE": "SEKRETARIAT",
        "KADIS": "KEPALA DINAS", "KABAN": "KEPALA BADAN", "KAUPT": "UPT", "KAUPTD": "UPTD",
    ]
    /// Two words written apart that are one unit word.
    private static let pairs: [String: String] = [
        "SUB BAGIAN": "SUBBAGIAN", "SUB BAG": "SUBBAGIAN", "SUB BIDANG": "SUBBIDANG", "SUB BID": "SUBBIDANG",
    ]
    /// Unit words that `KEPALA` before them makes a position title.
    private static let headed: Set<String> = ["SUBBAGIAN", "SUBBIDANG", "BIDANG", "SEKSI", "BAGIAN", "SEKRETARIAT", "UPT", "UPTD"]

    /// The words a name stands for, in order.
    static func tokens(_ name: String) -> [String] {
        let raw = TextNormalising.normalise(name).split(separator: " ").map(String.init)
        var joined: [String] = []
        var index = 0
        while index < raw.count {
            if index + 1 < raw.count, let pair = pairs["\(raw[index]) \(raw[index + 1])"] {
                joined.append(pair)
                index += 2
            } else {
                joined += (words[raw[index]] ?? raw[index]).split(separator: " ").map(String.init)
                index += 1
            }
        }
        var result: [String] = []
        for (n, token) in joined.enumerated() where token != "DAN" {
            if token == "KEPALA", n + 1 < joined.count, headed.contains(joined[n + 1]) { continue }
            result.append(token)
        }
        return result
    }

    /// True when `responsible` names `unit`: the same words, or, with at least two words each,
    /// the one's words starting the other's (`Subbag Umum` for `Subbagian Umum dan Kepegawaian`).
    static func matches(_ responsible: [String], _ unit: [String]) -> Bool {
        guard !responsible.isEmpty, !unit.isEmpty else { return false }
        if responsible == unit { return true }
        let shorter = responsible.count <= unit.count ? responsible : unit
        let longer = responsible.count <= unit.count ? unit : responsible
        return shorter.count >= 2 && longer.starts(with: shorter)
    }

    /// The parts of a PENANGGUNG JAWAB cell naming several units (`Sekretariat / Bidang A`).
    static func parts(_ text: String) -> [String] {
        // ASCII without carriage returns (`\r\n` is one Character, not a `\n`) has one
        // Character a byte: split on bytes, as the Characters below would be.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return text.utf8.split(whereSeparator: { $0 == 0x2F || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A }).compactMap { part in
                func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
                guard let first = part.firstIndex(where: { !blank($0) }), let last = part.lastIndex(where: { !blank($0) }) else {
                    return nil
                }
                return String(decoding: part[first...last], as: UTF8.self)
            }
        }
        return text.split(whereSeparator: { $0 == "/" || $0 == ";" || $0 == "," || $0 == "\n" })
            .map { part in
                let trimmed = part.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
                return String(trimmed)
            }
            .filter { !$0.isEmpty }
    }
}

import Foundation
