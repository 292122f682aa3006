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

    /// The parts of a PENANGGUNG JAWAB cell naming several units (`Sekretariat / Bidang A`):
    /// split at `/ ; ,` and line breaks (a `\r\n` pair, one character, is not one), each part
    /// without the spaces and tabs around it; read on the bytes, every separator being ASCII.
    static func parts(_ text: String) -> [String] {
        var result: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        func cut(_ end: String.Index) {
            var first = start, last = end
            while first < last, utf8[first] == 0x20 || utf8[first] == 0x09 { first = utf8.index(after: first) }
            while first < last {
                let before = utf8.index(before: last)
                guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
                last = before
            }
            if first < last { result.append(String(decoding: utf8[first..<last], as: UTF8.self)) }
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x2F || byte == 0x3B || byte == 0x2C || (byte == 0x0A && previous != 0x0D) {
                cut(index)
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        cut(utf8.endIndex)
        return result
    }
}
