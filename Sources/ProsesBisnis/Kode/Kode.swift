import Foundation

/// A code as written in a cell (`MTR.01.02`, `BO-01.1`, `P1.2.1.1`, `KECKLB.02.01.CFM.01`),
/// split into letter and digit segments so that codes written in different styles can be
/// compared by their structure rather than by their text.
///
/// ```swift
/// let kode = Kode("KECKLB.02.01.CFM.01")!
/// kode.prefix      // ["KECKLB"]
/// kode.numbers     // [2, 1, 1]
/// kode.level       // 2: a lintas fungsi
/// kode.parentKey   // Kode("KECKLB.02.01")!.key
/// ```
///
/// Levels follow the count of numbers, without a ceiling: 0 is a proses, 1 a sub proses, and
/// 2 or more a lintas fungsi. PermenPANRB 19/2018 calls the lintas fungsi level "level n", and
/// Pasuruan (seed 004) breaks the lintas fungsi `P1.2.1` into `P1.2.1.1` and `P1.2.1.2`, so
/// deeper codes are valid lintas fungsi codes whose parent is the shallower lintas fungsi.
public struct Kode: Hashable, Sendable {
    /// Whether a segment is made of letters or of digits.
    public enum SegmentKind: Hashable, Sendable {
        case letters
        case digits
    }

    /// One run of letters or of digits, as written.
    public struct Segment: Hashable, Sendable {
        public var text: String
        public var kind: SegmentKind

        public init(text: String, kind: SegmentKind) {
            self.text = text
            self.kind = kind
        }

        /// The number a digit segment stands for; nil for letters.
        public var value: Int? { kind == .digits ? Int(text) : nil }
    }

    /// A letter segment written after the first number (`CFM` in `KECKLB.02.01.CFM.01`).
    public struct Literal: Hashable, Sendable {
        public var text: String
        /// How many numbers come before it: `CFM` in `KECKLB.02.01.CFM.01` has position 2,
        /// so it stands before the number of level 2.
        public var position: Int

        public init(text: String, position: Int) {
            self.text = text
            self.position = position
        }
    }

    /// The cell text with surrounding whitespace removed.
    public let raw: String
    public let segments: [Segment]
    /// The text between consecutive segments (`separators[i]` sits between `segments[i]` and
    /// `segments[i + 1]`): `"."`, `"-"`, `"/"`, `"_"`, `""` at a letter/digit boundary (`P1`),
    /// and any stray spaces kept with their separator (`". "` in `KECKLB.02. 01`).
    public let separators: [String]
    /// A separator left after the last segment (`"."` in `P1.`), `""` when there is none.
    public let trailingSeparator: String

    /// Parses a cell's text; nil when the text is empty or clearly not a code.
    ///
    /// A code is made of ASCII letters and digits, separated by `.`, `-`, `/` or `_`, and has
    /// at least one number. Spaces are allowed only next to a separator (they belong to it);
    /// any other space means the text is a sentence or a name. Digit runs longer than six
    /// are identifiers such as an NIP, not codes.
    public init?(_ text: String) {
        let trimmed = TextTrimming.trimmed(text)
        guard let parsed = KodeTokenizer.tokenize(trimmed) else { return nil }
        self.raw = trimmed
        self.segments = parsed.segments
        self.separators = parsed.separators
        self.trailingSeparator = parsed.trailing
        // Keys are asked for again and again by the rules: build them once.
        self.key = Kode.key(of: parsed.segments[...])
        let numberIndices = parsed.segments.indices.filter { parsed.segments[$0].kind == .digits }
        self.numberIndices = numberIndices
        self.numbers = numberIndices.map { parsed.segments[$0].value ?? 0 }
        // The parent ends with the last number but one.
        self.parentKey = numberIndices.count >= 2 ? Kode.key(of: parsed.segments[...numberIndices[numberIndices.count - 2]]) : nil
    }

    /// Indices into `segments` of the digit segments, in order (found once, asked often).
    let numberIndices: [Int]

    /// The leading letter segments (`["MTR"]`, `["BO"]`, `["P"]`); empty when the code starts
    /// with a number.
    public var prefix: [String] {
        Array(segments.prefix { $0.kind == .letters }.map(\.text))
    }

    /// The prefix as written, with any separators inside it (`BO-ORG` for `BO-ORG.01`).
    public var prefixText: String {
        let count = prefix.count
        guard count > 0 else { return "" }
        return (0..<count).map { i in
            segments[i].text + (i < count - 1 ? separators[i] : "")
        }.joined()
    }

    /// The values of the digit segments in order (`[1, 2]` for both `MTR.01.02` and `P1.2`).
    /// Parsed once: the rules ask for it, and for `level`, again and again.
    public let numbers: [Int]

    /// The letter segments after the first number, with their positions.
    public var literals: [Literal] {
        var seen = 0
        var result: [Literal] = []
        for segment in segments {
            if segment.kind == .digits {
                seen += 1
            } else if seen > 0 {
                result.append(Literal(text: segment.text, position: seen))
            }
        }
        return result
    }

    /// True when letters follow the last number (`MTR.01.x`); no code style puts them there.
    public var hasTrailingLetters: Bool {
        segments.last?.kind == .letters
    }

    /// 0 proses, 1 sub proses, 2 and more lintas fungsi: the count of numbers minus one.
    public var level: Int { numbers.count - 1 }

    /// A comparison key that ignores separators, zero padding and letter case: `BO.04`,
    /// `BO-04` and `bo-4` share `BO.4`; `P.1.2.1.2` and `P1.2.1.2` share `P.1.2.1.2`.
    /// Literals stay in the key, because they are part of what was written; a code missing
    /// its literal is a style deviation (see `CodeStyle.check`) whose fix restores the key.
    public let key: String

    /// The key of the structural parent: the code without its last number and without the
    /// literals right before it (`KECKLB.02.01.CFM.01` → key of `KECKLB.02.01`, `BO-01.1`
    /// → key of `BO-01`); nil for a proses.
    public let parentKey: String?

    /// True when `parent` is this code's structural parent, whatever the separators and
    /// padding of either (`BO-04.1` is a child of `BO.04`; `MTR.011` is not a child of `MTR.01`).
    public func isChild(of parent: Kode) -> Bool {
        parentKey == parent.key
    }

    /// This code's own last number put under `parent`, written in `style`: the fix for a
    /// child listed under the wrong parent (`MTR.02.03` under `MTR.01` → `MTR.01.03`).
    public func reparented(under parent: Kode, style: CodeStyle) -> String {
        style.render(numbers: parent.numbers + [numbers.last ?? 0])
    }

    /// The text a number cell reads as: `1` → `"1"`, `1.1` → `"1.1"`. Excel stores a code
    /// typed as `1.10` as the number 1.1 and `01` as 1; what was lost cannot be recovered, so
    /// this renders what the cell now says, for the code.numeric finding to show.
    public static func fromNumber(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return "\(value)"
    }

    static func key(of segments: ArraySlice<Segment>) -> String {
        var key = ""
        for segment in segments {
            if !key.isEmpty { key += "." }
            if let value = segment.value {
                key += String(value)
            } else {
                // Letters are mostly written in capitals already.
                key += segment.text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) ? segment.text.uppercased() : segment.text
            }
        }
        return key
    }
}

extension Kode: CustomStringConvertible {
    public var description: String { raw }
}
