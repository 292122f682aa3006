import Foundation
import Spreadsheet

/// Region and OPD of a submission, from the best evidence rather than a fixed order:
///
/// 1. **Region**: a folder that names a region (`Kota ...`, `Kabupaten ...`, `Kab. ...`,
///    `Provinsi ...`) is the region; a title row naming another one draws `identity.conflict`
///    (the folder's is kept, since the officer filed it there). A folder that names no
///    region (`Email`, `Masuk`) yields to the region the title names; without a title it
///    stays the region.
/// 2. **OPD**: the file (or CSV folder) name, unless it is a generic name such as
///    `lampiran (2)`, `Book1` or `Salinan dari ...`, which the title's OPD beats.
/// 3. Without folder or title: the file name as OPD, region `(tanpa wilayah)`.
///
/// Titles are read in the first rows of visible sheets, written in one cell, spread over the
/// cells of a row or over up to three rows (`PETA PROSES BISNIS` / `KECAMATAN KLAMBU` /
/// `KABUPATEN GROBOGAN`).
enum SubmissionIdentity {
    struct Resolved: Equatable {
        var region: String
        var opd: String
        /// The folder's region and the title's, when they differ.
        var conflict: (folder: String, title: String)?

        static func == (lhs: Resolved, rhs: Resolved) -> Bool {
            lhs.region == rhs.region && lhs.opd == rhs.opd && lhs.conflict?.folder == rhs.conflict?.folder
                && lhs.conflict?.title == rhs.conflict?.title
        }
    }

    static let noRegion = "(tanpa wilayah)"
    private static let regionWords: Set<String> = ["KABUPATEN", "KOTA", "PROVINSI", "KAB.", "KAB"]
    /// Rows searched for a title at the top of each visible sheet.
    private static let titleRows = 12

    static func resolve(_ source: SubmissionSource, workbooks: [Workbook]) -> Resolved {
        let title = titleIdentity(workbooks)
        let opd = title.map { isGeneric(source.opd) ? $0.opd : source.opd } ?? source.opd
        guard let folder = source.region else { return Resolved(region: title?.region ?? noRegion, opd: opd) }
        guard let folderRegion = regionName(folder) else { return Resolved(region: title?.region ?? folder, opd: opd) }
        if let titleRegion = title?.region, regionKey(titleRegion) != regionKey(folderRegion) {
            return Resolved(region: folder, opd: opd, conflict: (folder, titleRegion))
        }
        return Resolved(region: folder, opd: opd)
    }

    /// The folder's name as a region when it names one (`Kota Metro`, `Kab. Grobogan`).
    static func regionName(_ folder: String) -> String? {
        let first = folder.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() } ?? ""
        return regionWords.contains(first) || first.hasPrefix("KAB.") ? folder : nil
    }

    /// Compares regions as names: case, spacing and `Kab.` for `Kabupaten` aside.
    static func regionKey(_ region: String) -> String {
        var words = region.uppercased().split(whereSeparator: { $0.isWhitespace || $0 == "." }).map(String.init)
        if words.first == "KAB" { words[0] = "KABUPATEN" }
        return words.joined(separator: " ")
    }

    /// File names that say nothing of the OPD: attachments, copies, default names.
    static func isGeneric(_ name: String) -> Bool {
        var text = name.lowercased().trimmingCharacters(in: .whitespaces)
        while let open = text.lastIndex(of: "("), text.hasSuffix(")") {
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard let first = words.first else { return true }
        return genericWords.contains(String(first)) || words.count == 1 && first.count <= 2
    }

    private static let genericWords: Set<String> = [
        "lampiran", "attachment", "book", "buku", "untitled", "tanpa", "salinan", "copy", "kiriman", "dokumen", "document",
        "file", "berkas", "data", "template", "templat", "format", "instrumen", "peta", "pp", "new", "baru", "final", "revisi",
        "sheet",
    ]

    /// Looks in the first rows of visible sheets for `PETA PROSES BISNIS <OPD> <KOTA|KABUPATEN …>`,
    /// in one cell, across a row's cells, or over up to three rows.
    static func titleIdentity(_ workbooks: [Workbook]) -> (region: String, opd: String)? {
        for workbook in workbooks {
            for sheet in workbook.sheets where sheet.visibility == .visible {
                let rows = topRows(sheet)
                for start in rows.indices where mentionsPetaProsesBisnis(rows[start]) {
                    for count in 1...3 where start + count <= rows.count {
                        if let identity = parseTitle(rows[start..<(start + count)].joined(separator: " ")) { return identity }
                    }
                }
            }
        }
        return nil
    }

    /// The text of each of the first non-empty rows, its cells joined by spaces. Walks the
    /// sorted cells and stops after `titleRows` rows: it runs for every submission.
    private static func topRows(_ sheet: Sheet) -> [String] {
        var rows: [String] = []
        var current: [String] = []
        var currentRow = -1
        for cell in sheet.cells {
            if cell.row != currentRow {
                if !current.isEmpty { rows.append(current.joined(separator: " ")) }
                if rows.count == titleRows { return rows }
                current = []
                currentRow = cell.row
            }
            if let text = cell.value.text, !text.isEmpty { current.append(text) }
        }
        if !current.isEmpty, rows.count < titleRows { rows.append(current.joined(separator: " ")) }
        return rows
    }

    /// `PETA PROSES BISNIS` in any case and spacing; a look at the bytes for `BISNIS` first,
    /// since the first rows of every sheet of every submission pass here.
    private static func mentionsPetaProsesBisnis(_ row: String) -> Bool {
        let word = Array("bisnis".utf8)
        var matched = 0
        for byte in row.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            matched = lower == word[matched] ? matched + 1 : (lower == word[0] ? 1 : 0)
            if matched == word.count { return HeaderVocabulary.normalise(row).contains("PETA PROSES BISNIS") }
        }
        return false
    }

    static func parseTitle(_ text: String) -> (region: String, opd: String)? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let upper = words.map { $0.uppercased() }
        // The last `PETA PROSES BISNIS` before the region: a `TENTANG : PETA PROSES BISNIS DINAS
        // ...` line above the title must not become part of the OPD's name.
        let firstRegion = upper.firstIndex { regionWords.contains($0) } ?? upper.count
        guard let start = upper.indices.last(where: { index in
            index >= 2 && index < firstRegion && upper[index] == "BISNIS" && upper[index - 1] == "PROSES" && upper[index - 2] == "PETA"
        }) else { return nil }
        let rest = Array(words[(start + 1)...])
        guard let split = rest.firstIndex(where: { regionWords.contains($0.uppercased()) }), split > 0 else { return nil }
        let opd = rest[..<split].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,-–—"))
        // A title may go on after the region: `... KOTA PASURUAN TAHUN 2024`.
        let regionWordsAfter = rest[split...].prefix { word in
            word.uppercased() != "TAHUN" && !(word.count == 4 && word.allSatisfy(\.isNumber))
        }
        var region = regionWordsAfter.joined(separator: " ")
        if region.uppercased().hasPrefix("KAB. ") || region.uppercased().hasPrefix("KAB ") {
            region = "Kabupaten " + region.split(separator: " ", maxSplits: 1).dropFirst().joined()
        }
        return (region.capitalized, opd.capitalized)
    }
}
