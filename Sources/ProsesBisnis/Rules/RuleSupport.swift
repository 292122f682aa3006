/// What several rules share: the three kinds of coded items with their names in both
/// languages, the codes a submission defines, and how to point at a cell that is missing.

/// The coded items of the hierarchy, as the code rules name them in messages.
enum ItemKind: CaseIterable, Sendable {
    case proses, subProses, lintasFungsi

    /// The table that defines items of this kind (lintas fungsi are listed in the Sub Proses table).
    var table: TableKind { self == .proses ? .proses : .subproses }

    var name: LocalizedText {
        switch self {
        case .proses: LocalizedText(id: "proses", en: "process")
        case .subProses: LocalizedText(id: "sub proses", en: "sub process")
        case .lintasFungsi: LocalizedText(id: "lintas fungsi", en: "cross-functional flow (lintas fungsi)")
        }
    }

    /// The levels a code of this kind may have (lintas fungsi may be broken down further, as
    /// Pasuruan's `P1.2.1.1`).
    func accepts(level: Int) -> Bool {
        switch self {
        case .proses: level == 0
        case .subProses: level == 1
        case .lintasFungsi: level >= 2
        }
    }

    /// The level a code of this kind has at least, for examples in messages.
    var level: Int {
        switch self {
        case .proses: 0
        case .subProses: 1
        case .lintasFungsi: 2
        }
    }
}

/// One code cell where an item is defined (not a reference to it).
struct CodeDefinition {
    var field: FieldValue
    var kind: ItemKind
}

extension RuleContext {
    /// True when the submission has the table that defines `kind`: its header was found, or
    /// items of that kind were read.
    func hasTable(defining kind: ItemKind) -> Bool {
        if submission.tablesFound.contains(kind.table) { return true }
        switch kind {
        case .proses: return !submission.proses.isEmpty
        case .subProses, .lintasFungsi: return !submission.subProses.isEmpty || !submission.lintasFungsi.isEmpty
        }
    }

    /// True when `kode` cannot be rewritten into the document's style (`code.malformed`):
    /// its structure says nothing reliable about its parent, so the reference rules skip it.
    func isMalformed(_ kode: Kode) -> Bool {
        conformance(kode) == .malformed
    }

    /// The pattern for messages (`MTR.NN.NN`), cut to the depth of `kind`.
    func example(for kind: ItemKind) -> String? {
        codeStyle.map { $0.render(numbers: Array(repeating: 1, count: kind.level + 1)) }
    }
}

extension Kode {
    /// The keys of this code's structural ancestors, nearest first (`P1.2.1.1` → `P.1.2.1`,
    /// `P.1.2`, `P.1`). A key is itself a parseable code, so the chain is walked through it.
    var ancestorKeys: [String] {
        var keys: [String] = []
        var next = parentKey
        while let key = next, keys.count < 32 {
            keys.append(key)
            next = Kode(key)?.parentKey
        }
        return keys
    }

    /// True when `other` is this code's parent, grandparent, ... Keys join their segments
    /// with dots and a parent's key is its child's minus the last number (and literal), so an
    /// ancestor's key is exactly a dot-bounded prefix: no parsing needed.
    func isDescendant(of other: Kode) -> Bool {
        let ancestor = other.key
        let own = key
        return own.count > ancestor.count && own.hasPrefix(ancestor)
            && own.utf8[own.utf8.index(own.utf8.startIndex, offsetBy: ancestor.utf8.count)] == UInt8(ascii: ".")
    }
}

/// Where to point for a value that is absent from its row.
enum MissingCell {
    /// The cell of the row in the column where the same field sits in the other rows of the
    /// same sheet (the most frequent one); the whole row when no other row tells.
    static func location(of row: SourceLocation, siblings: [FieldValue?]) -> SourceLocation {
        let columns = siblings.compactMap { field -> Int? in
            guard let field, field.location.file == row.file, field.location.sheet == row.sheet else { return nil }
            return field.location.column
        }
        guard let column = CodeStyle.majority(columns) else { return row }
        return row.column(column)
    }
}

/// How messages name a place.
enum Place {
    /// `C7` on the same sheet, `Proses!C7` on another, `baris 7` / `row 7` without a cell
    /// (CSV, or a whole row), with the file name when it differs.
    static func name(_ location: SourceLocation, from here: SourceLocation?) -> LocalizedText {
        var prefix = ""
        if location.file != here?.file, let file = location.file { prefix = file + " " }
        if let cell = location.cell {
            let sheet = location.sheet != here?.sheet ? "\(location.sheet ?? "")!" : ""
            return LocalizedText(id: prefix + sheet + cell, en: prefix + sheet + cell)
        }
        let sheet = location.sheet.map { $0 != here?.sheet ? "\($0) " : "" } ?? ""
        return LocalizedText(id: "\(prefix)\(sheet)baris \(location.displayRow)",
                             en: "\(prefix)\(sheet)row \(location.displayRow)")
    }
}

/// A cell's text as a message quotes it: at most 80 characters, so that a pasted paragraph (or
/// a hostile value of megabytes) never floods a report; the cell itself says the rest.
func quoted(_ text: String) -> String {
    text.count <= 80 ? text : String(text.prefix(77)) + "…"
}
