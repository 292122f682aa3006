/// Findings made while recognising tables, with their messages.
public enum RecognitionFindings {
    /// The rule ids recognition reports, beside `RuleCatalogue.all`'s, with their severity.
    public static let rules: [(id: RuleID, severity: Severity)] = [
        (RuleID.sheetHidden, .info), (hiddenRowRule, .info), (RuleID.headerUnknownColumn, .info), (RuleID.tableMissing, .warning),
    ]

    static func hiddenSheet(_ name: String, file: String?) -> Finding {
        Finding(rule: RuleID.sheetHidden, severity: .info, location: SourceLocation(file: file, sheet: name, row: 0, column: nil),
                message: LocalizedText(
                    id: "Lembar tersembunyi \"\(name)\" tidak dibaca sebagai data (biasanya versi lama atau daftar pilihan).",
                    en: "Hidden sheet \"\(name)\" is not read as data (usually an old version or a dropdown list)."))
    }

    /// `row.hidden`, once per sheet: the hidden rows that held something, 1-based as Excel
    /// shows them; the finding sits on the first of them.
    static func hiddenRows(_ rows: [Int], grid: Grid) -> Finding {
        let list = rowList(rows.map { $0 + 1 })
        let place = grid.sheetName.map { " pada lembar \"\($0)\"" } ?? ""
        let placeEN = grid.sheetName.map { " of sheet \"\($0)\"" } ?? ""
        return Finding(rule: hiddenRowRule, severity: .info, location: grid.location(rows[0], nil),
                       message: LocalizedText(
                        id: "Baris tersembunyi\(place) tidak dibaca sebagai data: baris \(list).",
                        en: "Hidden rows\(placeEN) are not read as data: rows \(list)."))
    }

    /// The rule id of hidden rows; `sheet.hidden`'s counterpart for rows.
    static let hiddenRowRule = RuleID.rowHidden

    /// `3, 5-7, 10`: runs of consecutive rows joined.
    static func rowList(_ rows: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < rows.count {
            var end = index
            while end + 1 < rows.count, rows[end + 1] == rows[end] + 1 { end += 1 }
            parts.append(end == index ? "\(rows[index])" : "\(rows[index])-\(rows[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    static func unknownColumn(_ header: TableHeader, column: Int, grid: Grid) -> Finding {
        let text = grid.text(header.row, column) ?? ""
        return Finding(rule: RuleID.headerUnknownColumn, severity: .info, table: header.kind,
                       location: grid.location(header.row, column),
                       message: LocalizedText(
                        id: "Kolom \"\(text)\" pada tabel \(header.kind.indonesianName) tidak dikenali dan diabaikan.",
                        en: "Column \"\(text)\" of the \(header.kind.englishName) table is not recognised and is ignored."))
    }

    static func missingTable(_ kind: TableKind) -> Finding {
        Finding(rule: RuleID.tableMissing, severity: .warning, table: kind,
                message: LocalizedText(
                    id: "Tabel \(kind.indonesianName) tidak ditemukan dalam kiriman ini.",
                    en: "The \(kind.englishName) table was not found in this submission."))
    }
}

extension TableKind {
    /// The table's name as users know it.
    public var indonesianName: String {
        switch self {
        case .proses: "Identifikasi Proses"
        case .subproses: "Sub Proses"
        case .lintasfungsi: "Lintas Fungsi"
        }
    }

    public var englishName: String {
        switch self {
        case .proses: "Process Identification"
        case .subproses: "Sub Process"
        case .lintasfungsi: "Cross-Functional"
        }
    }
}
