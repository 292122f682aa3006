extension CodeStyle {
    /// The dominant style of a submission's codes; nil when there are none.
    ///
    /// Each property is a majority vote, so that a few deviant codes do not set the style:
    /// the prefix over all codes; for each level, the separator, literal and padding over the
    /// codes deep enough to have that level (NTT writes `BO-01` but `BO-01.1`, so the
    /// separator is voted per level). Ties go to the value seen first. Spaces never win a
    /// separator vote: `KECKLB.02. 01` votes for `.`.
    public static func infer(from codes: [Kode]) -> CodeStyle? {
        guard !codes.isEmpty else { return nil }
        let prefix = majority(codes.map { $0.prefix.isEmpty ? nil : $0.prefixText }) ?? nil
        // What the votes read of each code, worked out once per code, not once per level.
        let votes = codes.map(Votes.init)
        let depth = votes.map(\.level).max() ?? 0
        let levels = (0...depth).map { n in inferLevel(n, from: votes, hasPrefix: prefix != nil) }
        return CodeStyle(prefix: prefix, levels: levels)
    }

    /// One code as the level votes read it.
    private struct Votes {
        var level: Int
        var hasPrefix: Bool
        var joints: [KodeJoint]
        var paddings: [Int?]

        init(_ kode: Kode) {
            level = kode.level
            hasPrefix = !kode.prefix.isEmpty
            joints = kode.joints
            paddings = kode.paddingEvidences
        }
    }

    /// Level `n`'s style, voted by the codes deep enough to have that level, in their order.
    private static func inferLevel(_ n: Int, from votes: [Votes], hasPrefix: Bool) -> Level {
        var separators = Tally<String>()
        var literals = Tally<String?>()
        var paddings = Tally<Int>()
        for code in votes where code.level >= n {
            let joint = code.joints[n]
            if n > 0 {
                separators.add(withoutSpaces(joint.separator))
                literals.add(joint.literal)
            } else if code.hasPrefix {
                // Codes without a prefix have no separator before their first number to vote with.
                separators.add(withoutSpaces(joint.separator))
            }
            if n < code.paddings.count, let padding = code.paddings[n] { paddings.add(padding) }
        }
        let separator = n == 0 ? (hasPrefix ? separators.winner ?? "" : "") : separators.winner ?? "."
        let literal = n == 0 ? nil : literals.winner ?? nil
        guard let literal else {
            return Level(separator: separator, literal: nil, literalSeparator: "", padding: paddings.winner ?? 1)
        }
        var literalSeparators = Tally<String>()
        for code in votes where code.level >= n && code.joints[n].literal == literal {
            literalSeparators.add(withoutSpaces(code.joints[n].literalSeparator))
        }
        return Level(separator: separator, literal: literal, literalSeparator: literalSeparators.winner ?? "",
                     padding: paddings.winner ?? 1)
    }

    /// A majority vote counted as the values come (`majority` counts an array with it).
    private struct Tally<Value: Hashable> {
        private var counts: [Value: Int] = [:]
        private var order: [Value] = []

        mutating func add(_ value: Value) {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }

        /// The most frequent value; among equally frequent values, the one seen first.
        var winner: Value? {
            var best: Value?
            var bestCount = 0
            for value in order where counts[value]! > bestCount {
                best = value
                bestCount = counts[value]!
            }
            return best
        }
    }

    /// The most frequent value; among equally frequent values, the one seen first.
    static func majority<Value: Hashable>(_ values: [Value]) -> Value? {
        var tally = Tally<Value>()
        for value in values { tally.add(value) }
        return tally.winner
    }

    private static func withoutSpaces(_ separator: String) -> String {
        separator.utf8.contains(0x20) ? separator.filter { $0 != " " } : separator
    }
}
