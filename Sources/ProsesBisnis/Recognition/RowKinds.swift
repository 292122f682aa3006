/// Rows that are part of a table's layout but hold no data: numbering rows `(1) (2) (3)`,
/// hint rows (`No | Nama Proses | Utama/Manajemen/Pendukung | Kode`) and `dst...` rows.
enum RowKinds {
    /// Every non-empty cell is `(n)` or `n`, at least two of them, increasing.
    static func isNumbering(_ texts: [(column: Int, text: String)]) -> Bool {
        guard texts.count >= 2 else { return false }
        if isLetterNumbering(texts) { return true }
        var previous = 0
        for (_, text) in texts {
            guard let number = rowNumber(text), number > previous else { return false }
            previous = number
        }
        return texts.contains { $0.text.hasPrefix("(") } || texts.count >= 3
    }

    /// Column letters `A B C D` (or `(a) (b) (c)`) in order: at least three, consecutive.
    private static func isLetterNumbering(_ texts: [(column: Int, text: String)]) -> Bool {
        guard texts.count >= 3 else { return false }
        var previous: UInt8?
        for (_, text) in texts {
            guard let letter = columnLetter(text), previous.map({ letter == $0 + 1 }) ?? true else { return false }
            previous = letter
        }
        return true
    }

    /// The upper-case letter of `A`, `(a)`, `b.`, nil for anything else.
    static func columnLetter(_ text: String) -> UInt8? {
        var letter: UInt8?
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A:
                guard letter == nil else { return nil }
                letter = byte & 0xDF
            case 0x28, 0x29, 0x2E, 0x20: continue
            default: return nil
            }
        }
        return letter
    }

    /// The n of `n`, `(n)`, `[n]` or `n.`, read from bytes: this runs on every row.
    static func rowNumber(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                if digits > 4 { return nil }
            case 0x28, 0x29, 0x5B, 0x5D, 0x2E, 0x20: continue
            default: return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// Every non-empty cell is header-like text or a hint such as `Utama/Manajemen/Pendukung`,
    /// `Nama Proses`, `Kode`, with at least two cells.
    static func isHint(_ texts: [(column: Int, text: String)]) -> Bool {
        guard texts.count >= 2 else { return false }
        return texts.allSatisfy { isHintText($0.text) }
    }

    static func isHintText(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        if hintTable.contains(text) { return true }
        guard text.utf8.contains(UInt8(ascii: "/")) else { return false }
        let normalised = HeaderVocabulary.normalise(text)
        let jenis = ["UTAMA", "MANAJEMEN", "PENDUKUNG"]
        return jenis.filter { normalised.contains($0) }.count >= 2
    }

    /// Every header and hint phrase, looked up without normalising into a new string.
    private static let hintTable = PhraseTable(
        HeaderVocabulary.roles.mapValues { _ in () }.merging(hintPhrases.map { ($0, ()) }) { first, _ in first })

    private static let hintPhrases: Set<String> = [
        "NAMA PROSES", "NAMA SUB PROSES", "NAMA LINTAS FUNGSI", "NAMA KEGIATAN", "URAIAN", "NOMOR URUT",
        "NAMA UNIT", "NAMA UNIT KERJA", "DIISI KODE", "DIISI NAMA PROSES",
    ]

    /// Template text left where data should be.
    static func isPlaceholder(_ text: String) -> Bool {
        // Every placeholder starts with d/D (dst), l/L (lihat), * or a dot: skip the rest cheaply.
        guard let first = text.utf8.first, [0x64, 0x44, 0x6C, 0x4C, 0x2A, 0x2E, 0xE2].contains(first),
              text.utf8.count <= 60 else { return false }
        // And a word starting with d or l goes on as one (`dst`, `dan`, `dll`; `lihat`):
        // `Dokumen`, `Draf`, `Laporan` are ruled out without normalising.
        if first | 0x20 == 0x64 || first | 0x20 == 0x6C, let second = text.utf8.dropFirst().first {
            let lower = second | 0x20
            let goesOn = first | 0x20 == 0x64 ? lower == 0x73 || lower == 0x61 || lower == 0x6C : lower == 0x69
            guard goesOn else { return false }
        }
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
