import Spreadsheet

/// `no.renumber`: NO written 1, 2, 3 … as the instrument numbers it: processes through the
/// table, activities through each lintas fungsi table, and sub processes either through the
/// table or again from 1 under each process (the official example restarts under every group
/// row, Klambu runs on): whichever the table already follows more.
///
/// Only tables that have a NO column are touched; an empty NO among numbered rows is filled.
/// The numbering is the validated workbook's (one Proses table, one Sub Proses table), so
/// that a corrected workbook read again needs no renumbering.
enum Renumbering {
    static func edits(_ submission: Submission) -> [CellEdit] {
        let proses = submission.proses.map { (no: $0.no, record: $0.location) }
        var edits = sequence(proses, Array(1...max(1, proses.count)))
        edits += subProsesEdits(submission.subProses)
        for table in submission.tabelLintasFungsi {
            let rows = table.kegiatan.map { (no: $0.no, record: $0.location) }
            edits += sequence(rows, Array(1...max(1, rows.count)))
        }
        return edits
    }

    private static func subProsesEdits(_ items: [SubProses]) -> [CellEdit] {
        let rows = items.map { (no: $0.no, record: $0.location) }
        let running = Array(1...max(1, items.count))
        var perGroup: [Int] = []
        var parent: ParentReference?
        var count = 0
        for item in items {
            if let group = item.parent, group != parent { count = 0 }
            parent = item.parent
            count += 1
            perGroup.append(count)
        }
        let matches = { (expected: [Int]) in zip(rows, expected).filter { $0.0.no?.text == String($0.1) }.count }
        return sequence(rows, matches(perGroup) > matches(running) ? perGroup : running)
    }

    /// Edits that make each NO read its expected number.
    private static func sequence(_ rows: [(no: FieldValue?, record: SourceLocation)], _ expected: [Int]) -> [CellEdit] {
        guard rows.contains(where: { $0.no != nil }) else { return [] }
        return zip(rows, expected).compactMap { row, number in
            let text = String(number)
            if let no = row.no {
                guard no.text != text else { return nil }
                return CellEdit(location: no.location, target: .number, old: no.text, new: text, rule: CorrectionRule.renumber)
            }
            let cell = MissingCell.location(of: row.record, siblings: rows.map(\.no))
            guard cell.column != nil else { return nil }
            return CellEdit(location: cell, target: .number, old: "", new: text, rule: CorrectionRule.renumber)
        }
    }
}
