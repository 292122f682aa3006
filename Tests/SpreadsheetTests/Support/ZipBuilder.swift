import Foundation

/// Builds small ZIP archives in memory (stored, uncompressed members) so that tests can craft
/// exactly the XML a case needs, in the spirit of calamine's in-memory test workbooks.
struct ZipBuilder {
    private var members: [(name: String, bytes: [UInt8])] = []

    mutating func add(_ name: String, _ text: String) {
        members.append((name, Array(text.utf8)))
    }

    /// A member given as raw bytes (another encoding than UTF-8, binary data).
    mutating func addBytes(_ name: String, _ bytes: [UInt8]) {
        members.append((name, bytes))
    }

    var data: Data {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let offset = output.count
            let name = Array(member.name.utf8)
            let crc = Self.crc32(member.bytes)
            output += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0) + le32(crc)
            output += le32(UInt32(member.bytes.count)) + le32(UInt32(member.bytes.count))
            output += le16(UInt16(name.count)) + le16(0) + name + member.bytes
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0) + le32(crc)
            central += le32(UInt32(member.bytes.count)) + le32(UInt32(member.bytes.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            central += le32(UInt32(offset)) + name
        }
        let centralOffset = output.count
        output += central
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
        output += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
        return Data(output)
    }

    /// A minimal workbook with one sheet per entry of `sheets` (name, sheet XML body inside
    /// `<sheetData>`), and an optional shared string table.
    static func workbook(sheets: [(String, String)], sharedStrings: [String]? = nil, mergeCells: String = "") -> Data {
        var zip = ZipBuilder()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add("_rels/.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        var sheetList = ""
        var rels = ""
        for (index, sheet) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(sheet.0)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            zip.add("xl/worksheets/sheet\(index + 1).xml",
                    "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet.1)</sheetData>\(mergeCells)</worksheet>")
        }
        if let sharedStrings {
            rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            zip.add("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(sharedStrings.joined())</sst>")
        }
        zip.add("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(sheetList)</sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        return zip.data
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
