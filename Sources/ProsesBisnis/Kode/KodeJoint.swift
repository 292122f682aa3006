/// What is written before one number of a code: the separator after the prefix or the
/// previous number, and a literal such as `CFM` with the separator after it.
///
/// `KECKLB.02.01.CFM.01` has the joints `.` (before `02`), `.` (before the first `01`) and
/// `.CFM.` (before the last `01`). Style inference votes on joints level by level, and the
/// conformance check compares them with the style's.
struct KodeJoint: Hashable, Sendable {
    var separator: String
    var literal: String?
    var literalSeparator: String

    init(separator: String, literal: String? = nil, literalSeparator: String = "") {
        self.separator = separator
        self.literal = literal
        self.literalSeparator = literalSeparator
    }
}

extension Kode {
    /// One joint per number, in order (`joints.count == numbers.count`).
    var joints: [KodeJoint] {
        let indices = numberIndices
        return indices.enumerated().map { n, index in
            let anchor = n == 0 ? prefix.count - 1 : indices[n - 1]
            return joint(from: anchor, to: index)
        }
    }

    /// The joint between the segment at `anchor` (-1: the start) and the number at `index`.
    private func joint(from anchor: Int, to index: Int) -> KodeJoint {
        guard anchor >= 0 else { return KodeJoint(separator: "") }
        guard index - anchor > 1 else { return KodeJoint(separator: separators[anchor]) }
        let literal = (anchor + 1..<index).map { k in
            segments[k].text + (k < index - 1 ? separators[k] : "")
        }.joined()
        return KodeJoint(separator: separators[anchor], literal: literal,
                         literalSeparator: separators[index - 1])
    }

    /// The width in which the digit segment of the `n`th number was written, when the text
    /// tells: `01` says 2, `1` says 1, but `10` fits both a padded and an unpadded style.
    func paddingEvidence(ofNumber n: Int) -> Int? {
        let indices = numberIndices
        guard n < indices.count else { return nil }
        return Self.paddingEvidence(segments[indices[n]].text)
    }

    /// `paddingEvidence(ofNumber:)` of every number, first to last.
    var paddingEvidences: [Int?] {
        numberIndices.map { Self.paddingEvidence(segments[$0].text) }
    }

    private static func paddingEvidence(_ text: String) -> Int? {
        // Digit segments are ASCII: widths are byte counts; the natural width is the number's
        // without leading zeros (`0` has width 1).
        let width = text.utf8.count
        let natural = max(text.utf8.drop { $0 == 0x30 }.count, 1)
        if width > natural || width == 1 { return width }
        return nil
    }
}
