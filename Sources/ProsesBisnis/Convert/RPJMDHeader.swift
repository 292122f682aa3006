/// The header of an RPJMD or Renstra table: which columns hold which field, found by their
/// names wherever the table sits (titles above it, merged header cells, column numbers typed
/// into the header like `3 Tujuan`, a second header row under Capaian Kinerja).
struct RPJMDHeader {
    enum Column: Hashable, CaseIterable {
        case no, tujuan, sasaran, strategi, arahKebijakan, indikator, program, kegiatan, subKegiatan, urusan, skpd
    }

    let row: Int
    let kind: RPJMDTableKind
    /// Each field's columns, left to right: `Sasaran` merged over its number and its text has two.
    let columns: [Column: [Int]]

    /// The field a header cell names, nil for any other text. Leading column numbers (`4
    /// Sasaran`) and case, spaces and punctuation do not matter.
    static func column(of text: String) -> Column? {
        var words = HeaderVocabulary.normalise(text).split(separator: " ").map(String.init)
        while let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, name.count <= 60 else { return nil }
        if let exact = exactNames[name] { return exact }
        if name.hasPrefix("INDIKATOR") { return .indikator }
        if name.hasPrefix("PROGRAM") { return .program }
        if name.hasPrefix("SUB KEGIATAN") || name.hasPrefix("SUBKEGIATAN") { return .subKegiatan }
        if words.contains("SKPD") || words.contains("OPD") || name.contains("PERANGKAT DAERAH") { return .skpd }
        if name.hasPrefix("SASARAN") { return .sasaran }
        if name.hasPrefix("TUJUAN") { return .tujuan }
        return nil
    }

    private static let exactNames: [String: Column] = [
        "NO": .no, "NOMOR": .no, "TUJUAN": .tujuan, "SASARAN": .sasaran, "SASARAN STRATEGIS": .sasaran,
        "STRATEGI": .strategi, "ARAH KEBIJAKAN": .arahKebijakan, "KEBIJAKAN": .arahKebijakan,
        "KEGIATAN": .kegiatan, "BIDANG URUSAN": .urusan, "URUSAN": .urusan,
        "PENANGGUNG JAWAB": .skpd, "PENANGGUNGJAWAB": .skpd, "UNIT PENANGGUNG JAWAB": .skpd,
    ]

    /// The header at `row`, when its cells name a Sasaran column and enough of the others to
    /// tell the table: Program (with Kegiatan: Renstra) or Strategi/Tujuan.
    static func find(in grid: Grid, row: Int) -> RPJMDHeader? {
        var columns: [Column: [Int]] = [:]
        for entry in grid.cells(row) {
            guard !entry.isVerticalCopy, !entry.text.isEmpty, let role = Self.column(of: entry.text) else { continue }
            columns[role, default: []].append(entry.column)
        }
        guard columns[.sasaran] != nil, columns.count >= 3 else { return nil }
        extendIntoUnnamedColumns(&columns, grid: grid, row: row)
        let kind: RPJMDTableKind
        if columns[.program] != nil {
            kind = columns[.kegiatan] != nil || columns[.subKegiatan] != nil ? .renstra : .kebijakanUmum
        } else if columns[.tujuan] != nil || columns[.strategi] != nil {
            kind = .strategi
        } else {
            return nil
        }
        return RPJMDHeader(row: row, kind: kind, columns: columns)
    }

    /// A header typed over the first of two columns without merging them (`Sasaran` over
    /// `1.1 | Terwujudnya ...`) owns the unnamed columns right of it, up to two.
    private static func extendIntoUnnamedColumns(_ columns: inout [Column: [Int]], grid: Grid, row: Int) {
        let taken = Set(columns.values.flatMap { $0 })
        for field in [Column.tujuan, .sasaran, .program, .kegiatan] {
            guard var last = columns[field]?.last else { continue }
            for _ in 0..<2 {
                let next = last + 1
                guard !taken.contains(next), grid.text(row, next) == nil, grid.text(row + 1, next) == nil else { break }
                columns[field]!.append(next)
                last = next
            }
        }
    }

    /// The typed (not merge-copied) texts of a field on a row, joined by a space, and the
    /// column of the last of them (the text of `1.1 | Terwujudnya ...`).
    func text(_ field: Column, row: Int, in grid: Grid) -> (text: String, column: Int)? {
        guard let columns = columns[field] else { return nil }
        var parts: [String] = []
        var last = columns[0]
        for column in columns {
            guard let text = grid.ownText(row, column) else { continue }
            parts.append(text)
            last = column
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " "), last)
    }
}
