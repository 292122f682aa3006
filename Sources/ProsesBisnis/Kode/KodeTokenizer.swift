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

    /// The characters that separate segments in the codes seen in submissions. A comma or a
    /// semicolon is a slip of the finger for a dot (`KECXXX.06.05.CFM,02`): read as a stray
    /// separator, so the code is placed by its numbers and `code.separator` can mend it.
    static let separatorCharacters: Set<Character> = [".", "-", "/", "_", ",", ";"]
    /// Longer digit runs are identifiers (an NIP has 18 digits), years or amounts, not codes.
    static let maxDigits = 6
    /// Real codes have at most a dozen segments (`KECKLB.02.01.CFM.01.02` has six); a text of
    /// hundreds is no code, and every rule walking a code's parents would pay for each level.
    static let maxSegments = 32

    private var segments: [Kode.Segment] = []
    private var separators: [String] = []
    private var current: Kode.Segment?
    private var pending = ""

    static func tokenize(_ text: String) -> Result? {
        guard !text.isEmpty else { return nil }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return tokenizeASCII(text) }
        var tokenizer = KodeTokenizer()
        for character in text {
            guard tokenizer.consume(character) else { return nil }
        }
        return tokenizer.finish()
    }

    /// The same rules on bytes, for the (nearly universal) ASCII text: codes are parsed for
    /// every code cell and reference of every submission.
    private static func tokenizeASCII(_ text: String) -> Result? {
        var segments: [Kode.Segment] = []
        var separators: [String] = []
        var pending: [UInt8] = []
        var current: [UInt8] = []
        var currentKind: Kode.SegmentKind?
        for byte in text.utf8 {
            let kind: Kode.SegmentKind? = switch byte {
            case 0x30...0x39: .digits
            case 0x41...0x5A, 0x61...0x7A: .letters
            default: nil
            }
            if let kind {
                if currentKind == kind, pending.isEmpty {
                    current.append(byte)
                    continue
                }
                if let previous = currentKind {
                    guard pending.isEmpty || pending.contains(where: { $0 != 0x20 }) else { return nil }
                    guard segments.count < maxSegments else { return nil }
                    segments.append(Kode.Segment(text: String(decoding: current, as: UTF8.self), kind: previous))
                    separators.append(String(decoding: pending, as: UTF8.self))
                }
                pending.removeAll(keepingCapacity: true)
                current = [byte]
                currentKind = kind
            } else if byte == 0x2E || byte == 0x2D || byte == 0x2F || byte == 0x5F || byte == 0x2C || byte == 0x3B {
                guard currentKind != nil else { return nil }
                pending.append(byte)
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pending.append(0x20)
            } else {
                return nil
            }
        }
        guard let lastKind = currentKind else { return nil }
        segments.append(Kode.Segment(text: String(decoding: current, as: UTF8.self), kind: lastKind))
        let digitRuns = segments.filter { $0.kind == .digits }
        guard !digitRuns.isEmpty, digitRuns.allSatisfy({ $0.text.utf8.count <= maxDigits }) else { return nil }
        return Result(segments: segments, separators: separators, trailing: String(decoding: pending, as: UTF8.self))
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
            guard segments.count < Self.maxSegments else { return false }
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
