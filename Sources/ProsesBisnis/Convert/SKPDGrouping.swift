/// SKPD names written differently across the rows of a plan, grouped into one SKPD each with
/// the unit dictionary's reading of names (`UnitNames.tokens`: case, spaces, punctuation and
/// `dan` aside, the usual abbreviations expanded; `UnitGrouping`: a name of two words or more
/// starting a longer one), plus the one kind of abbreviation SKPD names add: a syllable
/// acronym standing for the words of the full name (`Dinas Dikbudpora` for `Dinas Pendidikan,
/// Kebudayaan, Pemuda dan Olahraga`, `Kantor Pustakardok` for `Kantor Perpustakaan, Arsip dan
/// Dokumentasi`).
///
/// ```swift
/// let groups = SKPDGrouping(["Dinas Dikbudpora", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga"])
/// groups.canonical("Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga")  // "Dinas Dikbudpora"
/// ```
struct SKPDGrouping: Sendable {
    /// One SKPD: the name its draft is written under and every spelling met, in first-seen order.
    struct Group: Sendable, Hashable {
        var name: String
        var spellings: [String]
    }

    /// In the order their first spelling was met.
    private(set) var groups: [Group] = []
    private var bySpelling: [String: Int] = [:]

    /// Groups `names` (as met, repeats counted): the most frequent spelling names its group,
    /// ties going to the first met.
    init(_ names: [String]) {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for name in names.map(UnitDictionary.spelling) where !name.isEmpty {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let tokens = order.map(UnitNames.tokens)
        var sets = DisjointSets(count: order.count)
        for a in order.indices {
            for b in order.indices where a < b && Self.sameSKPD(tokens[a], tokens[b]) { sets.union(a, b) }
        }
        var byRoot: [Int: Int] = [:]
        for (index, spelling) in order.enumerated() {
            let root = sets.find(index)
            if let group = byRoot[root] {
                groups[group].spellings.append(spelling)
            } else {
                byRoot[root] = groups.count
                groups.append(Group(name: spelling, spellings: [spelling]))
            }
            bySpelling[spelling] = byRoot[root]
        }
        for index in groups.indices {
            let spellings = groups[index].spellings
            let most = spellings.map { counts[$0]! }.max() ?? 0
            groups[index].name = spellings.first { counts[$0]! == most } ?? groups[index].name
        }
    }

    /// The group name of a spelling met in `init`; the spelling itself otherwise.
    func canonical(_ name: String) -> String {
        let spelling = UnitDictionary.spelling(name)
        return bySpelling[spelling].map { groups[$0].name } ?? spelling
    }

    /// The same words, one starting the other (two words or more, as units are matched), or
    /// one an acronym of the other after the same leading words (`DINAS DIKBUDPORA`).
    static func sameSKPD(_ a: [String], _ b: [String]) -> Bool {
        if UnitNames.matches(a, b) { return true }
        let shared = zip(a, b).prefix { $0 == $1 }.count
        let restA = Array(a.dropFirst(shared)), restB = Array(b.dropFirst(shared))
        if restA.count == 1, restB.count >= 2 { return isAcronym(restA[0], of: restB) }
        if restB.count == 1, restA.count >= 2 { return isAcronym(restB[0], of: restA) }
        return false
    }

    /// True when `word` splits into one piece per word of `words`, in order, each piece's
    /// letters found in order in its word and either two letters or more or the word's
    /// initial: `DIKBUDPORA` = DIK(pendidikan) BUD(kebudayaan) P(emuda) ORA(olahraga).
    static func isAcronym(_ word: String, of words: [String]) -> Bool {
        let letters = Array(word)
        let targets = words.map(Array.init)
        guard letters.count >= words.count, letters.count <= 24 else { return false }
        func match(_ start: Int, _ wordIndex: Int) -> Bool {
            if wordIndex == targets.count { return start == letters.count }
            let remaining = targets.count - wordIndex - 1
            guard start + 1 + remaining <= letters.count else { return false }
            for end in (start + 1)...(letters.count - remaining) {
                let piece = letters[start..<end]
                guard piece.count >= 2 || piece.first == targets[wordIndex].first else { continue }
                if isSubsequence(piece, of: targets[wordIndex]), match(end, wordIndex + 1) { return true }
            }
            return false
        }
        return match(0, 0)
    }

    private static func isSubsequence(_ piece: ArraySlice<Character>, of word: [Character]) -> Bool {
        var index = piece.startIndex
        for character in word where index < piece.endIndex && character == piece[index] { index += 1 }
        return index == piece.endIndex
    }
}
