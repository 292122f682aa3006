import Foundation
import Spreadsheet

/// One changed cell of an original submission, as the change log lists it.
public struct CellChange: Hashable, Sendable {
    /// The original file, relative to the root (`Kota Metro/Dinas.xlsx`, `NTT/Biro/sub-proses.csv`).
    public var file: String
    /// The sheet; empty for CSV.
    public var sheet: String
    /// The A1 reference (for CSV, where Excel shows the cell when it opens the file).
    public var cell: String
    public var old: String
    public var new: String
    public var rule: RuleID
}

/// The change log `fix` and `recode` write: `perubahan.csv` (UTF-8 with BOM, `;`-separated,
/// for Indonesian Excel) and `perubahan.json` (the same rows with English field names).
public enum ChangeLog {
    public static let csvName = ProbisOutputs.changeLogCSV
    public static let jsonName = ProbisOutputs.changeLogJSON
    static let csvHeader = ProbisOutputs.changeLogHeader
    private static let bom = "\u{FEFF}"

    /// The cell changes of one submission: a cell's edits folded into one row whose texts are
    /// the whole cell before and after (a code sharing its cell with a name is replaced in place).
    public static func changes(_ edits: [CellEdit], in submission: Submission) -> [CellChange] {
        let fields = originalFields(submission)
        var order: [SourceLocation] = []
        var byCell: [SourceLocation: [CellEdit]] = [:]
        for edit in edits {
            if byCell[edit.location] == nil { order.append(edit.location) }
            byCell[edit.location, default: []].append(edit)
        }
        return order.sorted(by: precedes).map { location in
            let cellEdits = byCell[location]!
            let raw = fields[location]?.raw ?? ""
            var text = raw
            for edit in cellEdits {
                let whole = fields[location].map(CellText.isWhole) ?? true
                text = whole || edit.old.isEmpty ? edit.new : CellText.replacing(edit.old, with: edit.new, in: text) ?? edit.new
            }
            let rule = cellEdits.first { $0.target == .code }?.rule ?? cellEdits.last!.rule
            return CellChange(file: file(of: location, in: submission), sheet: location.sheet ?? "",
                              cell: CellAddress(row: location.row, column: location.column ?? 0).description,
                              old: raw.isEmpty ? cellEdits[0].old : raw, new: text, rule: rule)
        }
    }

    /// The original path of the file holding `location`, relative to the root.
    static func file(of location: SourceLocation, in submission: Submission) -> String {
        guard let member = location.file, submission.format == .csv else { return submission.path }
        return submission.path == "." ? member : submission.path + "/" + member
    }

    private static func precedes(_ lhs: SourceLocation, _ rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return (lhs.file ?? "") < (rhs.file ?? "") }
        if lhs.sheet != rhs.sheet { return (lhs.sheet ?? "") < (rhs.sheet ?? "") }
        if lhs.row != rhs.row { return lhs.row < rhs.row }
        return (lhs.column ?? -1) < (rhs.column ?? -1)
    }

    /// Every field of the submission by place (the first one where a name and a code share a cell).
    private static func originalFields(_ submission: Submission) -> [SourceLocation: FieldValue] {
        var fields: [SourceLocation: FieldValue] = [:]
        func add(_ field: FieldValue?) {
            if let field, fields[field.location] == nil { fields[field.location] = field }
        }
        func add(_ reference: ParentReference?) { add(reference?.kode); add(reference?.nama) }
        for item in submission.proses { add(item.no); add(item.nama); add(item.jenis); add(item.kode) }
        for item in submission.subProses { add(item.no); add(item.nama); add(item.kode); add(item.parent) }
        for item in submission.lintasFungsi { add(item.nama); add(item.kode); add(item.subProses) }
        for table in submission.tabelLintasFungsi {
            add(table.proses); add(table.subProses); add(table.lintasFungsi)
            table.kegiatan.forEach { add($0.no) }
        }
        return fields
    }

    /// `perubahan.csv`: a BOM, the header, one `;`-separated row per change, CRLF line ends.
    public static func csv(_ changes: [CellChange]) -> String {
        let rows = [csvHeader] + changes.map { change in
            [change.file, change.sheet, change.cell, change.old, change.new, change.rule.rawValue].map(csvField).joined(separator: ";")
        }
        return bom + rows.joined(separator: "\r\n") + "\r\n"
    }

    /// `perubahan.json`: `{"root": ..., "changes": [{"file", "sheet", "cell", "old", "new", "rule"}]}`.
    public static func json(_ changes: [CellChange], root: String) -> String {
        let rows = changes.map { change in
            "    {\"file\": \(JSONValue.quote(change.file)), \"sheet\": \(JSONValue.quote(change.sheet)), "
                + "\"cell\": \(JSONValue.quote(change.cell)), \"old\": \(JSONValue.quote(change.old)), "
                + "\"new\": \(JSONValue.quote(change.new)), \"rule\": \(JSONValue.quote(change.rule.rawValue))}"
        }
        let body = rows.isEmpty ? "[]" : "[\n" + rows.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"tool\": \"probis\",\n  \"root\": \(JSONValue.quote(root)),\n  \"changes\": \(body)\n}\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True for a change log this tool wrote (`ProbisOutputs.isChangeLog`).
    public static func isChangeLog(path: String) -> Bool { ProbisOutputs.isChangeLog(path: path) }
}
