/// The units of each OPD with every way they were written, so that the regional map shows one
/// name per unit (`Subbag Umum dan Kepegawaian`, `Sub Bagian Umum & Kepegawaian`, `SUBBAG.
/// UMUM` and `Kasubbag Umum` are one unit).
///
/// Names are grouped within one OPD only: the `Sekretariat` of one dinas is not the
/// `Sekretariat` of another. An OPD is its region and name together, so same-named OPDs of two
/// regions stay apart too. Names come from the unit columns of the lintas fungsi tables and
/// from PENANGGUNG JAWAB cells (each part of `Sekretariat / Bidang A` on its own).
///
/// ```swift
/// let dictionary = UnitDictionary(submissions)
/// dictionary.canonical(opd: "Dinas Pendidikan", name: "Kasubbag Umum")
/// // "Subbagian Umum dan Kepegawaian", when that is the most frequent spelling
/// ```
public struct UnitDictionary: Sendable {
    /// One unit of one OPD: the name shown for it and the other spellings met.
    public struct Entry: Hashable, Sendable {
        public var region: String
        public var opd: String
        /// The most frequent spelling; ties go to the longest, then to the first alphabetically.
        public var canonical: String
        /// The other spellings, sorted, without the canonical one.
        public var aliases: [String]
        /// How many times the unit was named (unit columns and PENANGGUNG JAWAB parts).
        public var occurrences: Int
    }

    /// Every unit, sorted by region, OPD, then canonical name.
    public private(set) var entries: [Entry] = []
    /// Per OPD: entry index by spelling and by token key, for `canonical`.
    private var lookup: [OPDKey: OPDLookup] = [:]
    /// The regions in which an OPD name occurs, sorted, for lookups that give no region.
    private var regionsByOPD: [String: [String]] = [:]

    private struct OPDKey: Hashable, Sendable {
        var region: String
        var opd: String
    }

    private struct OPDLookup: Sendable {
        var bySpelling: [String: Int] = [:]
        var byTokens: [[String]: Int] = [:]
    }

    /// Builds the dictionary from every submission's lintas fungsi tables.
    public init(_ submissions: [Submission]) {
        var counts: [OPDKey: [String: Int]] = [:]
        for submission in submissions {
            let key = OPDKey(region: submission.region, opd: submission.opd)
            Self.count(submission, into: &counts[key, default: [:]])
        }
        for key in counts.keys.sorted(by: { ($0.region, $0.opd) < ($1.region, $1.opd) }) {
            add(key, spellings: counts[key]!)
        }
        for (opd, regions) in regionsByOPD { regionsByOPD[opd] = regions.sorted() }
    }

    /// The canonical name of `name` as written in `opd`: the unit's name when the dictionary
    /// knows it (by spelling, else by its words), else `name` with its spaces tidied.
    ///
    /// When several regions have an OPD of this name, the first region (alphabetically) that
    /// knows the name answers; use `canonical(region:opd:name:)` to be exact.
    public func canonical(opd: String, name: String) -> String {
        for region in regionsByOPD[opd] ?? [] {
            if let found = entry(OPDKey(region: region, opd: opd), name) { return found.canonical }
        }
        return Self.spelling(name)
    }

    /// The canonical name of `name` as written in the OPD `opd` of `region`.
    public func canonical(region: String, opd: String, name: String) -> String {
        entry(OPDKey(region: region, opd: opd), name)?.canonical ?? Self.spelling(name)
    }

    /// The entries of one OPD, sorted by canonical name.
    public func entries(region: String, opd: String) -> [Entry] {
        guard let lookup = lookup[OPDKey(region: region, opd: opd)] else { return [] }
        return Set(lookup.bySpelling.values).sorted().map { entries[$0] }
    }

    private func entry(_ key: OPDKey, _ name: String) -> Entry? {
        guard let lookup = lookup[key] else { return nil }
        if let index = lookup.bySpelling[Self.spelling(name)] { return entries[index] }
        let tokens = UnitNames.tokens(name)
        return lookup.byTokens[tokens].map { entries[$0] }
    }

    // MARK: - Building

    /// Counts each spelling of the submission's unit names.
    private static func count(_ submission: Submission, into counts: inout [String: Int]) {
        // The same few names repeat on every row: split and check each distinct text once.
        var parts: [String: [String]] = [:]
        var wordless: Set<String> = []
        func record(_ name: String) {
            let spelling = spelling(name)
            if counts[spelling] == nil {
                guard !wordless.contains(spelling) else { return }
                guard !UnitNames.tokens(spelling).isEmpty else { wordless.insert(spelling); return }
            }
            counts[spelling, default: 0] += 1
        }
        for table in submission.tabelLintasFungsi {
            for unit in table.units { record(unit.name) }
            for kegiatan in table.kegiatan {
                guard let text = kegiatan.penanggungJawab?.text else { continue }
                let split = parts[text] ?? UnitNames.parts(text)
                parts[text] = split
                split.forEach(record)
            }
        }
    }

    /// Groups one OPD's spellings by their words and adds one entry per group.
    private mutating func add(_ key: OPDKey, spellings: [String: Int]) {
        var byTokens: [[String]: [String]] = [:]
        for spelling in spellings.keys { byTokens[UnitNames.tokens(spelling), default: []].append(spelling) }
        let tokenKeys = byTokens.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var opdLookup = OPDLookup()
        var made: [Entry] = []
        for group in UnitGrouping.groups(tokenKeys) {
            let members = group.flatMap { byTokens[tokenKeys[$0]]! }
            let entry = Self.entry(key, members: members, counts: spellings)
            for member in members { opdLookup.bySpelling[member] = made.count }
            for index in group { opdLookup.byTokens[tokenKeys[index]] = made.count }
            made.append(entry)
        }
        // Entries are kept sorted by canonical name; remap the lookup to the final positions.
        let order = made.indices.sorted { made[$0].canonical < made[$1].canonical }
        var position = Array(repeating: 0, count: made.count)
        for (final, original) in order.enumerated() { position[original] = entries.count + final }
        opdLookup.bySpelling = opdLookup.bySpelling.mapValues { position[$0] }
        opdLookup.byTokens = opdLookup.byTokens.mapValues { position[$0] }
        entries += order.map { made[$0] }
        lookup[key] = opdLookup
        regionsByOPD[key.opd, default: []].append(key.region)
    }

    private static func entry(_ key: OPDKey, members: [String], counts: [String: Int]) -> Entry {
        let canonical = members.min { lhs, rhs in
            let left = counts[lhs]!, right = counts[rhs]!
            if left != right { return left > right }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs < rhs
        }!
        return Entry(region: key.region, opd: key.opd, canonical: canonical,
                     aliases: members.filter { $0 != canonical }.sorted(),
                     occurrences: members.reduce(0) { $0 + counts[$1]! })
    }

    /// A name as a spelling: surrounding spaces removed and inner runs of spaces and line
    /// breaks made one space, which nobody means as a different name.
    /// The name with runs of spaces and line breaks made single spaces, ends trimmed. Most
    /// names are already tidy, which a look at their bytes shows without splitting them.
    static func spelling(_ name: String) -> String {
        var previousSpace = true
        var tidy = true
        for byte in name.utf8 {
            let space = byte == 0x20
            if byte >= 0x80 || byte == 0x09 || byte == 0x0A || byte == 0x0D || (space && previousSpace) { tidy = false; break }
            previousSpace = space
        }
        if tidy, !previousSpace { return name }
        return name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
