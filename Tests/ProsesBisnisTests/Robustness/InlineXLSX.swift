import Foundation

/// The second XLSX producer of the robustness corpus: a minimal workbook with inline strings
/// (`t="inlineStr"`), no shared string table and no styles, as web applications export it.
/// The ZIP members are stored uncompressed.
enum InlineXLSX {
    static func data(_ sheets: [CorpusSheet]) -> Data {
        var members: [(String, String)] = []
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        members.append(("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"))
        var list = ""
        var rels = ""
        for (index, sheet) in sheets.enumerated() {
            list += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            members.append(("xl/worksheets/sheet\(index + 1).xml",
                            "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet.inlineSheetData)</sheetData>\(sheet.inlineMergeCells)</worksheet>"))
        }
        members.append(("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(list)</sheets></workbook>"))
        members.append(("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(package)\">\(rels)</Relationships>"))
        return zip(members)
    }

    private static func zip(_ members: [(String, String)]) -> Data {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for (nameText, text) in members {
            let bytes = Array(text.utf8), name = Array(nameText.utf8)
            let offset = output.count, crc = crc32(bytes)
            output += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0) + le32(crc)
            output += le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(name.count)) + le16(0) + name + bytes
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0) + le32(crc)
            central += le32(UInt32(bytes.count)) + le32(UInt32(bytes.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + name
        }
        let centralOffset = output.count
        output += central
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
        output += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
        return Data(output)
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
