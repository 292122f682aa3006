import SQLiteDB
extension ProbisStore {
    /// Replaces everything stored for `submission.path` with `submission`, in one transaction.
    ///
    /// The old submission row is deleted first and its children go with it by cascade; then
    /// every row is inserted through cached prepared statements, so a 500-activity submission
    /// costs about a millisecond. `codeStyle` is the inferred code style's name, when known.
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
            for text in [finding.rule, finding.severity.rawValue, finding.table?.rawValue, finding.code] { try binder.add(text) }
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

    private func insertTables(_ tables: [TabelLintasFungsi], submissionID: Int64) throws {
        try insertRows(StoreSQL.insertTabel, tables, parent: submissionID) { binder, tabel in
            for reference in [tabel.proses, tabel.subProses, tabel.lintasFungsi] { try binder.add(reference, in: tabel.location) }
            try binder.add(tabel.location)
        } after: { tabel, tabelID in
            var unitIDs: [Int64] = []
            try insertRows(StoreSQL.insertUnit, tabel.units, parent: tabelID) { binder, unit in
                try binder.add(unit.name)
                try binder.add(unit.location)
            } after: { _, unitID in unitIDs.append(unitID) }
            try insertKegiatan(tabel.kegiatan, tabelID: tabelID, unitIDs: unitIDs)
        }
    }

    private func insertKegiatan(_ kegiatan: [Kegiatan], tabelID: Int64, unitIDs: [Int64]) throws {
        let participation = try db.statement(StoreSQL.insertParticipation)
        try insertRows(StoreSQL.insertKegiatan, kegiatan, parent: tabelID) { binder, item in
            for field in [item.no, item.uraian, item.output, item.penanggungJawab] { try binder.add(field, in: item.location) }
            try binder.add(item.location)
        } after: { item, kegiatanID in
            for (position, unit) in item.units.enumerated() {
                try participation.bind(kegiatanID, at: 1)
                try participation.bind(position, at: 2)
                try participation.bind(unitIDs[unit], at: 3)
                try participation.run()
            }
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
