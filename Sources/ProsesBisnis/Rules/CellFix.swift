/// The value `probis fix` writes into a cell whose code is to change. A code may share its cell
/// with a name (`Perencanaan (MTR.02)` in a group row or a key/value block), so the fix
/// rewrites only the code inside the cell's text.
enum CellFix {
    /// The cell's text with `field`'s code replaced by `code`; nil when the code cannot be
    /// found exactly once in the cell (the value came from several cells).
    static func replacing(_ field: FieldValue, with code: String) -> String? {
        let raw = field.raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if raw == field.text { return code }
        let parts = raw.components(separatedBy: field.text)
        guard parts.count == 2 else { return nil }
        return parts[0] + code + parts[1]
    }
}

import Foundation
