/// A table header found in a sheet: which table it heads and which column holds what.
struct TableHeader {
    var kind: TableKind
    var row: Int
    /// Role → column (0-based). Unit columns of lintas fungsi tables are found later.
    var columns: RoleColumns
    /// Columns of this header whose text matched no role (`header.unknown_column`).
    var unknownColumns: [Int]
    /// First and last column the table spans.
    var span: ClosedRange<Int>
}

/// Finds header rows anywhere in a sheet by matching cell text against the known headers and
/// their synonyms; no fixed positions or sheet names.
enum HeaderDetector {
    static func headers(in grid: Grid) -> [TableHeader] {
        var found: [TableHeader] = []
        // Marks, numbers and long text are ruled out before anything is hashed, the rest is
        // looked up without building a normalised string (cheaper than caching by text).
        func role(_ text: String) -> ColumnRole? { HeaderVocabulary.role(of: text) }
        // One buffer for every row's roles: most rows looked at are no header.
        var roles: [(column: Int, role: ColumnRole?)] = []
        for row in 0..<grid.rowCount where grid.headerCandidates(row) >= 2 {
            // Copies of a header merged down over two rows are not a second header.
            // The findings column of a validated workbook is not part of the table.
            roles.removeAll(keepingCapacity: true)
            var roleCount = 0
            grid.forEachCell(in: row) { entry in
                guard !entry.text.isEmpty, !entry.isVerticalCopy else { return }
                let found = role(entry.text)
                if found != nil { roleCount += 1 } else if HeaderVocabulary.isReviewNotes(entry.text) { return }
                roles.append((entry.column, found))
            }
            guard roleCount >= 2 else { continue }
            let copies = horizontalCopies(roles, row: row, grid: grid)
            roles.removeAll { copies.contains($0.column) }
            for segment in segments(roles) {
                guard var header = classify(segment, row: row), !repeatsHeader(header, found, grid) else { continue }
                var last = header.span.upperBound
                while copies.contains(last + 1) { last += 1 }
                header.span = header.span.lowerBound...last
                found.append(header)
            }
        }
        return found
    }

    /// Columns whose header cell only repeats, as a merged area, the header to its left (`NO`
    /// merged over an empty separator column): not a second NO. UNIT KERJA TERKAIT's copies
    /// are its unit columns and stay.
    private static func horizontalCopies(_ roles: [(column: Int, role: ColumnRole?)], row: Int, grid: Grid) -> Set<Int> {
        var copies: Set<Int> = []
        for (index, cell) in roles.enumerated() where index > 0 {
            guard let role = cell.role, role != .unitKerja, roles[index - 1].role == role,
                  let entry = grid[row, cell.column], entry.isMergeCopy, !entry.isVerticalCopy else { continue }
            copies.insert(cell.column)
        }
        return copies
    }

    /// A hint row (`No | Nama Proses | Kode`) under a header reads like a header of the same
    /// table; it is part of that header, not a new table.
    private static func repeatsHeader(_ header: TableHeader, _ found: [TableHeader], _ grid: Grid) -> Bool {
        guard let previous = found.last(where: { $0.kind == header.kind && $0.span.overlaps(header.span) }),
              header.row - previous.row <= 3 else { return false }
        return ((previous.row + 1)..<header.row).allSatisfy { grid.isLayoutRow($0, in: header.span) }
    }

    /// Splits a header row into side-by-side tables: a role seen again starts a new table.
    private static func segments(_ roles: [(column: Int, role: ColumnRole?)]) -> [[(column: Int, role: ColumnRole?)]] {
        var result: [[(column: Int, role: ColumnRole?)]] = [[]]
        var seen = RoleSet()
        var lastColumn: Int?
        for cell in roles {
            // A merged header (UNIT KERJA TERKAIT over several columns) repeats its role.
            let continuesMerge = cell.role == .unitKerja && seen.contains(.unitKerja) && lastColumn == cell.column - 1
            if let role = cell.role, seen.contains(role), role != .kode, !continuesMerge {
                result.append([])
                seen = RoleSet()
            }
            if let role = cell.role { seen.insert(role) }
            result[result.count - 1].append(cell)
            lastColumn = cell.column
        }
        return result
    }

    private static func classify(_ cells: [(column: Int, role: ColumnRole?)], row: Int) -> TableHeader? {
        let present = RoleSet(cells.compactMap(\.role))
        guard present.count >= 2, let first = cells.first?.column, let last = cells.last?.column else { return nil }
        let kind: TableKind
        if present.contains(.kegiatan), present.containsAny(of: RoleSet([.unitKerja, .penanggungJawab, .output])) {
            kind = .lintasfungsi
        } else if present.contains(.subProses),
                  present.containsAny(of: RoleSet([.lintasFungsi, .kodeLintasFungsi, .kodeSubProses, .kode])) {
            kind = .subproses
        } else if present.contains(.proses),
                  present.containsAny(of: RoleSet([.jenisProses, .kode, .kodeProses, .kodeSubProses])) {
            kind = .proses
        } else {
            return nil
        }
        var columns = RoleColumns()
        var unknown: [Int] = []
        for (index, cell) in cells.enumerated() {
            guard let role = cell.role else { unknown.append(cell.column); continue }
            let mapped = mappedRole(role, kind: kind, neighbours: cells, at: index)
            if columns[mapped] == nil { columns[mapped] = cell.column }
        }
        return TableHeader(kind: kind, row: row, columns: columns, unknownColumns: unknown, span: first...last)
    }

    /// Code columns take their meaning from the table: in the process table every code column is
    /// the process code; a bare `KODE` in the sub process table belongs to the name beside it
    /// (`Kode | Sub Proses | Kode | Lintas Fungsi`).
    private static func mappedRole(
        _ role: ColumnRole, kind: TableKind, neighbours: [(column: Int, role: ColumnRole?)], at index: Int
    ) -> ColumnRole {
        switch (kind, role) {
        case (.proses, .kode), (.proses, .kodeProses), (.proses, .kodeSubProses):
            return .kode
        case (.subproses, .kode):
            // `Kode | Sub Proses | Kode | Lintas Fungsi`: codes precede their names when the
            // table's first named column is a code; otherwise each code follows its name.
            let codesFirst = neighbours.first { $0.role != nil && $0.role != .no }?.role == .kode
            let named: ColumnRole?
            if codesFirst {
                named = neighbours[(index + 1)...].first { $0.role != nil && $0.role != .kode }?.role
            } else {
                named = neighbours[..<index].last { $0.role != nil && $0.role != .kode }?.role
            }
            return named == .lintasFungsi || named == .kodeLintasFungsi ? .kodeLintasFungsi : .kodeSubProses
        default:
            return role
        }
    }
}
