import ProsesBisnis
import Spreadsheet

/// Prints the cells of workbooks as text, CSV or JSON on stdout.
struct CellPrinter {
    let format: DumpFormat
    /// The CSV field separator: `;` by default, as Excel in an Indonesian locale reads it.
    let delimiter: Character
    private let out = Output.standard

    init(format: DumpFormat, delimiter: Character = ";") {
        self.format = format
        self.delimiter = delimiter
    }

    func begin() {
        switch format {
        case .text: break
        case .csv:
            // A BOM tells Excel the file is UTF-8; like perubahan.csv, it opens with a double click.
            out.write("\u{FEFF}")
            out.line(["file", "sheet", "visibility", "cell", "row", "column", "kind", "formula", "value"].joined(separator: String(delimiter)))
        case .json: out.write("[")
        }
    }

    func end() {
        if format == .json { out.line("]") }
    }

    func print(_ workbook: Workbook, isFirst: Bool) {
        switch format {
        case .text: printText(workbook)
        case .csv: printCSV(workbook)
        case .json: printJSON(workbook, isFirst: isFirst)
        }
    }

    private func printText(_ workbook: Workbook) {
        out.line("== \(workbook.path) (\(workbook.format.rawValue))")
        for sheet in workbook.sheets {
            var header = "-- \(sheet.name)"
            if sheet.visibility != .visible { header += " [\(sheet.visibility.rawValue)]" }
            if !sheet.mergedRanges.isEmpty { header += " merged: " + sheet.mergedRanges.map(\.description).joined(separator: " ") }
            out.line(header)
            for cell in sheet.cells {
                let kind = cell.isFormula ? "\(cell.value.kind.rawValue)=" : cell.value.kind.rawValue
                out.line("\(sheet.name)!\(cell.address)\t\(kind)\t\(TextEscaping.visible(cell.value.displayText))")
            }
        }
    }

    private func printCSV(_ workbook: Workbook) {
        for sheet in workbook.sheets {
            for cell in sheet.cells {
                let fields = [workbook.path, sheet.name, sheet.visibility.rawValue, cell.address.description,
                              String(cell.row + 1), String(cell.column + 1), cell.value.kind.rawValue,
                              cell.isFormula ? "1" : "0", cell.value.displayText]
                out.line(fields.map { TextEscaping.csvField($0, delimiter: delimiter) }.joined(separator: String(delimiter)))
            }
        }
    }

    private func printJSON(_ workbook: Workbook, isFirst: Bool) {
        out.write(isFirst ? "\n" : ",\n")
        out.write("{\"file\":\(TextEscaping.json(workbook.path)),\"format\":\"\(workbook.format.rawValue)\",\"sheets\":[")
        for (index, sheet) in workbook.sheets.enumerated() {
            if index > 0 { out.write(",") }
            let merged = sheet.mergedRanges.map { TextEscaping.json($0.description) }.joined(separator: ",")
            out.write("\n {\"name\":\(TextEscaping.json(sheet.name)),\"visibility\":\"\(sheet.visibility.rawValue)\",\"merged\":[\(merged)],\"cells\":[")
            for (cellIndex, cell) in sheet.cells.enumerated() {
                if cellIndex > 0 { out.write(",") }
                out.write("\n  {\"cell\":\"\(cell.address)\",\"row\":\(cell.row + 1),\"column\":\(cell.column + 1),"
                    + "\"kind\":\"\(cell.value.kind.rawValue)\",\"formula\":\(cell.isFormula),\"value\":\(Self.jsonValue(cell.value))}")
            }
            out.write("]}")
        }
        out.write("]}")
    }

    private static func jsonValue(_ value: CellValue) -> String {
        switch value {
        case .number(let number): number.isFinite ? value.displayText : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .text(let text), .error(let text): TextEscaping.json(text)
        }
    }
}

/// Escaping for the dump formats.
enum TextEscaping {
    /// Control characters made visible, so one cell stays on one line.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return text }
        return text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }

    static func csvField(_ text: String, delimiter: Character = ";") -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func json(_ text: String) -> String {
        JSONValue.quote(text)
    }
}

import Foundation
