/// Reads the cells and merged ranges of one worksheet part. This is the hot loop of the
/// reader: it works on byte ranges and only creates Strings for values it keeps.
struct WorksheetParser {
    let sharedStrings: [String]
    let maxCells: Int

    enum Failure: Error {
        case badReference(String)
        case badSharedString(Int)
        case tooManyCells
    }

    private enum ValueType { case number, shared, string, inline, bool, error, date }

    struct Result {
        var cells: [Cell]
        var merged: [CellRange]
        /// 0-based rows whose `<row>` carries `hidden="1"` (or `true`).
        var hiddenRows: [Int]
    }

    /// Row and column of the cell being read, and of the next cell when `r` is absent.
    private struct Cursor {
        var row = -1
        var nextColumn = 0
    }

    /// Errors thrown are `Failure` or `XMLScanner.Failure`.
    func parse(_ scanner: inout XMLScanner) throws -> Result {
        var result = Result(cells: [], merged: [], hiddenRows: [])
        var cursor = Cursor()
        // Reused for inline rich text: avoids an allocation per cell.
        var scratch: [UInt8] = []
        while let tag = try scanner.nextTag() {
            guard tag.kind != .close else { continue }
            let length = tag.nameEnd - tag.nameStart
            if length == 1, scanner.bytes[tag.nameStart] == UInt8(ascii: "c") {
                if let cell = try readCell(tag, &scanner, &cursor, &scratch) {
                    guard result.cells.count < maxCells else { throw Failure.tooManyCells }
                    result.cells.append(cell)
                }
            } else if length == 3, scanner.tag(tag, is: "row") {
                try startRow(tag, scanner, &cursor)
                if Self.isHidden(tag, scanner) { result.hiddenRows.append(max(cursor.row, 0)) }
            } else if length == 9, scanner.tag(tag, is: "mergeCell"), let ref = scanner.attribute("ref", in: tag) {
                guard let range = Self.parseRange(scanner.bytes, ref) else {
                    throw Failure.badReference(Self.quoted(scanner.bytes, ref))
                }
                result.merged.append(range)
            }
        }
        result.merged = Self.clamped(result.merged, to: result.cells)
        return result
    }

    private func startRow(_ tag: XMLScanner.Tag, _ scanner: XMLScanner, _ cursor: inout Cursor) throws(Failure) {
        cursor.nextColumn = 0
        guard let r = scanner.attribute("r", in: tag) else {
            cursor.row += 1
            return
        }
        guard let number = Self.integer(scanner.bytes, r), number >= 1, number <= CellAddress.maxRows else {
            throw .badReference(Self.quoted(scanner.bytes, r))
        }
        cursor.row = number - 1
    }

    private func readCell(
        _ tag: XMLScanner.Tag, _ scanner: inout XMLScanner, _ cursor: inout Cursor, _ scratch: inout [UInt8]
    ) throws -> Cell? {
        let (reference, typeRange) = Self.cellAttributes(tag, scanner.bytes)
        let address = try address(reference, scanner.bytes, &cursor)
        guard tag.kind == .open else { return nil }
        let type = Self.valueType(typeRange, scanner.bytes)
        // Most cells are exactly `<v>…</v></c>`: read them without the general tag loop.
        if scanner.consume("<v>") {
            guard let text = scanner.rawText() else {
                scratch.removeAll(keepingCapacity: true)
                try scanner.collectText(into: &scratch)
                return try readCellContent(address, type, raw: nil, decoded: XMLText.finish(scratch), &scanner, &scratch)
            }
            if scanner.consume("</v></c>") {
                guard let value = try value(type, text, nil, scanner.bytes) else { return nil }
                return Cell(address: address, value: value)
            }
            return try readCellContent(address, type, raw: text, decoded: nil, &scanner, &scratch)
        }
        return try readCellContent(address, type, raw: nil, decoded: nil, &scanner, &scratch)
    }

    private func readCellContent(
        _ address: CellAddress, _ type: ValueType, raw initialRaw: Range<Int>?, decoded: String?,
        _ scanner: inout XMLScanner, _ scratch: inout [UInt8]
    ) throws -> Cell? {
        var raw = initialRaw
        var rawDecoded = decoded
        var isFormula = false
        while let inner = try scanner.nextTag() {
            let length = inner.nameEnd - inner.nameStart
            let first = scanner.bytes[inner.nameStart]
            if inner.kind == .close {
                if length == 1, first == UInt8(ascii: "c") { break }
                continue
            }
            if length == 1, first == UInt8(ascii: "v"), inner.kind == .open {
                if let text = scanner.rawText() { raw = text } else {
                    scratch.removeAll(keepingCapacity: true)
                    try scanner.collectText(into: &scratch)
                    rawDecoded = XMLText.finish(scratch)
                }
            } else if length == 1, first == UInt8(ascii: "f") {
                isFormula = true
                try scanner.skipElement(inner)
            } else if length == 2, scanner.tag(inner, is: "is"), inner.kind == .open {
                rawDecoded = try SharedStringsParser.readItem(&scanner, scratch: &scratch)
            }
        }
        guard let value = try value(type, raw, rawDecoded, scanner.bytes) else { return nil }
        return Cell(address: address, value: value, isFormula: isFormula)
    }

    private func address(_ reference: Range<Int>?, _ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor) throws(Failure) -> CellAddress {
        guard let reference else {
            let address = CellAddress(row: max(cursor.row, 0), column: cursor.nextColumn)
            guard address.column < CellAddress.maxColumns else { throw .badReference("#\(address.column + 1)") }
            cursor.nextColumn += 1
            return address
        }
        guard let address = Self.parseReference(bytes, reference) else {
            throw .badReference(Self.quoted(bytes, reference))
        }
        cursor.nextColumn = address.column + 1
        return address
    }

    private func value(
        _ type: ValueType, _ raw: Range<Int>?, _ decoded: String?, _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(Failure) -> CellValue? {
        func text() -> String? { decoded ?? raw.map { XMLText.string(bytes, $0) } }
        switch type {
        case .number:
            if let raw { return NumberParsing.double(bytes, raw).map(CellValue.number) }
            return decoded.flatMap(Double.init).map(CellValue.number)
        case .shared:
            guard let raw else { return nil }
            guard let index = Self.integer(bytes, raw), index < sharedStrings.count else {
                throw .badSharedString(Self.integer(bytes, raw) ?? -1)
            }
            let string = sharedStrings[index]
            return string.isEmpty ? nil : .text(string)
        case .string, .inline, .date:
            guard let string = text(), !string.isEmpty else { return nil }
            return .text(string)
        case .bool:
            return text().map { CellValue.bool($0 == "1" || $0.lowercased() == "true") }
        case .error:
            return text().map(CellValue.error)
        }
    }

    // MARK: - Byte-level helpers

    /// An attribute as an error message quotes it: at most 40 bytes, so that a hostile
    /// megabyte-long value never reaches stderr.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard range.count > 40 else { return XMLText.string(bytes, range) }
        return XMLText.string(bytes, range.lowerBound..<(range.lowerBound + 40)) + "…"
    }

    /// `hidden="1"` or `hidden="true"` on a `<row>` tag.
    private static func isHidden(_ tag: XMLScanner.Tag, _ scanner: XMLScanner) -> Bool {
        guard let hidden = scanner.attribute("hidden", in: tag), !hidden.isEmpty else { return false }
        let first = scanner.bytes[hidden.lowerBound]
        return first == UInt8(ascii: "1") || first == UInt8(ascii: "t")
    }

    /// The `r` and `t` attributes of a `<c>` tag in one pass over its attributes.
    private static func cellAttributes(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>?, Range<Int>?) {
        var reference: Range<Int>?
        var type: Range<Int>?
        var cursor = tag.attributesStart
        let end = tag.attributesEnd
        while cursor < end {
            while cursor < end, XMLScanner.isSpace(bytes[cursor]) { cursor += 1 }
            let nameStart = cursor
            while cursor < end, bytes[cursor] != UInt8(ascii: "=") { cursor += 1 }
            let nameLength = cursor - nameStart
            while cursor < end, bytes[cursor] != UInt8(ascii: "\""), bytes[cursor] != UInt8(ascii: "'") { cursor += 1 }
            guard cursor < end else { break }
            let quote = bytes[cursor]
            let valueStart = cursor + 1
            cursor = valueStart
            while cursor < end, bytes[cursor] != quote { cursor += 1 }
            if nameLength == 1 {
                if bytes[nameStart] == UInt8(ascii: "r") { reference = valueStart..<cursor }
                else if bytes[nameStart] == UInt8(ascii: "t") { type = valueStart..<cursor }
            }
            cursor += 1
        }
        return (reference, type)
    }

    private static func valueType(_ range: Range<Int>?, _ bytes: UnsafeBufferPointer<UInt8>) -> ValueType {
        guard let range, !range.isEmpty else { return .number }
        switch (bytes[range.lowerBound], range.count) {
        case (UInt8(ascii: "s"), 1): return .shared
        case (UInt8(ascii: "s"), _): return .string
        case (UInt8(ascii: "i"), _): return .inline
        case (UInt8(ascii: "b"), _): return .bool
        case (UInt8(ascii: "e"), _): return .error
        case (UInt8(ascii: "d"), _): return .date
        default: return .number
        }
    }

    /// `A1:C3` (or a single `B2`) straight from bytes; whole columns (`A:C`) and whole rows
    /// (`2:5`) reach the sheet's edge, which `clamped(_:to:)` brings back to the used range.
    private static func parseRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CellRange? {
        guard let colon = range.first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
            return parseReference(bytes, range).map { CellRange(first: $0, last: $0) }
        }
        let left = range.lowerBound..<colon, right = (colon + 1)..<range.upperBound
        if let first = parseReference(bytes, left), let last = parseReference(bytes, right) {
            return CellRange(first: first, last: last)
        }
        if let first = columnNumber(bytes, left), let last = columnNumber(bytes, right) {
            return CellRange(first: CellAddress(row: 0, column: first - 1), last: CellAddress(row: CellAddress.maxRows - 1, column: last - 1))
        }
        if let first = integer(bytes, left), let last = integer(bytes, right), (1...CellAddress.maxRows).contains(first),
           (1...CellAddress.maxRows).contains(last) {
            return CellRange(first: CellAddress(row: first - 1, column: 0), last: CellAddress(row: last - 1, column: CellAddress.maxColumns - 1))
        }
        return nil
    }

    /// A column given by letters only (`C`), 1-based.
    private static func columnNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 3 else { return nil }
        var column = 0
        for index in range {
            guard let letter = ReferenceParser.letterValue(bytes[index]) else { return nil }
            column = column * 26 + letter
        }
        return column <= CellAddress.maxColumns ? column : nil
    }

    /// Whole-column and whole-row merges (`A:A`, `1:1`) cut to the cells the sheet uses: a
    /// merge down a column covers its used rows, not a million of them. Other merges stay as
    /// written; a whole-line merge on an empty sheet is dropped.
    static func clamped(_ ranges: [CellRange], to cells: [Cell]) -> [CellRange] {
        let isWhole = { (range: CellRange) in
            range.last.row == CellAddress.maxRows - 1 || range.last.column == CellAddress.maxColumns - 1
        }
        guard ranges.contains(where: isWhole) else { return ranges }
        guard let lastRow = cells.map(\.row).max(), let lastColumn = cells.map(\.column).max() else {
            return ranges.filter { !isWhole($0) }
        }
        return ranges.map { range in
            guard isWhole(range) else { return range }
            let last = CellAddress(row: min(range.last.row, max(lastRow, range.first.row)),
                                   column: min(range.last.column, max(lastColumn, range.first.column)))
            return CellRange(first: range.first, last: last)
        }
    }

    private static func parseReference(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CellAddress? {
        var cursor = range.lowerBound
        var column = 0
        while cursor < range.upperBound, let letter = ReferenceParser.letterValue(bytes[cursor]), column < 20_000 {
            column = column * 26 + letter
            cursor += 1
        }
        guard column >= 1, column <= CellAddress.maxColumns, let row = integer(bytes, cursor..<range.upperBound),
              row >= 1, row <= CellAddress.maxRows else { return nil }
        return CellAddress(row: row - 1, column: column - 1)
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 10 else { return nil }
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
