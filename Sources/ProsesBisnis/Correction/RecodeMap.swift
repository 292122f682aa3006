import Foundation
import Spreadsheet

/// One line of a recode map: `old;new`, optionally scoped to a region and an OPD.
public struct RecodeMapLine: Sendable, Hashable {
    /// 1-based line of the map file.
    public var line: Int
    public var old: Kode
    public var new: String
    /// nil: every region (or every OPD of the region).
    public var region: String?
    public var opd: String?
}

/// The explicit code map of `recode --map`: a CSV read with the project's own CSV reader (so
/// `;`, `,` or tab, a BOM, Windows-1252 and a `sep=` line all work).
///
/// Columns `old;new[;region[;opd]]`; an optional header names them (`old`/`lama`/`kode lama`,
/// `new`/`baru`/`kode baru`, `region`/`wilayah`, `opd`/`perangkat daerah`) in any order.
public enum RecodeMap {
    static let oldNames: Set<String> = ["OLD", "LAMA", "KODE LAMA", "OLD CODE", "DARI", "FROM"]
    static let newNames: Set<String> = ["NEW", "BARU", "KODE BARU", "NEW CODE", "MENJADI", "KE", "TO"]
    static let regionNames: Set<String> = ["REGION", "WILAYAH", "DAERAH", "KABUPATEN/KOTA", "KABUPATEN KOTA"]
    static let opdNames: Set<String> = ["OPD", "PERANGKAT DAERAH", "INSTANSI", "UNIT"]

    /// The map's lines, or every problem found in them.
    public static func read(path: String) throws -> [RecodeMapLine] {
        let sheet: Sheet
        do {
            guard let first = try CSVReader().read(path: path).sheets.first else { throw RecodeRefusal([.mapEmpty(file: path)]) }
            sheet = first
        } catch let refusal as RecodeRefusal {
            throw refusal
        } catch {
            let reason = (error as? SpreadsheetError).map { LocalizedText(id: $0.message(.id), en: $0.message(.en)) }
                ?? LocalizedText(id: "\(error)", en: "\(error)")
            throw RecodeRefusal([.mapUnreadable(file: path, reason: reason)])
        }
        var rows = sheet.rows().map { row in
            (line: row.row + 1, cells: Dictionary(row.cells.map { ($0.column, TextTrimming.trimmed($0.value.displayText)) },
                                                  uniquingKeysWith: { a, _ in a }))
        }.filter { $0.cells.values.contains { !$0.isEmpty } }
        var columns = (old: 0, new: 1, region: 2, opd: 3)
        if let header = rows.first, let named = headerColumns(header.cells) {
            columns = named
            rows.removeFirst()
        }
        var lines: [RecodeMapLine] = []
        var problems: [RecodeProblem] = []
        for row in rows {
            switch parse(row.cells, line: row.line, columns: columns, file: path) {
            case .success(let line): lines.append(line)
            case .failure(let refusal): problems += refusal.problems
            }
        }
        if !problems.isEmpty { throw RecodeRefusal(problems) }
        if lines.isEmpty { throw RecodeRefusal([.mapEmpty(file: path)]) }
        return lines
    }

    /// One data row: both codes present, codes at all, at the same level, readable back.
    private static func parse(_ cells: [Int: String], line: Int, columns: (old: Int, new: Int, region: Int, opd: Int),
                              file: String) -> Result<RecodeMapLine, RecodeRefusal> {
        let value = { (column: Int) in cells[column].flatMap { $0.isEmpty ? nil : $0 } }
        let fail = { (problem: RecodeProblem) in Result<RecodeMapLine, RecodeRefusal>.failure(RecodeRefusal([problem])) }
        guard let oldText = value(columns.old), let newText = value(columns.new) else { return fail(.missingValue(file: file, line: line)) }
        guard let old = Kode(oldText) else { return fail(.notACode(file: file, line: line, text: oldText)) }
        guard let new = Kode(newText) else { return fail(.notACode(file: file, line: line, text: newText)) }
        guard old.numbers.count == new.numbers.count else {
            return fail(.levelChange(file: file, line: line, old: old.raw, new: new.raw))
        }
        guard readsBack(new.raw) else { return fail(.unreadableResult(file: file, line: line, code: new.raw)) }
        return .success(RecodeMapLine(line: line, old: old, new: new.raw, region: value(columns.region), opd: value(columns.opd)))
    }

    /// The columns a header row names, nil when the row is data.
    private static func headerColumns(_ cells: [Int: String]) -> (old: Int, new: Int, region: Int, opd: Int)? {
        var found: [String: Int] = [:]
        for (column, text) in cells {
            let name = HeaderVocabulary.normalise(text)
            for (role, names) in [("old", oldNames), ("new", newNames), ("region", regionNames), ("opd", opdNames)]
            where names.contains(name) && found[role] == nil {
                found[role] = column
            }
        }
        guard let old = found["old"], let new = found["new"] else { return nil }
        return (old, new, found["region"] ?? -1, found["opd"] ?? -1)
    }

    /// True when a code written alone or after a name (`Nama (KODE)`) reads back as itself,
    /// as the corrected workbook writes it.
    static func readsBack(_ code: String) -> Bool {
        CodeExtraction.leadingCode(code) == code && CodeExtraction.split("Nama (\(code))")?.code == code
    }
}
