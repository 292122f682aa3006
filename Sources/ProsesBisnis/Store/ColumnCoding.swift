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

    /// A field of a row stored at `base`: its `x_file` and `x_sheet` are NULL when they are the
    /// row's (almost always: a row's cells share its sheet), `''` when the field has none but
    /// the row has one; `x_row` and `x_col` are stored as they are.
    mutating func add(_ field: FieldValue?, in base: SourceLocation) throws {
        guard let field else {
            for _ in 0..<7 { try add(nil as String?) }
            return
        }
        try add(field.text)
        try add(field.raw == field.text ? nil : field.raw)
        try add(field.wasNumber)
        try add(Self.relative(field.location.file, to: base.file))
        try add(Self.relative(field.location.sheet, to: base.sheet))
        try add(field.location.row)
        try add(field.location.column)
    }

    /// NULL for the row's own value, `''` for none where the row has one.
    private static func relative(_ value: String?, to base: String?) -> String? {
        value == base ? nil : (value ?? "")
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

    /// `has_x` then the nama and kode fields, relative to the row at `base`.
    mutating func add(_ reference: ParentReference?, in base: SourceLocation) throws {
        try add(reference != nil)
        try add(reference?.nama, in: base)
        try add(reference?.kode, in: base)
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

    /// A field stored relative to its row (`add(_:in:)`): resolved once the row's location is read.
    mutating func relativeField() -> RelativeField {
        guard let text = text() else {
            skip(6)
            return RelativeField(value: nil)
        }
        let raw = self.text()
        let wasNumber = bool() ?? false
        let file = self.text(), sheet = self.text()
        let row = int() ?? 0
        return RelativeField(value: FieldValue(text: text, raw: raw ?? text, wasNumber: wasNumber,
                                               location: SourceLocation(file: file, sheet: sheet, row: row, column: int())))
    }

    mutating func relativeReference() -> (present: Bool, nama: RelativeField, kode: RelativeField) {
        let present = bool() ?? false
        return (present, relativeField(), relativeField())
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
}

/// A field read before its row's location (`SQLiteRowReader.relativeField`): `file` and
/// `sheet` still as stored, NULL standing for the row's.
struct RelativeField {
    var value: FieldValue?

    func resolved(in base: SourceLocation) -> FieldValue? {
        guard var field = value else { return nil }
        field.location.file = Self.absolute(field.location.file, base.file)
        field.location.sheet = Self.absolute(field.location.sheet, base.sheet)
        return field
    }

    private static func absolute(_ stored: String?, _ base: String?) -> String? {
        guard let stored else { return base }
        return stored.isEmpty ? nil : stored
    }

    static func reference(_ parts: (present: Bool, nama: RelativeField, kode: RelativeField), in base: SourceLocation) -> ParentReference? {
        parts.present ? ParentReference(nama: parts.nama.resolved(in: base), kode: parts.kode.resolved(in: base)) : nil
    }
}
