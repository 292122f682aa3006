import Spreadsheet
import XLSXWriter

/// Where each original place ended up in the validated workbook, and which findings fall on
/// which written cell.
struct ValidatedFindingMap {
    /// Original cell or whole row (column nil) → the cell that shows it; the first writer wins,
    /// so a group row's code repeated over many sub processes maps to its first showing.
    private(set) var targets: [SourceLocation: CellLocation] = [:]
    /// Written cell → its findings, in the submission's order.
    private(set) var marks: [CellLocation: [Finding]] = [:]

    /// `everyTarget: false` records only the places findings name (exactly or by row), which
    /// is all that writing needs and much less to hash.
    init(sheets: [PlannedSheet], findings: [Finding], everyTarget: Bool = false) {
        var wanted = Set<SourceLocation>()
        for case let location? in findings.map(\.location) {
            wanted.insert(location)
            wanted.insert(SourceLocation(file: location.file, sheet: location.sheet, row: location.row, column: nil))
        }
        if everyTarget || !wanted.isEmpty {
            for sheet in sheets {
                for cell in sheet.cells {
                    for source in cell.sources where (everyTarget || wanted.contains(source)) && targets[source] == nil {
                        targets[source] = CellLocation(sheet: sheet.name, row: cell.row, column: cell.column)
                    }
                }
            }
        }
        for finding in findings {
            guard let target = target(for: finding.location) else { continue }
            marks[target, default: []].append(finding)
        }
    }

    /// The written cell for a finding's place: the exact cell, else (for a cell we did not
    /// write, such as a stray column) the first cell of its row; nil when neither was written.
    func target(for location: SourceLocation?) -> CellLocation? {
        guard let location else { return nil }
        if let exact = targets[location] { return exact }
        guard location.column != nil else { return nil }
        var row = location
        row.column = nil
        return targets[row]
    }

}

/// The words and colours findings are shown with.
enum FindingPresentation {
    /// Fills by severity: light red for errors, light yellow for warnings, light blue for info.
    static func fill(_ severity: Severity) -> RGBColor {
        switch severity {
        case .error: .lightRed
        case .warning: .lightYellow
        case .info: .lightBlue
        }
    }

    /// `galat` / `peringatan` / `catatan`, as the text report words them.
    static func word(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .id): "galat"
        case (.warning, .id): "peringatan"
        case (.info, .id): "catatan"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.info, .en): "info"
        }
    }

    static func fixLabel(_ language: Language) -> String {
        language == .en ? "Fix" : "Perbaikan"
    }

    /// The note on a marked cell: worst findings first, each with its suggested fix.
    ///
    /// ```
    /// [galat] code.separator: Kode memakai pemisah ...
    /// Perbaikan: MTR.01.02
    /// ```
    static func comment(_ findings: [Finding], _ language: Language) -> String {
        let ordered = findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
        return ordered.map { finding in
            var text = "[\(word(finding.severity, language))] \(finding.rule): \(finding.message.text(language))"
            if let fix = finding.fix { text += "\n\(fixLabel(language)): \(fix)" }
            return text
        }.joined(separator: "\n\n")
    }

    /// `Kota Metro/Dinas.xlsx › Sub Proses!C9`: the place in the original submission.
    static func originalPlace(_ location: SourceLocation?, submissionPath: String) -> String {
        guard let location else { return submissionPath }
        let file = location.file.map { submissionPath.isEmpty ? $0 : submissionPath + "/" + $0 } ?? submissionPath
        if location.sheet != nil { return "\(file) › \(location.description)" }
        return "\(file):\(location.displayRow)"
    }
}
