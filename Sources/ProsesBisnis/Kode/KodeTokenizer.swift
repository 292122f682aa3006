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
    /// every code cell and reference of every submission. Segments and separators are cut
    /// from the text's bytes in place (a code's pieces are short: no allocation for them).
    private static func tokenizeASCII(_ text: String) -> Result? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ tokenizeASCII(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { tokenizeASCII(bytes: $0) }
    }

    private static func tokenizeASCII(bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        var segments: [Kode.Segment] = []
        var separators: [String] = []
        var currentKind: Kode.SegmentKind?
        var segmentStart = 0
        // The bytes after the current segment, up to `index`: its pending separator.
        var pendingStart = 0
        var pendingHasSeparator = false
        var pendingHasOtherSpace = false
        func pending(upTo end: Int) -> String {
            let slice = bytes[pendingStart..<end]
            // Tabs and line breaks inside a separator read as spaces.
            guard pendingHasOtherSpace else { return String(decoding: slice, as: UTF8.self) }
            return String(decoding: slice.map { isSeparator($0) ? $0 : 0x20 }, as: UTF8.self)
        }
        for index in bytes.indices {
            let byte = bytes[index]
            let kind: Kode.SegmentKind? = switch byte {
            case 0x30...0x39: .digits
            case 0x41...0x5A, 0x61...0x7A: .letters
            default: nil
            }
            if let kind {
                let hasPending = currentKind != nil && pendingStart < index
                if currentKind == kind, !hasPending {
                    pendingStart = index + 1
                    continue
                }
                if let previous = currentKind {
                    guard !hasPending || pendingHasSeparator else { return nil }
                    guard segments.count < maxSegments else { return nil }
                    segments.append(Kode.Segment(text: String(decoding: bytes[segmentStart..<pendingStart], as: UTF8.self), kind: previous))
                    separators.append(pending(upTo: index))
                }
                segmentStart = index
                pendingStart = index + 1
                pendingHasSeparator = false
                pendingHasOtherSpace = false
                currentKind = kind
            } else if isSeparator(byte) {
                guard currentKind != nil else { return nil }
                pendingHasSeparator = true
            } else if byte == 0x20 {
                continue
            } else if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingHasOtherSpace = true
            } else {
                return nil
            }
        }
        guard let lastKind = currentKind else { return nil }
        segments.append(Kode.Segment(text: String(decoding: bytes[segmentStart..<pendingStart], as: UTF8.self), kind: lastKind))
        guard segments.contains(where: { $0.kind == .digits }),
              segments.allSatisfy({ $0.kind != .digits || $0.text.utf8.count <= maxDigits }) else { return nil }
        return Result(segments: segments, separators: separators, trailing: pending(upTo: bytes.count))
    }

    /// `.`, `-`, `/`, `_`, `,`, `;` as bytes (`separatorCharacters`).
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x2D || byte == 0x2F || byte == 0x5F || byte == 0x2C || byte == 0x3B
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
