import Foundation
@testable import Spreadsheet

/// Builds small ODS packages in memory, with exactly the `content.xml` a case needs.
enum ODSBuilder {
    static let mimetype = "application/vnd.oasis.opendocument.spreadsheet"

    /// A `content.xml` whose `<office:spreadsheet>` holds `tables`, with `styles` inside
    /// `<office:automatic-styles>`.
    static func content(_ tables: String, styles: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">\
        <office:automatic-styles>\(styles)</office:automatic-styles>\
        <office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body></office:document-content>
        """
    }

    /// A package with a `mimetype` member (when given), `content.xml` and any `extra` members.
    static func package(content: String, mimetype: String? = mimetype, extra: [(String, String)] = []) -> Data {
        var zip = ZipBuilder()
        if let mimetype { zip.add("mimetype", mimetype) }
        zip.add("content.xml", content)
        for (name, text) in extra { zip.add(name, text) }
        return zip.data
    }

    /// One table named `Data` holding `rows`.
    static func sheet(_ rows: String, limits: ReadLimits = .standard) throws -> Sheet {
        let data = package(content: content("<table:table table:name=\"Data\">\(rows)</table:table>"))
        let workbook = try ODSReader(limits: limits).read(data: data, path: "case.ods")
        guard let sheet = workbook.sheets.first else { throw CocoaError(.fileReadCorruptFile) }
        return sheet
    }

    /// A string cell with one paragraph.
    static func text(_ text: String, _ attributes: String = "") -> String {
        "<table:table-cell office:value-type=\"string\" \(attributes)><text:p>\(text)</text:p></table:table-cell>"
    }

    /// A float cell.
    static func number(_ value: String, _ attributes: String = "") -> String {
        "<table:table-cell office:value-type=\"float\" office:value=\"\(value)\" \(attributes)><text:p>\(value)</text:p></table:table-cell>"
    }

    /// Every cell of a sheet by A1 reference.
    static func cells(_ sheet: Sheet) -> [String: CellValue] {
        Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.address.description, $0.value) })
    }

    /// Writes `data` to a fresh temporary file named `name` and returns its path.
    static func temporaryFile(_ data: Data, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-ods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
