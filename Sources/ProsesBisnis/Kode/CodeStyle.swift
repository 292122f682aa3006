/// The dominant way one submission writes its codes: prefix, separators, zero padding and
/// literals, level by level. Deviations from it are findings (code.separator, code.malformed)
/// and `render` writes their fix.
///
/// ```swift
/// let style = CodeStyle.infer(from: ["BO-01", "BO-01.1", "BO.04"].compactMap(Kode.init))!
/// style.pattern                  // "BO-NN.N"
/// style.check(Kode("BO.04")!)    // .normalisable("BO-04")
/// ```
public struct CodeStyle: Hashable, Sendable {
    /// How the number of one level is written.
    public struct Level: Hashable, Sendable {
        /// Written before the number: after the prefix for level 0 (`"."`, `"-"`, or `""` as
        /// in `P1`), after the previous number for deeper levels.
        public var separator: String
        /// A literal written between the separator and the number (`CFM` for Klambu's lintas
        /// fungsi), nil for none.
        public var literal: String?
        /// Written between the literal and the number.
        public var literalSeparator: String
        /// The minimum count of digits: 2 for `MTR.01`, 1 for `P1.2`.
        public var padding: Int

        public init(separator: String, literal: String? = nil, literalSeparator: String = "",
                    padding: Int) {
            self.separator = separator
            self.literal = literal
            self.literalSeparator = literalSeparator
            self.padding = padding
        }
    }

    /// How a code fits a style.
    public enum Conformance: Hashable, Sendable {
        /// Written exactly in the style.
        case fits
        /// The same code once separators, padding, letter case or a missing literal are
        /// normalised; the associated value is that normalised text (the fix).
        case normalisable(String)
        /// Another prefix, an unexpected literal, or letters after the last number: no
        /// rewriting can tell what was meant.
        case malformed
    }

    /// The letters before the first number (`MTR`, `BO`, `P`), nil when codes start with one.
    public var prefix: String?
    /// Level 0 first; levels deeper than the last listed are written like the last one,
    /// without its literal.
    public var levels: [Level]

    public init(prefix: String?, levels: [Level]) {
        self.prefix = prefix
        self.levels = levels
    }

    /// The separator between the prefix and the first number.
    public var prefixSeparator: String { levels.first?.separator ?? "" }
    /// The separators before the numbers of levels 1, 2, ...
    public var separators: [String] { levels.dropFirst().map(\.separator) }
    /// The zero padding of each level, level 0 first.
    public var padding: [Int] { levels.map(\.padding) }
    /// The literals, each with the count of numbers before it (as `Kode.literals`).
    public var literals: [Kode.Literal] {
        levels.enumerated().compactMap { n, level in
            level.literal.map { Kode.Literal(text: $0, position: n) }
        }
    }
    /// The deepest level seen when the style was inferred.
    public var depth: Int { levels.count - 1 }

    /// The style for the report's `codeStyle` field: the deepest level, `N` for each padded
    /// digit (`MTR.NN.NN.NN`, `BO-NN.N`, `PN.N.N.N`, `KECKLB.NN.NN.CFM.NN`).
    public var pattern: String {
        write(count: max(levels.count, 1)) { n in String(repeating: "N", count: level(n).padding) }
    }

    /// The code with these numbers in this style (`[1, 3]` → `MTR.01.03`).
    public func render(numbers: [Int]) -> String {
        write(count: numbers.count) { n in
            let digits = String(numbers[n])
            let padding = level(n).padding
            return String(repeating: "0", count: max(0, padding - digits.count)) + digits
        }
    }

    /// The normalised form of `kode`: its numbers written in this style.
    public func render(_ kode: Kode) -> String {
        render(numbers: kode.numbers)
    }

    /// Whether `kode` is written in this style, can be rewritten into it, or cannot.
    ///
    /// A missing literal (`KECKLB.02.01.01` where the style writes `KECKLB.02.01.CFM.01`) is
    /// normalisable: the numbers alone place the code, and the literal only marks the level,
    /// like a separator does. A literal the style does not have, or a different one, is
    /// malformed, as is another prefix, a missing prefix, or letters after the last number.
    public func check(_ kode: Kode) -> Conformance {
        guard !kode.hasTrailingLetters, prefixMatches(kode), literalsMatch(kode) else {
            return .malformed
        }
        let normalised = render(kode)
        return normalised == kode.raw ? .fits : .normalisable(normalised)
    }

    /// The style of level `n`, extending the deepest known level to deeper codes.
    public func level(_ n: Int) -> Level {
        if n < levels.count { return levels[n] }
        guard let last = levels.last else { return Level(separator: n == 0 ? "" : ".", padding: 1) }
        if levels.count == 1 { return Level(separator: ".", padding: last.padding) }
        return Level(separator: last.separator, padding: last.padding)
    }

    /// Writes the prefix and `count` numbers, each number's text supplied by `number`.
    private func write(count: Int, number: (Int) -> String) -> String {
        var text = prefix ?? ""
        for n in 0..<count {
            let level = level(n)
            if n > 0 || prefix != nil { text += level.separator }
            if let literal = level.literal { text += literal + level.literalSeparator }
            text += number(n)
        }
        return text
    }

    private func prefixMatches(_ kode: Kode) -> Bool {
        Self.letters(kode.prefix.joined()) == Self.letters(prefix ?? "")
    }

    /// Every literal the code writes must be the style's literal at that level.
    private func literalsMatch(_ kode: Kode) -> Bool {
        kode.joints.enumerated().allSatisfy { n, joint in
            guard let written = joint.literal else { return true }
            guard let expected = level(n).literal else { return false }
            return Self.letters(written) == Self.letters(expected)
        }
    }

    /// Letters only, upper case: `bo-org` and `BO.ORG` are the same prefix.
    static func letters(_ text: String) -> String {
        // Codes are ASCII: their letters are A-Z and a-z, read from bytes (this runs for
        // every code of every submission).
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.filter(\.isLetter)).uppercased() }
        return String(decoding: text.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case 0x41...0x5A: byte
            case 0x61...0x7A: byte - 0x20
            default: nil
            }
        }, as: UTF8.self)
    }
}

extension CodeStyle: CustomStringConvertible {
    public var description: String { pattern }
}
