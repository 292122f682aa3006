/// Rows that are part of a table's layout but hold no data: numbering rows `(1) (2) (3)`,
/// hint rows (`No | Nama Proses | Utama/Manajemen/Pendukung | Kode`) and `dst...` rows.
enum RowKinds {
    /// Every non-empty cell is `(n)` or `n`, at least two of them, increasing.
    static func isNumbering(_ texts: [(column: Int, text: String)]) -> Bool {
        guard texts.count >= 2 else { return false }
        var previous = 0
        for (_, text) in texts {
            let stripped = text.trimmingCharacters(in: CharacterSet(charactersIn: "()[]. "))
            guard let number = Int(stripped), number > previous else { return false }
            previous = number
        }
        return texts.contains { $0.text.hasPrefix("(") } || texts.count >= 3
    }

    /// Every non-empty cell is header-like text or a hint such as `Utama/Manajemen/Pendukung`,
    /// `Nama Proses`, `Kode`, with at least two cells.
    static func isHint(_ texts: [(column: Int, text: String)]) -> Bool {
        guard texts.count >= 2 else { return false }
        return texts.allSatisfy { isHintText($0.text) }
    }

    static func isHintText(_ text: String) -> Bool {
        let normalised = HeaderVocabulary.normalise(text)
        if HeaderVocabulary.role(of: text) != nil { return true }
        if hintPhrases.contains(normalised) { return true }
        let jenis = ["UTAMA", "MANAJEMEN", "PENDUKUNG"]
        return text.contains("/") && jenis.filter { normalised.contains($0) }.count >= 2
    }

    private static let hintPhrases: Set<String> = [
        "NAMA PROSES", "NAMA SUB PROSES", "NAMA LINTAS FUNGSI", "NAMA KEGIATAN", "URAIAN", "NOMOR URUT",
        "NAMA UNIT", "NAMA UNIT KERJA", "DIISI KODE", "DIISI NAMA PROSES",
    ]

    /// Template text left where data should be.
    static func isPlaceholder(_ text: String) -> Bool {
        let normalised = HeaderVocabulary.normalise(text)
        if normalised.isEmpty { return !text.isEmpty && text.allSatisfy { $0 == "*" || $0 == "." || $0 == "…" } }
        return normalised.hasPrefix("DST") || normalised == "DAN SETERUSNYA"
            || normalised.hasPrefix("LIHAT KEGIATAN") || normalised == "DLL"
    }

    /// A row made only of placeholders, such as the `dst...` row closing a template table.
    static func isPlaceholderRow(_ texts: [(column: Int, text: String)]) -> Bool {
        !texts.isEmpty && texts.allSatisfy { isPlaceholder($0.text) }
    }
}

import Foundation
