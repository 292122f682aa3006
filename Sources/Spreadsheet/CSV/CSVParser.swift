/// Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks inside
/// quotes; CRLF, LF or CR line ends). Lenient where real files are sloppy: text after a closing
/// quote is kept, an unterminated quote runs to the end of the file.
struct CSVParser {
    /// One record with the 1-based line on which it starts, as a text editor shows it.
    struct Record {
        var line: Int
        var fields: [String]
    }

    let dialect: CSVDialect

    func records(_ text: String) -> [Record] {
        let bytes = Array(text.utf8)
        var cursor = 0
        var line = 1
        if dialect.hasSeparatorLine {
            cursor = Self.skipLine(bytes, from: 0, line: &line)
        }
        var records: [Record] = []
        // Reused for every field: avoids an allocation per field.
        var field: [UInt8] = []
        while cursor < bytes.count {
            let start = line
            var fields: [String] = []
            var recordEnded = false
            while !recordEnded {
                field.removeAll(keepingCapacity: true)
                (cursor, recordEnded) = readField(bytes, from: cursor, into: &field, line: &line)
                fields.append(String(decoding: field, as: UTF8.self))
            }
            records.append(Record(line: start, fields: fields))
        }
        return records
    }

    /// Reads one field starting at `start`; returns where the next one starts and whether the
    /// record ended after this field.
    private func readField(_ bytes: [UInt8], from start: Int, into field: inout [UInt8], line: inout Int) -> (Int, Bool) {
        var cursor = start
        let quote = UInt8(ascii: "\"")
        var quoted = cursor < bytes.count && bytes[cursor] == quote
        if quoted { cursor += 1 }
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quoted {
                if byte == quote {
                    if cursor + 1 < bytes.count, bytes[cursor + 1] == quote {
                        field.append(quote)
                        cursor += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A || (byte == 0x0D && bytes[safe: cursor + 1] != 0x0A) { line += 1 }
                    field.append(byte)
                }
                cursor += 1
            } else if byte == dialect.delimiter {
                return (cursor + 1, false)
            } else if byte == 0x0A || byte == 0x0D {
                return (Self.skipLineEnd(bytes, at: cursor, line: &line), true)
            } else {
                field.append(byte)
                cursor += 1
            }
        }
        return (cursor, true)
    }

    private static func skipLine(_ bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] != 0x0A, bytes[cursor] != 0x0D { cursor += 1 }
        return cursor < bytes.count ? skipLineEnd(bytes, at: cursor, line: &line) : cursor
    }

    private static func skipLineEnd(_ bytes: [UInt8], at cursor: Int, line: inout Int) -> Int {
        line += 1
        if bytes[cursor] == 0x0D, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x0A { return cursor + 2 }
        return cursor + 1
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
