/// Groups the unit spellings of one OPD into units, the way `UnitNames.matches` reads a
/// PENANGGUNG JAWAB against a unit column: the same words, or a name of two words or more
/// starting a longer one (`Subbag Umum` for `Subbagian Umum dan Kepegawaian`).
///
/// Prefix matching alone would chain distinct units through a short name they share
/// (`Seksi Pelayanan` starts both `Seksi Pelayanan Perizinan` and `Seksi Pelayanan Non
/// Perizinan`), so a short name joins the longer ones only when they all lie on one line of
/// extensions; a short name starting two different units stays on its own.
enum UnitGrouping {
    /// The groups of `keys` (token lists, each given once), as sorted lists of indices into
    /// `keys`, ordered by their first index.
    static func groups(_ keys: [[String]]) -> [[Int]] {
        var sets = DisjointSets(count: keys.count)
        for short in keys.indices where keys[short].count >= 2 {
            let extensions = keys.indices.filter { isProperPrefix(keys[short], of: keys[$0]) }
            guard !extensions.isEmpty, formOneLine(extensions.map { keys[$0] }) else { continue }
            for long in extensions { sets.union(short, long) }
        }
        var byRoot: [Int: [Int]] = [:]
        for index in keys.indices { byRoot[sets.find(index), default: []].append(index) }
        return byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// True when `short` has fewer words than `long` and starts it.
    static func isProperPrefix(_ short: [String], of long: [String]) -> Bool {
        short.count < long.count && long.starts(with: short)
    }

    /// True when the longest key extends every other one: the keys name one unit at
    /// different lengths, not several units.
    private static func formOneLine(_ keys: [[String]]) -> Bool {
        guard let longest = keys.max(by: { $0.count < $1.count }) else { return true }
        return keys.allSatisfy { longest.starts(with: $0) }
    }
}

/// Union-find with path halving, over `0..<count`.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins two sets; the smaller root becomes the root, so results do not depend on call order.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        parent[max(rootA, rootB)] = min(rootA, rootB)
    }
}
