import Foundation

/// Protects text that happens to look like OOXML's `_xHHHH_` character escape.
///
/// Readers (Excel included) decode `_x000D_` in a stored string to a carriage return, and
/// libxlsxwriter writes text as given, so a user's literal `_x000D_` would come back changed.
/// Escaping its underscore as `_x005F_` keeps the text as the user typed it.
enum LiteralEscapes {
    static func protect(_ text: String) -> String {
        guard hasUnderscore(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            if unit == 0x5F, looksLikeEscape(units, at: index) {
                output.append(contentsOf: Array("_x005F_".utf16))
            } else {
                output.append(unit)
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// Every cell written passes here, so the common case (no `_` at all) is one `memchr`.
    private static func hasUnderscore(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0x5F, bytes.count) != nil } ?? false
        }
        return found ?? text.utf8.contains(0x5F)
    }

    private static func looksLikeEscape(_ units: [UInt16], at index: Int) -> Bool {
        guard index + 7 <= units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return false }
        return units[(index + 2)..<(index + 6)].allSatisfy { unit in
            (0x30...0x39).contains(unit) || (0x41...0x46).contains(unit) || (0x61...0x66).contains(unit)
        }
    }
}
