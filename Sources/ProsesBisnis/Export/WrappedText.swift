import XLSXWriter

/// How many lines text takes once wrapped in a column, and how tall its row must be: every
/// output sets its rows' heights from this, because LibreOffice does not grow rows by itself
/// when it opens a file, and wrapped text in a row of one line prints over the next row.
///
/// The validated workbook measures its planned cells, the regional sheets each row as they
/// stream it (constant-memory mode writes a row's height before its cells).
enum WrappedText {
    /// Points per line of 11-point text, Excel's default row height.
    static let lineHeight = 15.0

    /// Lines `text` takes in a column `width` Excel character units wide; words are not
    /// broken, and bold text is wider.
    static func lines(_ text: String, width: Double, bold: Bool = false) -> Int {
        // Most cells fit on one line however they are measured (UTF-8 bytes never count
        // fewer than characters): the estimate below is for the few that may not.
        if text.utf8.count <= Int(width * 0.9), !text.utf8.contains(UInt8(ascii: "\n")) { return 1 }
        // A column's padding takes about a character; LibreOffice's fonts run wider than
        // Excel's: an estimate a little high leaves a gap, one too low prints over the next row.
        return wordWrappedLines(text, perLine: max(1, Int((width - 1) * (bold ? 0.95 : 1.1))))
    }

    /// The row height for `lines` lines of `fontSize`-point text, within Excel's 409 points.
    static func height(lines: Int, fontSize: Double? = nil) -> Double {
        let line = fontSize.map { max(lineHeight, $0 * 1.4) } ?? lineHeight
        return min(Double(max(1, lines)) * line, ExcelLimits.maxRowHeight)
    }

    /// Lines a text takes when each of its lines wraps at spaces, a word longer than a line
    /// being cut. Counted over UTF-8 bytes (characters are the bytes that do not continue
    /// one), since every row of every table passes here.
    static func wordWrappedLines(_ text: String, perLine: Int) -> Int {
        var total = 0, lines = 1, used = 0, word = 0
        func place() {
            guard word > 0 else { return }
            if used > 0, used + 1 + word <= perLine {
                used += 1 + word
            } else {
                if used > 0 { lines += 1 }
                lines += (word - 1) / perLine
                used = (word - 1) % perLine + 1
            }
            word = 0
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                place()
                total += lines
                lines = 1
                used = 0
            case UInt8(ascii: " "): place()
            default: if byte & 0xC0 != 0x80 { word += 1 }
            }
        }
        place()
        return total + lines
    }

}
