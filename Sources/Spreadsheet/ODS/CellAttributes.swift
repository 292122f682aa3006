/// The attributes of one `<table:table-cell>` or `<table:covered-table-cell>` that the reader
/// needs, found in one pass, as raw ranges into the content bytes.
struct CellAttributes {
    enum ValueType { case none, float, date, time, boolean, string, other }

    var repeated = 1
    var columnsSpanned = 1
    var rowsSpanned = 1
    var valueType = ValueType.none
    /// `calcext:value-type="error"`: LibreOffice's mark for a formula whose result is an error
    /// (`office:value-type` then says `float` with value 0, the text says `#DIV/0!`).
    var isError = false
    var value: Range<Int>?
    var booleanValue: Range<Int>?
    var dateValue: Range<Int>?
    var timeValue: Range<Int>?
    var stringValue: Range<Int>?
    var isFormula = false

    init(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) {
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            read(attribute, bytes)
        }
    }

    var isMerge: Bool { columnsSpanned > 1 || rowsSpanned > 1 }

    private mutating func read(_ attribute: XMLAttributes.Attribute, _ bytes: UnsafeBufferPointer<UInt8>) {
        let name = attribute.name
        let value = attribute.value
        switch name.count {
        case 23 where ODFBytes.equals(bytes, name, "number-columns-repeated"): repeated = ODFBytes.count(bytes, value)
        case 22 where ODFBytes.equals(bytes, name, "number-columns-spanned"): columnsSpanned = ODFBytes.count(bytes, value)
        case 19 where ODFBytes.equals(bytes, name, "number-rows-spanned"): rowsSpanned = ODFBytes.count(bytes, value)
        case 10 where ODFBytes.equals(bytes, name, "value-type"):
            if ODFBytes.equals(bytes, attribute.prefix, "calcext") {
                isError = ODFBytes.equals(bytes, value, "error")
            } else {
                valueType = Self.valueType(bytes, value)
            }
        case 10 where ODFBytes.equals(bytes, name, "date-value"): dateValue = value
        case 10 where ODFBytes.equals(bytes, name, "time-value"): timeValue = value
        case 5 where ODFBytes.equals(bytes, name, "value"): self.value = value
        case 13 where ODFBytes.equals(bytes, name, "boolean-value"): booleanValue = value
        case 12 where ODFBytes.equals(bytes, name, "string-value"): stringValue = value
        case 7 where ODFBytes.equals(bytes, name, "formula"): isFormula = true
        default: break
        }
    }

    private static func valueType(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ValueType {
        if ODFBytes.equals(bytes, range, "float") || ODFBytes.equals(bytes, range, "percentage")
            || ODFBytes.equals(bytes, range, "currency") { return .float }
        if ODFBytes.equals(bytes, range, "string") { return .string }
        if ODFBytes.equals(bytes, range, "date") { return .date }
        if ODFBytes.equals(bytes, range, "time") { return .time }
        if ODFBytes.equals(bytes, range, "boolean") { return .boolean }
        return .other
    }

    /// The value the attributes alone give, or nil when the cell's text decides: strings without
    /// `office:string-value`, cells without a value type, errors, and values that do not parse.
    func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>, nullDay: Int, scratch: inout [UInt8]) -> CellValue? {
        guard !isError else { return nil }
        switch valueType {
        case .float:
            return value.flatMap { NumberParsing.double(bytes, $0) }.map(CellValue.number)
        case .date:
            guard let dateValue else { return nil }
            let text = ODFBytes.string(bytes, dateValue, scratch: &scratch)
            return ODFDateTime.serial(of: text, nullDay: nullDay).map(CellValue.number)
        case .time:
            guard let timeValue else { return nil }
            return ODFDateTime.dayFraction(of: ODFBytes.string(bytes, timeValue, scratch: &scratch)).map(CellValue.number)
        case .boolean:
            guard let booleanValue, let first = booleanValue.first.map({ bytes[$0] }) else { return nil }
            return .bool(first == UInt8(ascii: "t") || first == UInt8(ascii: "T") || first == UInt8(ascii: "1"))
        case .string:
            guard let stringValue else { return nil }
            return .text(ODFBytes.string(bytes, stringValue, scratch: &scratch))
        case .none, .other:
            return nil
        }
    }

    /// Whether the cell's value comes from its paragraphs (see `attributeValue`).
    func needsText(attributeValue: CellValue?) -> Bool {
        isError || attributeValue == nil
    }

    /// The cell's value from its paragraphs' text; empty text is no value, as in the XLSX reader.
    func textValue(_ text: String) -> CellValue? {
        guard !text.isEmpty else { return nil }
        return isError ? .error(text) : .text(text)
    }
}
