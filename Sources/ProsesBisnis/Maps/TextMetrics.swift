/// A deterministic estimate of how wide text is drawn, so that layout needs no font file and
/// gives the same geometry on every machine.
///
/// Widths are per character class, as fractions of the font size, taken a little above those of
/// Arial/Liberation Sans (the fonts named in the SVG): an estimate too wide leaves some space, one
/// too narrow would let text cross its box.
enum TextMetrics {
    /// The smallest font size any drawing uses: text never shrinks below it, boxes grow instead.
    static let minimumFontSize = 11
    /// Line height as a multiple of the font size, in tenths (1.3).
    static let lineHeightTenths = 13

    static func lineHeight(_ fontSize: Int) -> Int { (fontSize * lineHeightTenths + 9) / 10 }

    /// The width of `text` at `fontSize`, rounded up to whole pixels; `bold` adds 8 %.
    static func width(_ text: String, fontSize: Int, bold: Bool = false) -> Int {
        var total = hundredths(text)
        if bold { total = total * 108 / 100 }
        return (total * fontSize + 99) / 100
    }

    /// Width of one character in hundredths of the font size.
    private static func factor(_ scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x80 ? Int(asciiFactors[Int(scalar.value)]) : 80
    }

    /// `classFactor` of every ASCII character: labels are measured byte by byte.
    private static let asciiFactors: [UInt8] = (0..<0x80).map { UInt8(classFactor(Unicode.Scalar(UInt8($0)))) }

    /// The width class of a character (`factor` reads ASCII from a table made of this).
    private static func classFactor(_ scalar: Unicode.Scalar) -> Int {
        switch scalar {
        case " ", ".", ",", ":", ";", "'", "!", "|", "i", "l", "j", "I", "(", ")", "[", "]", "/", "\\", "-", "t", "f", "r":
            return 36
        case "m", "w", "M", "W", "@", "%":
            return 92
        case "A"..."Z", "&":
            return 72
        case "0"..."9", "a"..."z", "_", "?", "+", "=", "<", ">", "#", "$", "*", "~", "\"":
            return 58
        default:
            return scalar.value < 0x80 ? 58 : 80
        }
    }

    /// `text` broken into lines no wider than `maxWidth`: at spaces, and inside a word only when
    /// the word alone is too wide. Runs of spaces and line breaks count as one space. Widths are
    /// summed word by word (in hundredths of the font size, as `width` counts them), so a long
    /// text is measured once, not once per word it has.
    static func wrap(_ text: String, maxWidth: Int, fontSize: Int, bold: Bool = false) -> [String] {
        // Most labels are one line of plain text already: its words joined by single spaces
        // are the text itself, and its width their sum, so it is measured without splitting.
        if isPlainLine(text) {
            let total = hundredths(text)
            if (bold ? total * 108 / 100 : total) * fontSize <= maxWidth * 100 { return text.isEmpty ? [] : [text] }
            if let lines = wrapPlain(text, maxWidth: maxWidth, fontSize: fontSize, bold: bold) { return lines }
        }
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        // `width(x) <= maxWidth` exactly when `hundredths(x) * fontSize <= maxWidth * 100`.
        let limit = maxWidth * 100
        func fits(_ hundredths: Int) -> Bool { (bold ? hundredths * 108 / 100 : hundredths) * fontSize <= limit }
        let space = factor(" ")
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in words {
            let wordWidth = hundredths(word)
            let candidateWidth = current.isEmpty ? wordWidth : currentWidth + space + wordWidth
            if fits(candidateWidth) {
                current = current.isEmpty ? word : current + " " + word
                currentWidth = candidateWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for piece in split(word, maxWidth: maxWidth, fontSize: fontSize, bold: bold) {
                if !current.isEmpty { lines.append(current) }
                current = piece
            }
            currentWidth = hundredths(current)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `wrap` of a plain line (`isPlainLine`) on its bytes: each line is a slice of the text,
    /// nothing is split into words. Nil when a word alone is too wide (it must be cut).
    private static func wrapPlain(_ text: String, maxWidth: Int, fontSize: Int, bold: Bool) -> [String]? {
        let limit = maxWidth * 100
        func fits(_ hundredths: Int) -> Bool { (bold ? hundredths * 108 / 100 : hundredths) * fontSize <= limit }
        let bytes = Array(text.utf8)
        let factors = asciiFactors
        let space = factor(" ")
        var lines: [String] = []
        var lineStart = 0, lineEnd = 0, lineWidth = 0
        var index = 0
        while index < bytes.count {
            let wordStart = index
            var wordWidth = 0
            while index < bytes.count, bytes[index] != 0x20 {
                wordWidth += Int(factors[Int(bytes[index])])  // a plain line is ASCII
                index += 1
            }
            guard fits(wordWidth) else { return nil }
            if lineEnd == lineStart {
                lineStart = wordStart
                lineWidth = wordWidth
            } else if fits(lineWidth + space + wordWidth) {
                lineWidth += space + wordWidth
            } else {
                lines.append(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
                lineStart = wordStart
                lineWidth = wordWidth
            }
            lineEnd = index
            index += 1  // the single space between words
        }
        if lineEnd > lineStart { lines.append(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)) }
        return lines
    }

    /// ASCII text with single spaces between words and none around them.
    private static func isPlainLine(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 0x20) { return false }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    private static func hundredths(_ text: String) -> Int {
        let factors = asciiFactors
        var total = 0
        // Byte by byte: an ASCII byte is its character, and every other character counts once,
        // at its leading byte (continuation bytes are 10xxxxxx).
        for byte in text.utf8 {
            if byte < 0x80 {
                total += Int(factors[Int(byte)])
            } else if byte >= 0xC0 {
                total += 80
            }
        }
        return total
    }

    /// A word cut into pieces that each fit (at least one character per piece).
    private static func split(_ word: String, maxWidth: Int, fontSize: Int, bold: Bool) -> [String] {
        guard width(word, fontSize: fontSize, bold: bold) > maxWidth else { return [word] }
        var pieces: [String] = []
        var piece = ""
        for character in word {
            let candidate = piece + String(character)
            if !piece.isEmpty, width(candidate, fontSize: fontSize, bold: bold) > maxWidth {
                pieces.append(piece)
                piece = String(character)
            } else {
                piece = candidate
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
