/// A JSON value with object keys kept in the order given, so the report reads in the order the
/// contract documents and identical input gives identical bytes.
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// Text already serialised at the right indentation, written as is.
    case raw(String)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Pretty-printed with two-space indentation.
    public func serialized(indent: Int = 0) -> String {
        var output = ""
        write(to: &output, indent: indent)
        return output
    }

    /// Appends to one growing string: a report holds tens of thousands of findings, and
    /// building each level as its own string would copy the whole document once per level.
    public func write(to output: inout String, indent: Int) {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: indent)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Written as UTF-8 bytes: a string append costs more than the few bytes most of them add.
    private func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .int(let number): output += String(number).utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .raw(let text): output += text.utf8
        case .array(let items):
            guard !items.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                JSONObjectBytes.pad(&output, indent + 1)
                item.write(into: &output, indent: indent + 1)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            JSONObjectBytes.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            for (index, member) in members.enumerated() {
                JSONObjectBytes.pad(&output, indent + 1)
                Self.appendQuoted(member.0, to: &output)
                output += ": ".utf8
                member.1.write(into: &output, indent: indent + 1)
                output += (index == members.count - 1 ? "\n" : ",\n").utf8
            }
            JSONObjectBytes.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string; text without characters to escape is copied whole.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
        // Scanned in place: reports quote millions of texts, nearly none needing an escape.
        let needsEscape = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: escaped) }
            ?? text.utf8.contains(where: escaped)
        if needsEscape {
            // What `quote` escapes is ASCII, and UTF-8 never hides an ASCII byte inside a longer
            // sequence: escaping bytes is escaping scalars.
            for byte in text.utf8 {
                switch byte {
                case 0x22: output += "\\\"".utf8
                case 0x5C: output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                default: output.append(byte)
                }
            }
        } else {
            output += text.utf8
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
