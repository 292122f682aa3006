import SQLiteDB
/// The schema of the regional database `DIR/probis.sqlite`, version 3 (`PRAGMA user_version`).
///
/// The database is a cache of what `probis consolidate` read: every row can be rebuilt from the
/// submissions, so a store written by another schema version is dropped and recreated rather
/// than migrated. `docs/database.md` describes it for analysts, with example queries.
///
/// Tables (every child reaches `submission` through `ON DELETE CASCADE`, so deleting a
/// submission row removes everything read from it):
///
/// | table | one row per | keys |
/// | --- | --- | --- |
/// | `submission` | OPD file or CSV folder | `path` UNIQUE |
/// | `proses` | row of the Tabel Identifikasi Proses | `submission_id`, `position` |
/// | `sub_proses` | sub process, with its group row (`parent_*`) | `submission_id`, `position` |
/// | `lintas_fungsi` | lintas fungsi listed in the Sub Proses table (`sub_proses_*`) | `submission_id`, `position` |
/// | `tabel_lintas_fungsi` | lintas fungsi table: its key/value block (`proses_*`, `sub_proses_*`, `lintas_fungsi_*`) | `submission_id`, `position` |
/// | `unit` | unit column of a lintas fungsi table | `tabel_id`, `position` |
/// | `kegiatan` | activity row of a lintas fungsi table | `tabel_id`, `position` |
/// | `participation` | unit marked on an activity | (`kegiatan_id`, `position`), `unit_id` |
/// | `finding` | finding stored with the submission | `submission_id`, `position` |
/// | `placeholder` | template text left where data belongs | `submission_id`, `position` |
/// | `table_found` | table kind recognition found a header for | (`submission_id`, `table_kind`) |
/// | `unit_alias` | entry of the unit dictionary | `region`, `opd`, `alias`; `submission_id` SET NULL |
///
/// `position` is the 0-based order in the source, so `ORDER BY position` gives the table back.
///
/// Column groups, so that every value comes back exactly as it was read:
/// - a **field** `x` (a `FieldValue?`) is seven columns: `x` (trimmed text; NULL when the field
///   is absent), `x_raw` (untrimmed text, NULL when equal to `x`), `x_num` (1 when the cell held
///   a number), `x_file`, `x_sheet`, `x_row`, `x_col` (its cell; in a row with a location,
///   `x_file` and `x_sheet` are NULL when they are the row's own, `''` when the field has none
///   but the row has one: the sheet's name is not repeated on every field of every row);
/// - a **location** is `file`, `sheet`, `row`, `col`: `row` and `col` are 0-based as in
///   `SourceLocation` (add 1 for what the user sees), `col` NULL for a whole row, `sheet` NULL
///   for CSV, `file` NULL for one-file submissions;
/// - a **reference** `r` (a `ParentReference?`) is `has_r` (0 when absent) and the fields
///   `r_nama` and `r_kode`.
enum Schema {
    /// Bump whenever a table or column changes; older stores are then rebuilt.
    static let version = 3

    /// The tables in creation order (parents first); dropped in reverse.
    static let tables: [TableDefinition] = [
        TableDefinition(name: "submission", columns: submissionColumns, constraints: []),
        child("proses", of: "submission", columns: ColumnGroup.fields("no", "nama", "jenis", "kode") + ColumnGroup.location),
        child("sub_proses", of: "submission", columns: ColumnGroup.fields("no", "nama", "kode")
            + ColumnGroup.reference("parent") + ColumnGroup.location),
        child("lintas_fungsi", of: "submission", columns: ColumnGroup.fields("nama", "kode")
            + ColumnGroup.reference("sub_proses") + ColumnGroup.location),
        child("tabel_lintas_fungsi", of: "submission", columns: ColumnGroup.reference("proses")
            + ColumnGroup.reference("sub_proses") + ColumnGroup.reference("lintas_fungsi") + ColumnGroup.location),
        child("unit", of: "tabel_lintas_fungsi", key: "tabel_id", columns: [Column("name", "TEXT NOT NULL")] + ColumnGroup.location),
        child("kegiatan", of: "tabel_lintas_fungsi", key: "tabel_id",
              columns: ColumnGroup.fields("no", "uraian", "output", "penanggung_jawab") + ColumnGroup.location),
        participation,
        child("finding", of: "submission", columns: findingColumns),
        child("placeholder", of: "submission", columns: [Column("table_kind", "TEXT NOT NULL")] + ColumnGroup.field("value")),
        tableFound,
        unitAlias,
    ]

    /// Indexes for the analyst's usual questions. A first, full consolidation fills the tables
    /// without them and builds them at the end (`ProbisStore.suspendAnalystIndexes`), which
    /// is cheaper than keeping them up to date row by row.
    static let analystIndexes: [(name: String, on: String)] = [
        ("proses_kode", "proses(kode)"),
        ("sub_proses_kode", "sub_proses(kode)"),
        ("lintas_fungsi_kode", "lintas_fungsi(kode)"),
        ("unit_name", "unit(name)"),
        ("participation_unit", "participation(unit_id)"),
        ("finding_rule", "finding(rule)"),
    ]

    /// Indexes the store's own statements need at all times; foreign keys are covered by the
    /// UNIQUE (parent, position) constraints, which cascading deletes rely on.
    static let storeIndexes: [(name: String, on: String)] = [
        ("unit_alias_lookup", "unit_alias(region, opd, alias)"),
        ("unit_alias_submission", "unit_alias(submission_id)"),
        ("submission_region", "submission(region, opd)"),
    ]

    static func createIndexSQL(_ index: (name: String, on: String)) -> String {
        "CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.on)"
    }

    /// The whole schema as SQL, ending with the version stamp.
    static var sql: String {
        (tables.map(\.createSQL) + (analystIndexes + storeIndexes).map(createIndexSQL) + ["PRAGMA user_version = \(version)"])
            .map { $0 + ";\n" }.joined()
    }

    private static let submissionColumns = [
        Column("id", "INTEGER PRIMARY KEY"), Column("path", "TEXT NOT NULL UNIQUE"),
        Column("region", "TEXT NOT NULL"), Column("opd", "TEXT NOT NULL"), Column("format", "TEXT NOT NULL"),
        Column("content_hash", "TEXT NOT NULL"), Column("code_style", "TEXT"), Column("document_date", "TEXT"),
        Column("proses_count", "INTEGER NOT NULL"), Column("sub_proses_count", "INTEGER NOT NULL"),
        Column("lintas_fungsi_count", "INTEGER NOT NULL"), Column("aktivitas_count", "INTEGER NOT NULL"),
    ]

    private static let findingColumns = [
        Column("rule", "TEXT NOT NULL"), Column("severity", "TEXT NOT NULL"), Column("table_kind", "TEXT"),
        Column("code", "TEXT"),
    ] + ColumnGroup.optionalLocation + [
        Column("message_id", "TEXT NOT NULL"), Column("message_en", "TEXT NOT NULL"), Column("fix", "TEXT"),
    ]

    /// `units` of a `Kegiatan` in their order; `position` keeps that order (and any repeats).
    private static let participation = TableDefinition(name: "participation", columns: [
        Column("kegiatan_id", "INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE"),
        Column("position", "INTEGER NOT NULL"),
        Column("unit_id", "INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE"),
    ], constraints: ["PRIMARY KEY (kegiatan_id, position)"], withoutRowID: true)

    private static let tableFound = TableDefinition(name: "table_found", columns: [
        Column("submission_id", "INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE"),
        Column("table_kind", "TEXT NOT NULL"),
    ], constraints: ["PRIMARY KEY (submission_id, table_kind)"], withoutRowID: true)

    /// The unit dictionary belongs to the region, not to one read of a file: re-saving a
    /// submission must not drop it, so its link is SET NULL and `save` links it again.
    private static let unitAlias = TableDefinition(name: "unit_alias", columns: [
        Column("id", "INTEGER PRIMARY KEY"),
        Column("submission_id", "INTEGER REFERENCES submission(id) ON DELETE SET NULL"),
        Column("region", "TEXT NOT NULL"), Column("opd", "TEXT NOT NULL"),
        Column("alias", "TEXT NOT NULL"), Column("canonical", "TEXT NOT NULL"),
    ], constraints: [])

    /// A table whose rows belong to `parent` in order, deleted with it.
    private static func child(_ name: String, of parent: String, key: String = "submission_id",
                              columns: [Column]) -> TableDefinition {
        let keys = [
            Column("id", "INTEGER PRIMARY KEY"),
            Column(key, "INTEGER NOT NULL REFERENCES \(parent)(id) ON DELETE CASCADE"),
            Column("position", "INTEGER NOT NULL"),
        ]
        return TableDefinition(name: name, columns: keys + columns, constraints: ["UNIQUE (\(key), position)"])
    }
}

/// One column of a table: its name and its SQL type with constraints.
struct Column {
    let name: String
    let type: String

    init(_ name: String, _ type: String) {
        self.name = name
        self.type = type
    }
}

/// A table as `CREATE TABLE` needs it; `ProbisStore` builds its INSERT and SELECT column lists
/// from the same definitions, so writing and reading cannot disagree on the order.
struct TableDefinition {
    let name: String
    let columns: [Column]
    let constraints: [String]
    var withoutRowID = false

    var createSQL: String {
        let lines = columns.map { "  \($0.name) \($0.type)" } + constraints.map { "  \($0)" }
        return "CREATE TABLE \(name) (\n\(lines.joined(separator: ",\n"))\n)" + (withoutRowID ? " WITHOUT ROWID" : "")
    }
}

/// The column groups the schema repeats (see `Schema`).
enum ColumnGroup {
    static let location = [
        Column("file", "TEXT"), Column("sheet", "TEXT"), Column("row", "INTEGER NOT NULL"), Column("col", "INTEGER"),
    ]

    /// A location that may be absent (a finding about a whole submission): `row` NULL then.
    static let optionalLocation = [
        Column("file", "TEXT"), Column("sheet", "TEXT"), Column("row", "INTEGER"), Column("col", "INTEGER"),
    ]

    static func field(_ name: String) -> [Column] {
        [
            Column(name, "TEXT"), Column("\(name)_raw", "TEXT"), Column("\(name)_num", "INTEGER"),
            Column("\(name)_file", "TEXT"), Column("\(name)_sheet", "TEXT"),
            Column("\(name)_row", "INTEGER"), Column("\(name)_col", "INTEGER"),
        ]
    }

    static func fields(_ names: String...) -> [Column] { names.flatMap(field) }

    static func reference(_ name: String) -> [Column] {
        [Column("has_\(name)", "INTEGER NOT NULL")] + field("\(name)_nama") + field("\(name)_kode")
    }
}
