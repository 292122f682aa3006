import Foundation

/// The bytes of an SVG, BPMN or HTML file as they are built. A province's map site is millions
/// of elements; appending literals and digits to one byte array costs a fraction of building
/// the same text by `String` interpolation, and the bytes go to disk without another copy.
struct MarkupBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup written in the source (`"<rect class=\""`): copied as it is.
    mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text known to be markup already (a class name, an id made by probis, an encoded href).
    /// Named apart from `raw(_:)` so that a literal always takes the `StaticString` way.
    mutating func verbatim(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func raw(_ other: MarkupBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    mutating func raw(_ other: ArraySlice<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// A whole number in decimal.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        // Coordinates and sizes have one to four digits: written highest first, no buffer.
        if magnitude < 10_000 {
            var divisor: UInt = magnitude >= 1000 ? 1000 : magnitude >= 100 ? 100 : magnitude >= 10 ? 10 : 1
            while divisor > 0 {
                bytes.append(0x30 + UInt8(magnitude / divisor % 10))
                divisor /= 10
            }
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Text made safe in XML and HTML content and attribute values: `& < > "` as entities,
    /// control characters (not allowed in XML 1.0) as spaces; a line break `\r\n` is kept.
    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Most texts need nothing: one look at their bytes, then one copy.
            guard utf8.contains(where: Self.needsEscape) else { bytes.append(contentsOf: utf8); return }
            for (index, byte) in utf8.enumerated() {
                switch byte {
                case 0x26: raw("&amp;")
                case 0x3C: raw("&lt;")
                case 0x3E: raw("&gt;")
                case 0x22: raw("&quot;")
                case 0x0D where index + 1 < utf8.count && utf8[index + 1] == 0x0A: bytes.append(byte)
                case ..<0x20 where byte != 0x09 && byte != 0x0A: bytes.append(0x20)
                default: bytes.append(byte)
                }
            }
        }
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
    }

    var count: Int { bytes.count }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    var data: Data { Data(bytes) }
}

/// A file's markup as pieces written one after another (`FileSink.write(_:)`, one `writev`):
/// a drawing serialised once is a piece of its page and of its `.svg` file and is copied into
/// neither. The markup between shared pieces is built in `text`.
struct MarkupPieces {
    private(set) var pieces: [ArraySlice<UInt8>] = []
    /// Markup written since the last shared piece.
    var text: MarkupBuffer

    init(capacity: Int = 4096) {
        text = MarkupBuffer(capacity: capacity)
    }

    /// Bytes shared with another file, appended without a copy.
    mutating func append(shared bytes: ArraySlice<UInt8>) {
        flush()
        pieces.append(bytes)
    }

    mutating func append(shared buffer: MarkupBuffer) { append(shared: buffer.bytes[...]) }

    mutating func append(_ other: MarkupPieces) {
        flush()
        pieces += other.all
    }

    /// Every piece, the text written last included.
    var all: [ArraySlice<UInt8>] {
        text.count == 0 ? pieces : pieces + [text.bytes[...]]
    }

    var count: Int { pieces.reduce(text.count) { $0 + $1.count } }

    /// The pieces joined (tests, and pages read back as text).
    var string: String { String(decoding: all.joined(), as: UTF8.self) }

    private mutating func flush() {
        guard text.count > 0 else { return }
        pieces.append(text.bytes[...])
        text = MarkupBuffer(capacity: 4096)
    }
}
