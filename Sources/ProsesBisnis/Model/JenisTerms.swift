/// How a JENIS PROSES cell reads against the official terms (PermenPANRB 19/2018): shared by
/// `jenis.invalid` and `jenis.synonym`, so that one cell gets exactly one of them.
enum JenisReading: Equatable {
    /// An official term, after normalising case and spaces (`UTAMA`, `utama `): no finding.
    case official(JenisProses)
    /// A known synonym from other regulations and slides (`Inti`, `Penunjang`).
    case synonym(JenisProses)
    /// Neither; `nearest` is the term clearly meant (`Pendukun`), nil when none is (`Lain-lain`).
    case invalid(nearest: JenisProses?)

    /// Synonyms by normalised text. `Proses Utama` and the like only repeat the column's name.
    static let synonyms: [String: JenisProses] = [
        "INTI": .utama, "OPERASIONAL": .utama, "CORE": .utama, "PROSES INTI": .utama,
        "PENUNJANG": .pendukung, "SUPPORT": .pendukung, "SUPPORTING": .pendukung,
        "MANAGEMENT": .manajemen, "MANAJERIAL": .manajemen,
        "PROSES UTAMA": .utama, "PROSES PENDUKUNG": .pendukung, "PROSES MANAJEMEN": .manajemen,
    ]

    init(_ text: String) {
        let normalised = TextNormalising.normalise(text)
        if let official = JenisProses.allCases.first(where: { $0.rawValue.uppercased() == normalised }) {
            self = .official(official)
        } else if let synonym = Self.synonyms[normalised] {
            self = .synonym(synonym)
        } else {
            self = .invalid(nearest: Self.nearest(to: normalised))
        }
    }

    /// The term whose official or synonym spelling is within a small edit distance (one edit
    /// for short words such as `Utama`, two for long ones), when exactly one term is that close.
    static func nearest(to normalised: String) -> JenisProses? {
        guard !normalised.isEmpty else { return nil }
        let spellings = JenisProses.allCases.map { ($0.rawValue.uppercased(), $0) } + synonyms.map { ($0.key, $0.value) }
        var best: (distance: Int, terms: Set<JenisProses>) = (Int.max, [])
        for (spelling, term) in spellings {
            let distance = editDistance(normalised, spelling)
            guard distance <= min(2, spelling.count / 4) else { continue }
            if distance < best.distance { best = (distance, [term]) } else if distance == best.distance { best.terms.insert(term) }
        }
        return best.terms.count == 1 ? best.terms.first : nil
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        // One row of the table, reused for each character of `a`.
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
