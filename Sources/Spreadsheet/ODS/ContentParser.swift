/// One `<table:table>` of `content.xml` as read.
struct ODSTable {
    var name: String
    var visibility: SheetVisibility
    var cells: [Cell]
    var merged: [CellRange]
    var hiddenRows: [Int]
}

/// Walks `content.xml` (or a flat `.fods` document, which has the same body) in one pass:
/// the automatic styles first, for the table styles that hide a sheet, then the tables of
/// `<office:spreadsheet>` in the order the user sees their tabs.
struct ContentParser {
    private var context: ODSContext
    /// Names of table styles whose `style:table-properties` say `table:display="false"`.
    private var hiddenTableStyles: Set<String> = []

    init(limits: ReadLimits) {
        context = ODSContext(limits: limits)
    }

    /// Errors thrown are `TableReader.Failure`, `ExpansionBudget.Exhausted` or
    /// `XMLScanner.Failure`.
    mutating func parse(_ scanner: inout XMLScanner) throws -> [ODSTable] {
        while let tag = try scanner.nextTag() {
            guard tag.kind == .open else { continue }
            let name = tag.nameStart..<tag.nameEnd
            if ODFBytes.equals(scanner.bytes, name, "automatic-styles") {
                try readStyles(&scanner)
            } else if ODFBytes.equals(scanner.bytes, name, "spreadsheet") {
                return try readSpreadsheet(&scanner)
            }
        }
        return []
    }

    private mutating func readStyles(_ scanner: inout XMLScanner) throws {
        var tableStyle: String?
        while let tag = try scanner.nextTag() {
            let name = tag.nameStart..<tag.nameEnd
            let bytes = scanner.bytes
            if tag.kind == .close {
                if ODFBytes.equals(bytes, name, "automatic-styles") { return }
                if ODFBytes.equals(bytes, name, "style") { tableStyle = nil }
            } else if ODFBytes.equals(bytes, name, "style") {
                tableStyle = tag.kind == .open ? tableStyleName(tag, bytes) : nil
            } else if let style = tableStyle, ODFBytes.equals(bytes, name, "table-properties"),
                      let display = scanner.attribute("display", in: tag), ODFBytes.equals(bytes, display, "false") {
                hiddenTableStyles.insert(style)
            }
        }
    }

    /// The name of a `<style:style style:family="table">`, nil for other families.
    private mutating func tableStyleName(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var name: Range<Int>?
        var isTable = false
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            if ODFBytes.equals(bytes, attribute.name, "name") { name = attribute.value }
            if ODFBytes.equals(bytes, attribute.name, "family") { isTable = ODFBytes.equals(bytes, attribute.value, "table") }
        }
        guard isTable, let name else { return nil }
        return ODFBytes.string(bytes, name, scratch: &context.scratch)
    }

    private mutating func readSpreadsheet(_ scanner: inout XMLScanner) throws -> [ODSTable] {
        var tables: [ODSTable] = []
        while let tag = try scanner.nextTag() {
            let name = tag.nameStart..<tag.nameEnd
            let bytes = scanner.bytes
            if tag.kind == .close {
                if ODFBytes.equals(bytes, name, "spreadsheet") { break }
            } else if ODFBytes.equals(bytes, name, "table") {
                tables.append(try readTable(tag, &scanner))
            } else if ODFBytes.equals(bytes, name, "null-date") {
                readNullDate(tag, bytes)
            } else if tag.kind == .open, !ODFBytes.equals(bytes, name, "calculation-settings") {
                // Named ranges, DDE links (which hold tables of their own), validations.
                try scanner.skipElement(tag)
            }
        }
        return tables
    }

    private mutating func readNullDate(_ tag: XMLScanner.Tag, _ bytes: UnsafeBufferPointer<UInt8>) {
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            guard ODFBytes.equals(bytes, attribute.name, "date-value") else { continue }
            let text = ODFBytes.string(bytes, attribute.value, scratch: &context.scratch)
            if let day = ODFDateTime.day(of: text.prefix { $0 != "T" }) { context.nullDay = day }
        }
    }

    private mutating func readTable(_ tag: XMLScanner.Tag, _ scanner: inout XMLScanner) throws -> ODSTable {
        let bytes = scanner.bytes
        var name = ""
        var hidden = false
        var attributes = XMLAttributes(tag, bytes)
        while let attribute = attributes.next() {
            if ODFBytes.equals(bytes, attribute.name, "name") {
                name = ODFBytes.string(bytes, attribute.value, scratch: &context.scratch)
            } else if ODFBytes.equals(bytes, attribute.name, "style-name") {
                hidden = hiddenTableStyles.contains(ODFBytes.string(bytes, attribute.value, scratch: &context.scratch))
            }
        }
        var reader = TableReader()
        if tag.kind == .open { try reader.read(&scanner, &context) }
        return ODSTable(name: name, visibility: hidden ? .hidden : .visible, cells: reader.cells,
                        merged: reader.merged, hiddenRows: reader.hiddenRows())
    }
}
