/// A relationship from an OPC `.rels` part, with its target resolved to a part name.
struct Relationship {
    var id: String
    var type: String
    /// The target part's name from the package root, without a leading `/`.
    var target: String
    var isExternal: Bool

    /// Whether the type ends with this kind (`/worksheet`, `/sharedStrings`), which matches both
    /// the Transitional and the Strict relationship URIs.
    func hasKind(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
}

enum PartNames {
    /// The `.rels` part that holds the relationships of `part`: `xl/workbook.xml` →
    /// `xl/_rels/workbook.xml.rels`; the package itself (`""`) → `_rels/.rels`.
    static func relationshipsPart(of part: String) -> String {
        let (folder, name) = split(part)
        return folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
    }

    /// Resolves a relationship target relative to the part that declares it.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let base = decoded.hasPrefix("/") ? [] : split(source).folder.split(separator: "/").map(String.init)
        var components = base
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    private static func split(_ part: String) -> (folder: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}

import Foundation
