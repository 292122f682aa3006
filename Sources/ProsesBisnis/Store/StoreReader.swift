import SQLiteDB
import Spreadsheet

extension ProbisStore {
    /// The submission stored for `path` exactly as it was saved (every list in order, every
    /// field and location), with its content hash and code style; nil when it is not stored.
    public func load(path: String) throws -> (submission: Submission, contentHash: String, codeStyle: String?)? {
        return try StoreError.translating {
            let head = try db.statement(StoreSQL.selectSubmission)
            try head.bind(path, at: 1)
            guard let row = try head.firstRow({ row -> (Int64, [String?]) in
                (row.int64(0), (1...6).map { row.text($0) })
            }) else { return nil }
            let (id, texts) = row
            guard let format = SpreadsheetFormat(rawValue: texts[2] ?? "") else {
                throw StoreError.unreadableValue(table: "submission", column: "format", value: texts[2] ?? "NULL")
            }
            var submission = Submission(path: path, region: texts[0] ?? "", opd: texts[1] ?? "", format: format)
            submission.documentDate = texts[5]
            try readItems(into: &submission, id: id)
            submission.tabelLintasFungsi = try readTables(submissionID: id)
            return (submission, texts[3] ?? "", texts[4])
        }
    }

    private func readItems(into submission: inout Submission, id: Int64) throws {
        submission.proses = try readRows(StoreSQL.selectProses, id: id) { row in
            let no = row.relativeField(), nama = row.relativeField(), jenis = row.relativeField(), kode = row.relativeField()
            let at = row.location()
            return Proses(no: no.resolved(in: at), nama: nama.resolved(in: at), jenis: jenis.resolved(in: at),
                          kode: kode.resolved(in: at), location: at)
        }
        submission.subProses = try readRows(StoreSQL.selectSubProses, id: id) { row in
            let no = row.relativeField(), nama = row.relativeField(), kode = row.relativeField(), parent = row.relativeReference()
            let at = row.location()
            return SubProses(no: no.resolved(in: at), nama: nama.resolved(in: at), kode: kode.resolved(in: at),
                             parent: RelativeField.reference(parent, in: at), location: at)
        }
        submission.lintasFungsi = try readRows(StoreSQL.selectLintasFungsi, id: id) { row in
            let nama = row.relativeField(), kode = row.relativeField(), sub = row.relativeReference()
            let at = row.location()
            return LintasFungsi(nama: nama.resolved(in: at), kode: kode.resolved(in: at),
                                subProses: RelativeField.reference(sub, in: at), location: at)
        }
        submission.findings = try readRows(StoreSQL.selectFindings, id: id) { row in try Self.finding(&row) }
        submission.placeholders = try readRows(StoreSQL.selectPlaceholders, id: id) { row in
            let table = try Self.tableKind(row.text(), column: "placeholder.table_kind")
            guard let table, let field = row.field() else {
                throw StoreError.unreadableValue(table: "placeholder", column: "value", value: "NULL")
            }
            return (field, table)
        }
        let kinds = try readRows(StoreSQL.selectTablesFound, id: id) { row in
            try Self.tableKind(row.text(), column: "table_found.table_kind")
        }
        submission.tablesFound = Set(kinds.compactMap { $0 })
    }

    private static func finding(_ row: inout SQLiteRowReader) throws -> Finding {
        let rule = row.text() ?? "", severityText = row.text() ?? ""
        guard let severity = Severity(rawValue: severityText) else {
            throw StoreError.unreadableValue(table: "finding", column: "severity", value: severityText)
        }
        let table = try tableKind(row.text(), column: "finding.table_kind")
        let code = row.text(), location = row.optionalLocation()
        let message = LocalizedText(id: row.text() ?? "", en: row.text() ?? "")
        return Finding(rule: RuleID(stored: rule), severity: severity, table: table, code: code, location: location,
                       message: message, fix: row.text())
    }

    /// nil for NULL; an unknown kind is an error rather than a silently lost value.
    private static func tableKind(_ text: String?, column: String) throws -> TableKind? {
        guard let text else { return nil }
        guard let kind = TableKind(rawValue: text) else {
            let parts = column.split(separator: ".").map(String.init)
            throw StoreError.unreadableValue(table: parts[0], column: parts[1], value: text)
        }
        return kind
    }

    /// The lintas fungsi tables with their units, activities and marked units, read with one
    /// query per level instead of one per table.
    private func readTables(submissionID id: Int64) throws -> [TabelLintasFungsi] {
        var order: [Int64] = []
        var tables: [Int64: TabelLintasFungsi] = [:]
        try readEach(StoreSQL.selectTabel, id: id) { row in
            let tabelID = row.int64() ?? 0
            let proses = row.relativeReference(), sub = row.relativeReference(), lintas = row.relativeReference()
            let at = row.location()
            order.append(tabelID)
            tables[tabelID] = TabelLintasFungsi(proses: RelativeField.reference(proses, in: at),
                                                subProses: RelativeField.reference(sub, in: at),
                                                lintasFungsi: RelativeField.reference(lintas, in: at),
                                                units: [], kegiatan: [], location: at)
        }
        try readEach(StoreSQL.selectUnits, id: id) { row in
            let tabelID = row.int64() ?? 0
            row.skip(1)
            let name = row.text() ?? ""
            tables[tabelID]?.units.append(UnitKerja(name: name, location: row.location()))
        }
        let marked = try readParticipation(submissionID: id)
        try readEach(StoreSQL.selectKegiatan, id: id) { row in
            let tabelID = row.int64() ?? 0, kegiatanID = row.int64() ?? 0
            let no = row.relativeField(), uraian = row.relativeField(), output = row.relativeField(), pj = row.relativeField()
            let at = row.location()
            tables[tabelID]?.kegiatan.append(Kegiatan(no: no.resolved(in: at), uraian: uraian.resolved(in: at),
                                                      units: marked[kegiatanID] ?? [], output: output.resolved(in: at),
                                                      penanggungJawab: pj.resolved(in: at), location: at))
        }
        return order.compactMap { tables[$0] }
    }

    /// Unit positions by activity id, in the order they were marked.
    private func readParticipation(submissionID id: Int64) throws -> [Int64: [Int]] {
        var marked: [Int64: [Int]] = [:]
        try readEach(StoreSQL.selectParticipation, id: id) { row in
            let kegiatanID = row.int64() ?? 0
            marked[kegiatanID, default: []].append(row.int() ?? 0)
        }
        return marked
    }

    private func readRows<Item>(_ sql: String, id: Int64, _ read: (inout SQLiteRowReader) throws -> Item) throws -> [Item] {
        var items: [Item] = []
        try readEach(sql, id: id) { items.append(try read(&$0)) }
        return items
    }

    private func readEach(_ sql: String, id: Int64, _ read: (inout SQLiteRowReader) throws -> Void) throws {
        let statement = try db.statement(sql)
        try statement.bind(id, at: 1)
        try statement.forEachRow { row in
            var reader = SQLiteRowReader(row)
            try read(&reader)
        }
    }
}
