/// The text of the official document around the tables: headings, signature blocks, legends,
/// totals and page footers. None of it is ever data (DOMAIN.md, "The document around the
/// tables"). Each class is recognised by its shape (a date after a comma, a rank's `(IV/b)`, a
/// name followed by degrees, digits of a NIP), with a small vocabulary as one input, so that
/// unseen wordings of the same class are still recognised.
enum DocumentFurniture {
    enum Kind: Equatable {
        /// `PETA PROSES BISNIS ...`, `LAMPIRAN ...`, `TABEL 3 ... (2/3)`, `NOMOR : ...`.
        case heading
        /// `Sumenep, 12 Agustus 2024`, `Ditetapkan di ...`.
        case placeAndDate
        /// `Mengetahui,`, `a.n. BUPATI ...`, `Plt.`, `Disetujui oleh`.
        case signOff
        /// `KEPALA DINAS ...`, `CAMAT ...`, `Sekretaris Daerah`.
        case position
        /// `Dr. Ir. SITI AMINAH, M.Si.`
        case personName
        /// `Pembina Tk. I (IV/b)`.
        case rank
        /// `NIP 19681104 199403 2 007`.
        case nip
        /// `Keterangan:`, `Catatan: ...`, `Sumber: ...`.
        case note
        /// `JUMLAH`, `Total`.
        case total
        /// `Halaman 2 dari 5`.
        case pageFooter
    }

    /// The class of one cell's text, or nil when it may be data. Cheap for data: the checks
    /// look at the first bytes before normalising anything.
    static func kind(of text: String) -> Kind? {
        guard let first = text.utf8.first, text.utf8.count <= 160 else { return nil }
        if isNIP(text) { return .nip }
        if isRank(text) { return .rank }
        let words = HeaderVocabulary.normalise(text).split(separator: " ")
        guard let head = words.first else { return nil }
        if first == UInt8(ascii: "-") { return isPageMark(words) ? .pageFooter : nil }
        if let kind = leadingWordKind(head, words, text: text) { return kind }
        if isPlaceAndDate(text, words) { return .placeAndDate }
        if isPersonName(text) { return .personName }
        if endsWithPartMark(text) { return .heading }
        return nil
    }

    /// Classes told by their first words.
    private static func leadingWordKind(_ head: Substring, _ words: [Substring], text: String) -> Kind? {
        let two = words.count > 1 ? "\(head) \(words[1])" : String(head)
        if noteWords.contains(String(head)), words.count <= 40 { return .note }
        if totalWords.contains(String(head)), words.count <= 4 { return .total }
        if two == "GRAND TOTAL" || two == "SUB TOTAL" { return .total }
        if ["HALAMAN", "HAL", "PAGE"].contains(head), words.count >= 2, words[1].allSatisfy(\.isNumber) { return .pageFooter }
        if signOffWords.contains(String(head)) || (head == "A" && words.count > 1 && words[1] == "N")
            || (head == "U" && words.count > 1 && words[1] == "B") || signOffPairs.contains(two) { return .signOff }
        if words.count <= 8, positionWords.contains(String(head)) || positionPairs.contains(two) { return .position }
        if headingWords.contains(String(head)) || headingPairs.contains(two) { return .heading }
        return nil
    }

    private static let noteWords: Set<String> = ["KETERANGAN", "KET", "CATATAN", "SUMBER", "NB", "NOTE", "LEGENDA"]
    private static let totalWords: Set<String> = ["JUMLAH", "TOTAL", "JML", "SUBTOTAL"]
    private static let signOffWords: Set<String> = ["MENGETAHUI", "MENYETUJUI", "DISETUJUI", "DIPERIKSA", "DIBUAT",
                                                    "DISAHKAN", "AN", "PLT", "PLH", "UB", "DITETAPKAN", "DIUNDANGKAN"]
    private static let signOffPairs: Set<String> = ["YANG MEMBUAT", "YANG MENGESAHKAN", "PADA TANGGAL", "TIM PENYUSUN"]
    private static let positionWords: Set<String> = ["KEPALA", "CAMAT", "LURAH", "BUPATI", "WALIKOTA", "GUBERNUR",
                                                     "SEKRETARIS", "KABAG", "KASUBAG", "KASUBBAG", "KABID", "KASI",
                                                     "DIREKTUR", "INSPEKTUR", "ASISTEN", "SEKDA", "PENJABAT", "PJ"]
    private static let positionPairs: Set<String> = ["WALI KOTA", "WAKIL BUPATI", "WAKIL WALIKOTA", "WAKIL GUBERNUR"]
    private static let headingWords: Set<String> = ["LAMPIRAN", "TABEL", "TABLE", "NOMOR", "TANGGAL", "TENTANG",
                                                    "INSTRUMEN", "KEPUTUSAN", "PERATURAN", "FORMULIR"]
    private static let headingPairs: Set<String> = ["PETA PROSES", "IDENTIFIKASI PROSES", "IDENTIFIKASI SUB",
                                                    "IDENTIFIKASI LINTAS"]

    /// `NIP 19681104 199403 2 007`, `NIP. 1968...`, or the 18 digits alone.
    static func isNIP(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        let upper = text.utf8.prefix(3).map { $0 & 0xDF }
        if upper == Array("NIP".utf8) || upper == Array("NRP".utf8) { bytes = bytes.dropFirst(3) }
        var digits = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x20, 0x2E, 0x3A, 0x2D, 0x09, 0xC2, 0xA0: continue
            default: return false
            }
        }
        return digits >= 15 && digits <= 21
    }

    /// A civil-service rank: its grade `(IV/b)`, `III/c`, or a rank word such as `Pembina`.
    static func isRank(_ text: String) -> Bool {
        guard text.utf8.count <= 60, text.utf8.contains(UInt8(ascii: "/")) else { return false }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") && index > 0 && index + 1 < bytes.count {
            var start = index
            while start > 0, [0x49, 0x56, 0x69, 0x76].contains(bytes[start - 1]) { start -= 1 }
            let roman = String(decoding: bytes[start..<index], as: UTF8.self).uppercased()
            let letter = bytes[index + 1] | 0x20
            let after = index + 2 < bytes.count ? bytes[index + 2] : 0x20
            guard ["I", "II", "III", "IV"].contains(roman), letter >= 0x61, letter <= 0x65,
                  !isLetterByte(after), start == 0 || !isLetterByte(bytes[start - 1]) else { continue }
            return true
        }
        return false
    }

    /// `<place>, 12 Agustus 2024`, `<place>,    Agustus 2024`, `<place>, 12-08-2024`.
    static func isPlaceAndDate(_ text: String, _ words: [Substring]) -> Bool {
        guard text.utf8.count <= 80, text.utf8.contains(UInt8(ascii: ",")),
              let year = words.last, year.count == 4, year.hasPrefix("19") || year.hasPrefix("20"),
              year.allSatisfy(\.isNumber) else { return false }
        if words.contains(where: { months.contains(String($0)) }) { return true }
        return words.count >= 4 && words.suffix(3).allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    private static let months: Set<String> = [
        "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER",
        "NOVEMBER", "DESEMBER", "NOPEMBER", "PEBRUARI", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AGU", "AGT",
        "AGS", "SEP", "SEPT", "OKT", "NOV", "NOP", "DES",
    ]

    /// A name carrying academic degrees: `Dr. Ir. SITI AMINAH, M.Si.`, `BUDI, S.Sos., M.AP`,
    /// `Drs. H. Ahmad Yani`.
    static func isPersonName(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let parts = text.split(separator: ",").map { $0.trimmingSpaces }
        if parts.count >= 2, parts.dropFirst().allSatisfy(isDegree), parts[0].contains(where: \.isLetter) {
            return !parts[0].contains(where: \.isNumber)
        }
        let prefix = text.split(separator: " ").first.map(String.init) ?? ""
        return ["Dr.", "Drs.", "Dra.", "Ir.", "Prof.", "DR.", "DRS.", "IR.", "Hj.", "H."].contains(prefix)
            && text.split(separator: " ").count >= 3 && !text.contains(where: \.isNumber)
    }

    /// `S.Sos`, `M.Si.`, `S.H`, `SE`, `MM`, `Ak`, `M.A.P.`: short, capitalised, dotted groups.
    private static func isDegree(_ part: String) -> Bool {
        guard !part.isEmpty, part.count <= 12, let first = part.first, first.isUppercase else { return false }
        if part.contains(".") {
            return part.split(separator: ".").allSatisfy { $0.count <= 5 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }
        }
        return ["SH", "SE", "ST", "MM", "MT", "MH", "MSi", "MPd", "MAP", "Ak", "CA", "SKom", "SSos", "SIP", "SSTP",
                "MKes", "SPd", "MSc", "MBA", "PhD", "CPA"].contains(part)
    }

    /// `(2/3)`, `(lanjutan)` at the end of a repeated title.
    static func endsWithPartMark(_ text: String) -> Bool {
        guard text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") else { return false }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let pieces = inner.split(separator: "/")
        if pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return true }
        return inner.lowercased().hasPrefix("lanjut")
    }

    /// `- 2 -`: a page number between dashes (`(2)` alone is a numbering cell).
    private static func isPageMark(_ words: [Substring]) -> Bool {
        words.count == 1 && words[0].allSatisfy(\.isNumber)
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\u{A0}" }.reversed().drop { $0 == " " || $0 == "\u{A0}" }.reversed())
    }
}
