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
        let depth = codes.map(\.level).max() ?? 0
        // Joints are derived from segments: work them out once per code, not once per level.
        let jointed = codes.map { (kode: $0, joints: $0.joints) }
        let levels = (0...depth).map { n in
            inferLevel(n, from: jointed.filter { $0.kode.level >= n }, hasPrefix: prefix != nil)
        }
        return CodeStyle(prefix: prefix, levels: levels)
    }

    private static func inferLevel(_ n: Int, from jointed: [(kode: Kode, joints: [KodeJoint])], hasPrefix: Bool) -> Level {
        let codes = jointed.map(\.kode)
        let joints = jointed.map { $0.joints[n] }
        let separator: String
        if n == 0 {
            // Codes without a prefix have no separator before their first number to vote with.
            let prefixed = jointed.filter { !$0.kode.prefix.isEmpty }.map { withoutSpaces($0.joints[0].separator) }
            separator = hasPrefix ? majority(prefixed) ?? "" : ""
        } else {
            separator = majority(joints.map { withoutSpaces($0.separator) }) ?? "."
        }
        let literal = n == 0 ? nil : majority(joints.map(\.literal)) ?? nil
        let literalSeparator = majority(joints.filter { $0.literal == literal }
            .map { withoutSpaces($0.literalSeparator) }) ?? ""
        let padding = majority(codes.compactMap { $0.paddingEvidence(ofNumber: n) }) ?? 1
        return Level(separator: separator, literal: literal,
                     literalSeparator: literal == nil ? "" : literalSeparator, padding: padding)
    }

    /// The most frequent value; among equally frequent values, the one seen first.
    static func majority<Value: Hashable>(_ values: [Value]) -> Value? {
        var counts: [Value: Int] = [:]
        var order: [Value] = []
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        var best: Value?
        var bestCount = 0
        for value in order where counts[value]! > bestCount {
            best = value
            bestCount = counts[value]!
        }
        return best
    }

    private static func withoutSpaces(_ separator: String) -> String {
        separator.utf8.contains(0x20) ? separator.filter { $0 != " " } : separator
    }
}
