/// Splits text that holds a name and a code together, as group rows and key/value blocks
/// do: `Perencanaan Pendidikan (MTR.01)`, `MTR.01 Perencanaan`, `KECKLB.01.PENYELENGGARAAN ...`.
enum CodeExtraction {
    /// The code and the remaining name, or nil when the text has no code-like token.
    static func split(_ text: String) -> (code: String, name: String)? {
        if let open = text.lastIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inner = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if let code = leadingCode(inner), code.count == inner.count {
                let name = (text[..<open] + text[text.index(after: close)...]).trimmingCharacters(in: trimSet)
                return (code, name)
            }
        }
        if let code = leadingCode(text) {
            let name = text.dropFirst(code.count).trimmingCharacters(in: trimSet)
            return (code, name)
        }
        if let last = text.split(separator: " ").last, let code = leadingCode(String(last)), code.count == last.count {
            return (code, text.dropLast(last.count).trimmingCharacters(in: trimSet))
        }
        return nil
    }

    private static let trimSet = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "-–:.,"))

    /// The code at the start of `text`: an optional short upper-case prefix, then digit groups
    /// joined by `.`, `-` or `/`, where short upper-case literals (`CFM`) may sit between them.
    static func leadingCode(_ text: String) -> String? {
        let characters = Array(text)
        var index = 0
        var end = 0
        var digitGroups = 0
        var segmentStart = 0
        while index <= characters.count {
            let atEnd = index == characters.count
            let character: Character = atEnd ? " " : characters[index]
            if character.isLetter || character.isNumber {
                index += 1
                continue
            }
            let segment = String(characters[segmentStart..<index])
            guard accepts(segment, digitGroups: digitGroups) else { break }
            if segment.contains(where: \.isNumber) { digitGroups += 1 }
            end = index
            guard !atEnd, ".-/_".contains(character), index + 1 < characters.count,
                  characters[index + 1].isLetter || characters[index + 1].isNumber else { break }
            index += 1
            segmentStart = index
        }
        guard digitGroups > 0 else { return nil }
        let code = String(characters[0..<end])
        // A bare number ("1", "2.") is a row number, not a code.
        return code.contains(where: \.isLetter) || code.contains(".") ? code : nil
    }

    private static func accepts(_ segment: String, digitGroups: Int) -> Bool {
        guard !segment.isEmpty else { return false }
        if segment.allSatisfy(\.isNumber) { return segment.count <= 4 }
        let letters = segment.prefix { $0.isLetter }
        let rest = segment.dropFirst(letters.count)
        guard letters.allSatisfy(\.isUppercase) else { return false }
        if !rest.isEmpty { return digitGroups == 0 && letters.count <= 10 && rest.allSatisfy(\.isNumber) && rest.count <= 4 }
        return digitGroups == 0 ? letters.count <= 10 : letters.count <= 4
    }
}

import Foundation
