/// A fixed vocabulary of normalised phrases (headers, hints) looked up straight from a cell's
/// text: an ASCII text is normalised byte by byte while it is hashed, and compared the same
/// way, so no normalised `String` is built and nothing is allocated. This runs for every short
/// cell of every row that could be a header or a hint. Text with other bytes takes
/// `TextNormalising.normalise` and a dictionary, as before.
struct PhraseTable<Value> {
    fileprivate struct Slot {
        var hash: UInt64
        var phrase: [UInt8]
        var value: Value
    }

    /// Open addressing with linear probing, at most a quarter full.
    private var slots: [Slot?]
    private let mask: Int
    private let byPhrase: [String: Value]
    /// The longest phrase: a longer normalised text is ruled out while it is read.
    private let longest: Int
    /// The first two bytes of every phrase, one bit per pair: most short cells (names, units,
    /// outputs) are ruled out after two bytes.
    private var openings = [UInt64](repeating: 0, count: 1024)
    /// The first four bytes of every phrase of four bytes or more, packed: a text whose first
    /// two bytes open some phrase (`SU`, `PE`, `KE`: `Surat`, `Pengajuan`, `Kepala`) is ruled
    /// out after four.
    private var openingsOfFour: [UInt32] = []

    /// `phrases` maps already normalised phrases (`KODE SUB PROSES`) to their values.
    init(_ phrases: [String: Value]) {
        var capacity = 16
        while capacity < phrases.count * 4 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        byPhrase = phrases
        longest = phrases.keys.map(\.utf8.count).max() ?? 0
        for (phrase, value) in phrases {
            let bytes = Array(phrase.utf8)
            if bytes.count >= 2 {
                let pair = Self.pair(bytes[0], bytes[1])
                openings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            if bytes.count >= 4 {
                let four = Self.four(bytes[0], bytes[1], bytes[2], bytes[3])
                if !openingsOfFour.contains(four) { openingsOfFour.append(four) }
            }
            let hash = Self.hash(bytes)
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = Slot(hash: hash, phrase: bytes, value: value)
        }
    }

    /// The value of the phrase `text` normalises to (`TextNormalising.normalise`), nil for
    /// any other text.
    func value(for text: String) -> Value? {
        switch text.utf8.withContiguousStorageIfAvailable({ lookUp($0) }) {
        case .found(let value): value
        case .absent: nil
        case .needsUnicode, nil: byPhrase[TextNormalising.normalise(text)]
        }
    }

    private enum Lookup {
        case found(Value)
        case absent
        case needsUnicode
    }

    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Lookup {
        // Hashed while normalised. A text that opens unlike every phrase, or normalises longer
        // than every phrase, is no phrase whatever follows (Unicode text after an ASCII start
        // normalises to that start and more, and phrases are ASCII).
        var hash = Self.offsetBasis
        var length = 0
        var opening: UInt32 = 0
        var ruledOut = false
        let isASCII = TextNormalising.forEachASCIIByte(normalising: bytes) { byte in
            length += 1
            if length <= 4 { opening = opening << 8 | UInt32(byte) }
            if length == 2 {
                let pair = Int(opening)
                ruledOut = openings[pair >> 6] & (1 << UInt64(pair & 63)) == 0
            } else if length == 4 {
                ruledOut = !openingsOfFour.contains(opening)
            }
            hash = (hash ^ UInt64(byte)) &* Self.prime
            return !ruledOut && length <= longest
        }
        guard isASCII else { return .needsUnicode }
        guard !ruledOut, length <= longest else { return .absent }
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash, slot.phrase.count == length, Self.matches(bytes, slot.phrase) { return .found(slot.value) }
            index = (index + 1) & mask
        }
        return .absent
    }

    /// Whether the ASCII `bytes` normalise to `phrase`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ phrase: [UInt8]) -> Bool {
        var position = 0
        var equal = true
        _ = TextNormalising.forEachASCIIByte(normalising: bytes) { byte in
            equal = position < phrase.count && phrase[position] == byte
            position += 1
            return equal
        }
        return equal && position == phrase.count
    }

    func contains(_ text: String) -> Bool { value(for: text) != nil }

    /// Whether some phrase of four bytes or more opens with these four normalised bytes.
    func mayOpen(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8) -> Bool {
        openingsOfFour.contains(Self.four(first, second, third, fourth))
    }

    /// Whether some phrase opens with the two normalised bytes `first`, `second`.
    func mayOpen(_ first: UInt8, _ second: UInt8) -> Bool {
        let pair = Self.pair(first, second)
        return openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// Four bytes as one integer, the first in the highest byte.
    private static func four(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> UInt32 {
        UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// Two bytes as one index into `openings`.
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    // FNV-1a: short keys, no seed needed (the table is private to the process).
    private static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    private static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
    }
}

extension PhraseTable: Sendable where Value: Sendable {}
extension PhraseTable.Slot: Sendable where Value: Sendable {}
