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
        switch self {
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .raw(let text): output += text
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                Self.pad(&output, indent + 1)
                item.write(to: &output, indent: indent + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            Self.pad(&output, indent)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, member) in members.enumerated() {
                Self.pad(&output, indent + 1)
                Self.appendQuoted(member.0, to: &output)
                output += ": "
                member.1.write(to: &output, indent: indent + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            Self.pad(&output, indent)
            output += "}"
        }
    }

    private static func pad(_ output: inout String, _ indent: Int) {
        for _ in 0..<indent { output += "  " }
    }

    /// Appends `text` as a JSON string; text without characters to escape is copied whole.
    static func appendQuoted(_ text: String, to output: inout String) {
        let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        if needsEscape {
            output += quote(text)
        } else {
            output += "\""
            output += text
            output += "\""
        }
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
