/// Reads the shared string table: one string per `<si>`, rich-text runs concatenated,
/// phonetic runs (`<rPh>`) left out as Excel displays them.
enum SharedStringsParser {
    static func parse(_ scanner: inout XMLScanner) throws(XMLScanner.Failure) -> [String] {
        var strings: [String] = []
        // Reused across items: only rich-text items need to assemble their runs.
        var scratch: [UInt8] = []
        while let tag = try scanner.nextTag() {
            guard scanner.tag(tag, is: "si") else { continue }
            switch tag.kind {
            case .open: strings.append(try readItem(&scanner, scratch: &scratch))
            case .selfClosing: strings.append("")
            case .close: break
            }
        }
        return strings
    }

    /// The text of one string item (`<si>` or `<is>`): the scanner is just past its open tag and
    /// is left just past its close tag.
    static func readItem(_ scanner: inout XMLScanner, scratch: inout [UInt8]) throws(XMLScanner.Failure) -> String {
        scratch.removeAll(keepingCapacity: true)
        var single: Range<Int>?
        var runs = 0
        var depth = 1
        while depth > 0, let tag = try scanner.nextTag() {
            switch tag.kind {
            case .close:
                depth -= 1
            case .selfClosing:
                continue
            case .open:
                if scanner.tag(tag, is: "rPh") {
                    try scanner.skipElement(tag)
                    continue
                }
                depth += 1
                guard scanner.tag(tag, is: "t") else { continue }
                if runs == 1, let first = single {
                    XMLText.appendDecoded(scanner.bytes, first, to: &scratch)
                    single = nil
                }
                if runs == 0, let text = scanner.rawText() {
                    single = text
                } else if let text = scanner.rawText() {
                    XMLText.appendDecoded(scanner.bytes, text, to: &scratch)
                } else {
                    if let first = single { XMLText.appendDecoded(scanner.bytes, first, to: &scratch); single = nil }
                    try scanner.collectText(into: &scratch)
                }
                runs += 1
            }
        }
        if let text = single { return XMLText.string(scanner.bytes, text) }
        return XMLText.finish(scratch)
    }
}
