import Foundation
import Testing
@testable import ProsesBisnis

/// `docs/report-format.md` is the public contract: every rule id the code can emit is listed
/// there, found both from the catalogue and from the source itself.
struct ReportFormatDocTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ids in the first column of the document's rule tables.
    static let documented: Set<String> = {
        let text = (try? String(contentsOf: packageRoot.appendingPathComponent("docs/report-format.md"), encoding: .utf8)) ?? ""
        let pattern = try! NSRegularExpression(pattern: #"^\| `([a-z]+\.[a-z_]+)` \|"#, options: .anchorsMatchLines)
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }()

    /// Id and severity of each row of the document's rule tables (severity empty for the
    /// change-log table, which has none).
    static let documentedSeverities: [String: String] = {
        let text = (try? String(contentsOf: packageRoot.appendingPathComponent("docs/report-format.md"), encoding: .utf8)) ?? ""
        let pattern = try! NSRegularExpression(pattern: #"^\| `([a-z]+\.[a-z_]+)` \| ([a-z]*)"#, options: .anchorsMatchLines)
        var result: [String: String] = [:]
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let id = Range(match.range(at: 1), in: text), let word = Range(match.range(at: 2), in: text) else { continue }
            let severity = String(text[word])
            result[String(text[id])] = ["error", "warning", "info"].contains(severity) ? severity : ""
        }
        return result
    }()

    /// The ids `RuleID` declares, read from its source.
    static let declared: Set<String> = {
        let path = packageRoot.appendingPathComponent("Sources/ProsesBisnis/Model/RuleID.swift")
        let text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        let pattern = try! NSRegularExpression(pattern: #"= RuleID\("([a-z]+\.[a-z_]+)"\)"#)
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        })
    }()

    @Test func theCatalogueListsEveryDeclaredIdOnceAndTheDocumentListsTheCatalogue() {
        let ids = RuleCatalogue.entries.map(\.id.rawValue)
        #expect(ids.count == Set(ids).count, "listed twice")
        #expect(Set(ids) == Self.declared, "catalogue vs RuleID: \(Set(ids).symmetricDifference(Self.declared).sorted())")
        #expect(Set(ids) == Self.documented, "catalogue vs docs: \(Set(ids).symmetricDifference(Self.documented).sorted())")
    }

    @Test func theDocumentGivesEachIdTheCataloguesSeverity() {
        for entry in RuleCatalogue.entries {
            #expect(Self.documentedSeverities[entry.id.rawValue] == (entry.severity?.rawValue ?? ""), "\(entry.id)")
        }
    }

    @Test func everyRuleFindsAtItsCatalogueSeverity() {
        for rule in RuleCatalogue.all {
            #expect(RuleCatalogue.entry(type(of: rule).id)?.severity == type(of: rule).severity, "\(type(of: rule).id)")
        }
        for (id, severity) in RecognitionFindings.rules { #expect(RuleCatalogue.entry(id)?.severity == severity, "\(id)") }
    }

    /// Rule ids are spelled once, in `RuleID`: no other source file writes one as a string.
    @Test func noSourceFileButRuleIDSpellsARuleID() {
        var spelled: [String] = []
        for target in ["ProsesBisnis", "probis", "ProbisServer"] {
            let folder = Self.packageRoot.appendingPathComponent("Sources/\(target)")
            let walker = FileManager.default.enumerator(atPath: folder.path)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".swift"), !relative.hasSuffix("RuleID.swift"),
                      let text = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8) else { continue }
                for id in Self.declared where text.contains("\"\(id)\"") { spelled.append("\(relative): \(id)") }
            }
        }
        #expect(Self.declared.count >= 30)
        #expect(spelled.isEmpty, "\(spelled)")
    }
}
