import ArgumentParser
import Foundation
import Spreadsheet

extension Language: ExpressibleByArgument {
    /// `--lang EN`, `--lang En` and `--lang id` are all understood.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The default for `--lang`: `PROBIS_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`) when it is English, else Indonesian, the language of the people probis serves.
    static var fromEnvironment: Language {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["PROBIS_LANG"].flatMap({ Language(argument: String($0.prefix(2))) }) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .id
        }
        return .id
    }

    /// The language asked for on a command line that may not parse: its `--lang`, else the
    /// environment's. Argument errors are reported in it.
    static func requested(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(argument: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(argument: arguments[index + 1]) {
                return language
            }
        }
        return fromEnvironment
    }
}

/// Argument errors said in the user's language, with exit status 2 as for every failure to run
/// (swift-argument-parser's own is 64, in English).
enum ArgumentErrors {
    /// The message for a parse error; English messages pass through.
    static func message(_ full: String, language: Language, command: String) -> String {
        guard language == .id else { return full }
        let help = "probis \(command) --help".replacingOccurrences(of: "  ", with: " ")
        let first = full.split(separator: "\n").first.map(String.init) ?? full
        return "\(translate(first))\nLihat `\(help)`."
    }

    /// The usual parse errors in Indonesian; any other keeps its English words after a lead.
    static func translate(_ english: String) -> String {
        let text = (english.hasPrefix("Error: ") ? String(english.dropFirst(7)) : english)
            .replacingOccurrences(of: " Did you mean ", with: " Maksud Anda ")
            .replacingOccurrences(of: " Please provide one of ", with: " Pilih salah satu dari ")
            .replacingOccurrences(of: "' and '", with: "' atau '")
        let patterns: [(String, (String) -> String)] = [
            ("Missing expected argument ", { "Argumen wajib belum diisi: \($0)" }),
            ("Unknown option ", { "Opsi tidak dikenal: \($0)" }),
            ("Unexpected argument ", { "Argumen tidak diharapkan: \($0)" }),
            ("Missing value for ", { "Nilai belum diisi untuk \($0)" }),
        ]
        for (prefix, build) in patterns where text.hasPrefix(prefix) {
            let sentence = build(String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespacesAndNewlines))
            return "Galat: " + sentence + (sentence.hasSuffix("?") || sentence.hasSuffix(".") ? "" : ".")
        }
        if text.hasPrefix("The value "), let range = text.range(of: " is invalid for ") {
            let value = text[text.index(text.startIndex, offsetBy: 10)..<range.lowerBound]
            let option = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            return "Galat: nilai \(value) tidak sah untuk \(option)"
        }
        return "Galat pada argumen: \(text)"
    }
}
