import SQLiteDB
/// The INSERT and SELECT statements of `ProbisStore`, built once from `Schema.tables` so that
/// the column order of writing and reading is the order of the definitions.
enum StoreSQL {
    /// The columns after the key columns (`id`, the parent key, `position`): the data a row carries.
    static func dataColumns(_ table: String) -> [String] {
        guard let definition = Schema.tables.first(where: { $0.name == table }) else {
            preconditionFailure("no table \(table) in Schema.tables")
        }
        let keys: Set = ["id", "submission_id", "tabel_id", "position"]
        return definition.columns.map(\.name).filter { !keys.contains($0) }
    }

    /// `INSERT INTO table (parent, position, data…) VALUES (?, …)`.
    static func insert(_ table: String, parent: String = "submission_id") -> String {
        let columns = [parent, "position"] + dataColumns(table)
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))"
    }

    /// `INSERT INTO table (id, parent, position, data…) VALUES (?, …), (?, …) …` for `rows` rows:
    /// the rows of the lintas fungsi tables go in with ids chosen by the store, many a statement.
    static func insertWithID(_ table: String, parent: String, rows: Int) -> String {
        let columns = ["id", parent, "position"] + dataColumns(table)
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + values(columns.count, rows: rows)
    }

    /// `(?, …), (?, …) …`: `rows` groups of `columns` marks.
    static func values(_ columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Rows a multi-row INSERT takes: few statement runs, well under SQLite's 32,766 variables.
    static let batchRows = 32

    /// The full-batch and single-row INSERTs of each table written in batches.
    struct Batched {
        let one: String
        let batch: String

        init(_ table: String, parent: String) {
            one = StoreSQL.insertWithID(table, parent: parent, rows: 1)
            batch = StoreSQL.insertWithID(table, parent: parent, rows: StoreSQL.batchRows)
        }

        init(participation: Void) {
            let head = "INSERT INTO participation (kegiatan_id, position, unit_id) VALUES "
            one = head + StoreSQL.values(3, rows: 1)
            batch = head + StoreSQL.values(3, rows: StoreSQL.batchRows)
        }
    }

    static let batchedTabel = Batched("tabel_lintas_fungsi", parent: "submission_id")
    static let batchedUnit = Batched("unit", parent: "tabel_id")
    static let batchedKegiatan = Batched("kegiatan", parent: "tabel_id")
    static let batchedParticipation = Batched(participation: ())

    /// The next free id of a table whose ids the store chooses.
    static func nextID(_ table: String) -> String { "SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)" }

    /// `SELECT data… FROM table WHERE submission_id = ? ORDER BY position`.
    static func select(_ table: String) -> String {
        "SELECT \(dataColumns(table).joined(separator: ", ")) FROM \(table) WHERE submission_id = ? ORDER BY position"
    }

    /// The rows of a table under `tabel_lintas_fungsi` for one submission: `tabel_id, id, data…`
    /// in table then row order.
    static func selectUnderTabel(_ table: String) -> String {
        let columns = ["c.tabel_id", "c.id"] + dataColumns(table).map { "c.\($0)" }
        return """
            SELECT \(columns.joined(separator: ", ")) FROM \(table) c
            JOIN tabel_lintas_fungsi t ON t.id = c.tabel_id
            WHERE t.submission_id = ? ORDER BY t.position, c.position
            """
    }

    static let insertSubmission = """
        INSERT INTO submission (path, region, opd, format, content_hash, code_style, document_date,
          proses_count, sub_proses_count, lintas_fungsi_count, aktivitas_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertProses = insert("proses")
    static let insertSubProses = insert("sub_proses")
    static let insertLintasFungsi = insert("lintas_fungsi")
    static let insertFinding = insert("finding")
    static let insertPlaceholder = insert("placeholder")
    static let insertTableFound = "INSERT OR IGNORE INTO table_found (submission_id, table_kind) VALUES (?, ?)"
    /// Re-links dictionary entries that lost their submission when it was saved again.
    static let relinkAliases = """
        UPDATE unit_alias SET submission_id = ? WHERE region = ? AND opd = ? AND submission_id IS NULL
        """

    static let selectSubmission = """
        SELECT id, region, opd, format, content_hash, code_style, document_date FROM submission WHERE path = ?
        """
    static let selectProses = select("proses")
    static let selectSubProses = select("sub_proses")
    static let selectLintasFungsi = select("lintas_fungsi")
    static let selectTabel = "SELECT id, " + select("tabel_lintas_fungsi").dropFirst("SELECT ".count)
    static let selectUnits = selectUnderTabel("unit")
    static let selectKegiatan = selectUnderTabel("kegiatan")
    /// The unit positions marked on each activity of a submission, in their order.
    static let selectParticipation = """
        SELECT p.kegiatan_id, u.position FROM participation p
        JOIN unit u ON u.id = p.unit_id
        JOIN tabel_lintas_fungsi t ON t.id = u.tabel_id
        WHERE t.submission_id = ? ORDER BY p.kegiatan_id, p.position
        """
    static let selectFindings = select("finding")
    static let selectPlaceholders = select("placeholder")
    static let selectTablesFound = "SELECT table_kind FROM table_found WHERE submission_id = ?"
}
