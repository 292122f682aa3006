import Foundation
import Spreadsheet

/// Region and OPD of a submission: from the folder structure first, else from a title row
/// such as `PETA PROSES BISNIS DINAS PENDIDIKAN KOTA METRO`, else from the file name.
enum SubmissionIdentity {
    private static let regionWords = ["KABUPATEN", "KOTA", "PROVINSI", "KAB.", "KAB"]

    static func resolve(_ source: SubmissionSource, workbooks: [Workbook]) -> (region: String, opd: String) {
        if let region = source.region { return (region, source.opd) }
        if let title = titleIdentity(workbooks) { return title }
        return ("(tanpa wilayah)", source.opd)
    }

    /// Looks in the first rows of visible sheets for `PETA PROSES BISNIS <OPD> <KOTA|KABUPATEN …>`.
    static func titleIdentity(_ workbooks: [Workbook]) -> (region: String, opd: String)? {
        for workbook in workbooks {
            for sheet in workbook.sheets where sheet.visibility == .visible {
                let cells = Array(sheet.cells.prefix(40))
                for (index, cell) in cells.enumerated() {
                    guard let text = cell.value.text else { continue }
                    if let identity = parseTitle(text) { return identity }
                    // The title is often two rows: `PETA PROSES BISNIS`, then `DINAS … KOTA …`.
                    guard HeaderVocabulary.normalise(text) == "PETA PROSES BISNIS",
                          let next = cells[(index + 1)...].first(where: { $0.row > cell.row })?.value.text,
                          let identity = parseTitle("PETA PROSES BISNIS " + next) else { continue }
                    return identity
                }
            }
        }
        return nil
    }

    static func parseTitle(_ text: String) -> (region: String, opd: String)? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let upper = words.map { $0.uppercased() }
        guard let start = upper.firstIndex(of: "BISNIS"), start >= 2, upper[start - 1] == "PROSES",
              upper[start - 2] == "PETA" else { return nil }
        let rest = Array(words[(start + 1)...])
        guard let split = rest.firstIndex(where: { regionWords.contains($0.uppercased()) }), split > 0 else { return nil }
        let opd = rest[..<split].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,-–—"))
        let region = rest[split...].joined(separator: " ")
        return (region.capitalized, opd.capitalized)
    }
}
