import SQLiteDB
/// Writing and reading the column groups of `Schema` (field, location, reference). Each `add`
/// here has a `read` below that takes the same columns in the same order.
extension SQLiteBinder {
    /// Seven columns; all NULL for an absent field, `raw` NULL when it equals the trimmed text.
    mutating func add(_ field: FieldValue?) throws {
        guard let field else {
            for _ in 0..<7 { try add(nil as String?) }
            return
        }
        try add(field.text)
        try add(field.raw == field.text ? nil : field.raw)
        try add(field.wasNumber)
        try add(field.location)
    }

    mutating func add(_ location: SourceLocation) throws {
        try add(location.file)
        try add(location.sheet)
        try add(location.row)
        try add(location.column)
    }

    /// Four columns, all NULL when there is no location.
    mutating func add(_ location: SourceLocation?) throws {
        guard let location else {
            for _ in 0..<4 { try add(nil as String?) }
            return
        }
        try add(location)
    }

    /// `has_x` then the nama and kode fields.
    mutating func add(_ reference: ParentReference?) throws {
        try add(reference != nil)
        try add(reference?.nama)
        try add(reference?.kode)
    }
}

extension SQLiteRowReader {
    mutating func field() -> FieldValue? {
        guard let text = text() else {
            skip(6)
            return nil
        }
        let raw = self.text()
        let wasNumber = bool() ?? false
        return FieldValue(text: text, raw: raw ?? text, wasNumber: wasNumber, location: location())
    }

    mutating func location() -> SourceLocation {
        let file = text(), sheet = text()
        let row = int() ?? 0
        return SourceLocation(file: file, sheet: sheet, row: row, column: int())
    }

    /// A location whose `row` is NULL is absent.
    mutating func optionalLocation() -> SourceLocation? {
        let file = text(), sheet = text()
        guard let row = int() else {
            skip(1)
            return nil
        }
        return SourceLocation(file: file, sheet: sheet, row: row, column: int())
    }

    mutating func reference() -> ParentReference? {
        let present = bool() ?? false
        let nama = field(), kode = field()
        return present ? ParentReference(nama: nama, kode: kode) : nil
    }
}
