/// Splits a trimmed cell text into the segments and separators of a `Kode`, or rejects it.
///
/// One pass over the characters: letters and digits extend the current segment or start a new
/// one at a letter/digit boundary; separator characters and the spaces next to them collect
/// into the pending separator written before the next segment.
struct KodeTokenizer {
    struct Result {
        var segments: [Kode.Segment]
        var separators: [String]
        var trailing: String
    }

    /// The characters that separate segments in the codes seen in submissions.
    static let separatorCharacters: Set<Character> = [".", "-", "/", "_"]
    /// Longer digit runs are identifiers (an NIP has 18 digits), years or amounts, not codes.
    static let maxDigits = 6

    private var segments: [Kode.Segment] = []
    private var separators: [String] = []
    private var current: Kode.Segment?
    private var pending = ""

    static func tokenize(_ text: String) -> Result? {
        guard !text.isEmpty else { return nil }
        var tokenizer = KodeTokenizer()
        for character in text {
            guard tokenizer.consume(character) else { return nil }
        }
        return tokenizer.finish()
    }

    private mutating func consume(_ character: Character) -> Bool {
        if let kind = Self.kind(of: character) {
            return extend(with: character, kind: kind)
        }
        if Self.separatorCharacters.contains(character) {
            // A separator before any segment: `.01`, `-1` are not codes.
            guard current != nil else { return false }
            pending.append(character)
            return true
        }
        if character.isWhitespace {
            pending.append(" ")
            return true
        }
        return false
    }

    private mutating func extend(with character: Character, kind: Kode.SegmentKind) -> Bool {
        if var segment = current, segment.kind == kind, pending.isEmpty {
            segment.text.append(character)
            current = segment
            return true
        }
        if let segment = current {
            // Spaces with no separator between them split words: a sentence, not a code.
            guard pending.isEmpty || pending.contains(where: Self.separatorCharacters.contains) else {
                return false
            }
            segments.append(segment)
            separators.append(pending)
        }
        pending = ""
        current = Kode.Segment(text: String(character), kind: kind)
        return true
    }

    private mutating func finish() -> Result? {
        guard let last = current else { return nil }
        segments.append(last)
        let digitRuns = segments.filter { $0.kind == .digits }
        guard !digitRuns.isEmpty, digitRuns.allSatisfy({ $0.text.count <= Self.maxDigits }) else {
            return nil
        }
        return Result(segments: segments, separators: separators, trailing: pending)
    }

    /// ASCII letters and digits only: codes are typed on Indonesian keyboards in Latin letters,
    /// and anything else (`*****`, `(1)`, `%`) marks template text or a value.
    private static func kind(of character: Character) -> Kode.SegmentKind? {
        guard character.isASCII else { return nil }
        if character.isNumber { return .digits }
        if character.isLetter { return .letters }
        return nil
    }
}
