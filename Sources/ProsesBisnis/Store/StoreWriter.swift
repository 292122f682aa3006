import SQLiteDB
extension ProbisStore {
    /// Replaces everything stored for `submission.path` with `submission`, in one transaction.
    ///
    /// The old submission row is deleted first and its children go with it by cascade; then
    /// every row is inserted through cached prepared statements, those of the lintas fungsi
    /// tables (most of the rows) `StoreSQL.batchRows` rows a statement. `codeStyle` is the inferred code style's name, when known.
    public func save(_ submission: Submission, contentHash: String, codeStyle: String?) throws {
        try save([(submission, contentHash, codeStyle)])
    }

    /// Saves several submissions (a region's) in one transaction: all or none, and each page
    /// SQLite touches is written to the log once rather than once per submission.
    public func save(_ items: [(submission: Submission, contentHash: String, codeStyle: String?)]) throws {
        try StoreError.translating {
            for item in items { try checkUnitIndices(item.submission) }
            try db.transaction {
                for (submission, contentHash, codeStyle) in items {
                    try remove(path: submission.path)
                    let id = try insertSubmission(submission, contentHash: contentHash, codeStyle: codeStyle)
                    try insertItems(submission, id: id)
                    try insertTables(submission.tabelLintasFungsi, submissionID: id)
                }
            }
        }
    }

    /// Participation rows reference unit rows, so an index outside the table cannot be stored.
    private func checkUnitIndices(_ submission: Submission) throws {
        for (t, tabel) in submission.tabelLintasFungsi.enumerated() {
            for (k, kegiatan) in tabel.kegiatan.enumerated() {
                if let bad = kegiatan.units.first(where: { !tabel.units.indices.contains($0) }) {
                    throw StoreError.invalidUnitIndex(path: submission.path, tabel: t, kegiatan: k, index: bad)
                }
            }
        }
    }

    private func insertSubmission(_ submission: Submission, contentHash: String, codeStyle: String?) throws -> Int64 {
        let insert = try db.statement(StoreSQL.insertSubmission)
        var binder = SQLiteBinder(insert)
        for text in [submission.path, submission.region, submission.opd, submission.format.rawValue, contentHash, codeStyle,
                     submission.documentDate] {
            try binder.add(text)
        }
        for count in [submission.proses.count, submission.subProses.count, submission.lintasFungsi.count, submission.aktivitasCount] {
            try binder.add(count)
        }
        try insert.run()
        let id = db.lastInsertRowID
        let relink = try db.statement(StoreSQL.relinkAliases)
        try relink.bind(id, at: 1)
        try relink.bind(submission.region, at: 2)
        try relink.bind(submission.opd, at: 3)
        try relink.run()
        return id
    }

    /// Every list of the submission except the lintas fungsi tables.
    private func insertItems(_ submission: Submission, id: Int64) throws {
        try insertRows(StoreSQL.insertProses, submission.proses, parent: id) { binder, proses in
            for field in [proses.no, proses.nama, proses.jenis, proses.kode] { try binder.add(field, in: proses.location) }
            try binder.add(proses.location)
        }
        try insertRows(StoreSQL.insertSubProses, submission.subProses, parent: id) { binder, sub in
            for field in [sub.no, sub.nama, sub.kode] { try binder.add(field, in: sub.location) }
            try binder.add(sub.parent, in: sub.location)
            try binder.add(sub.location)
        }
        try insertRows(StoreSQL.insertLintasFungsi, submission.lintasFungsi, parent: id) { binder, lintas in
            try binder.add(lintas.nama, in: lintas.location)
            try binder.add(lintas.kode, in: lintas.location)
            try binder.add(lintas.subProses, in: lintas.location)
            try binder.add(lintas.location)
        }
        try insertRows(StoreSQL.insertFinding, submission.findings, parent: id) { binder, finding in
            for text in [finding.rule.rawValue, finding.severity.rawValue, finding.table?.rawValue, finding.code] { try binder.add(text) }
            try binder.add(finding.location)
            for text in [finding.message.id, finding.message.en, finding.fix] { try binder.add(text) }
        }
        try insertRows(StoreSQL.insertPlaceholder, submission.placeholders, parent: id) { binder, placeholder in
            try binder.add(placeholder.table.rawValue)
            try binder.add(placeholder.field)
        }
        let found = try db.statement(StoreSQL.insertTableFound)
        for kind in submission.tablesFound {
            try found.bind(id, at: 1)
            try found.bind(kind.rawValue, at: 2)
            try found.run()
        }
    }

    /// The lintas fungsi tables with their units, activities and marks: most of a submission's
    /// rows, so they go in many rows a statement, with ids the store hands out (the next free
    /// ones, in one transaction) instead of asking SQLite for each new row's id.
    private func insertTables(_ tables: [TabelLintasFungsi], submissionID: Int64) throws {
        var tabelID = try nextID("tabel_lintas_fungsi"), unitID = try nextID("unit"), kegiatanID = try nextID("kegiatan")
        try insertBatched(StoreSQL.batchedTabel, Array(tables.enumerated())) { binder, item in
            try binder.add(tabelID)
            try binder.add(submissionID)
            try binder.add(item.offset)
            for reference in [item.element.proses, item.element.subProses, item.element.lintasFungsi] {
                try binder.add(reference, in: item.element.location)
            }
            try binder.add(item.element.location)
            tabelID += 1
        }
        tabelID -= Int64(tables.count)
        var units: [(tabel: Int64, position: Int, unit: UnitKerja)] = []
        var kegiatan: [(tabel: Int64, position: Int, kegiatan: Kegiatan)] = []
        var marks: [(kegiatan: Int64, position: Int, unit: Int64)] = []
        for tabel in tables {
            let firstUnit = unitID
            for (position, unit) in tabel.units.enumerated() { units.append((tabelID, position, unit)) }
            unitID += Int64(tabel.units.count)
            for (position, item) in tabel.kegiatan.enumerated() {
                kegiatan.append((tabelID, position, item))
                let id = kegiatanID + Int64(kegiatan.count - 1)
                for (mark, unit) in item.units.enumerated() { marks.append((id, mark, firstUnit + Int64(unit))) }
            }
            tabelID += 1
        }
        unitID -= Int64(units.count)
        try insertBatched(StoreSQL.batchedUnit, units) { binder, row in
            try binder.add(unitID)
            try binder.add(row.tabel)
            try binder.add(row.position)
            try binder.add(row.unit.name)
            try binder.add(row.unit.location)
            unitID += 1
        }
        try insertBatched(StoreSQL.batchedKegiatan, kegiatan) { binder, row in
            let item = row.kegiatan
            try binder.add(kegiatanID)
            try binder.add(row.tabel)
            try binder.add(row.position)
            for field in [item.no, item.uraian, item.output, item.penanggungJawab] { try binder.add(field, in: item.location) }
            try binder.add(item.location)
            kegiatanID += 1
        }
        try insertBatched(StoreSQL.batchedParticipation, marks) { binder, row in
            try binder.add(row.kegiatan)
            try binder.add(row.position)
            try binder.add(row.unit)
        }
    }

    private func nextID(_ table: String) throws -> Int64 {
        try db.statement(StoreSQL.nextID(table)).firstRow { $0.int64(0) } ?? 1
    }

    /// Inserts `rows` through `sql.batch` (`StoreSQL.batchRows` rows a run) and the rest one by
    /// one through `sql.one`; `bind` adds every column of a row, its id included.
    private func insertBatched<Row>(_ sql: StoreSQL.Batched, _ rows: [Row], bind: (inout SQLiteBinder, Row) throws -> Void) throws {
        var start = 0
        while start < rows.count {
            let count = rows.count - start >= StoreSQL.batchRows ? StoreSQL.batchRows : 1
            let statement = try db.statement(count == 1 ? sql.one : sql.batch)
            var binder = SQLiteBinder(statement)
            for row in rows[start..<start + count] { try bind(&binder, row) }
            try statement.run()
            start += count
        }
    }

    /// Inserts `items` in order under `parent`, binding the parent id and the position before
    /// `bind` adds the data columns; `after` gets each new row's id.
    private func insertRows<Item>(_ sql: String, _ items: [Item], parent: Int64,
                                  bind: (inout SQLiteBinder, Item) throws -> Void,
                                  after: (Item, Int64) throws -> Void = { _, _ in }) throws {
        let insert = try db.statement(sql)
        for (position, item) in items.enumerated() {
            var binder = SQLiteBinder(insert)
            try binder.add(parent)
            try binder.add(position)
            try bind(&binder, item)
            try insert.run()
            try after(item, db.lastInsertRowID)
        }
    }
}
