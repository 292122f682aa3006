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

    /// Ids the source spells where findings and changes are made: `rule: "x.y"`, `id = "x.y"`,
    /// `rule = "x.y"`, `Rule = "x.y"`, and the change-log rule constants.
    static let spelledInSource: Set<String> = {
        let pattern = try! NSRegularExpression(pattern: #"(?:rule: |[iI]d = |[rR]ule = |static let [a-zA-Z]+ = )"([a-z]+\.[a-z_]+)""#)
        var ids: Set<String> = []
        let folder = packageRoot.appendingPathComponent("Sources/ProsesBisnis")
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift"),
                  let text = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { ids.insert(String(text[range])) }
            }
        }
        return ids.filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".csv") && !$0.hasSuffix(".sqlite") && !$0.hasSuffix(".xlsx") }
    }()

    @Test func everyCatalogueRuleIsDocumented() {
        let ids = Set(RuleCatalogue.all.map { type(of: $0).id })
        #expect(ids.subtracting(Self.documented).isEmpty, "undocumented: \(ids.subtracting(Self.documented).sorted())")
    }

    @Test func everyRuleIdSpelledInTheSourceIsDocumented() {
        #expect(Self.spelledInSource.count >= 20)
        let missing = Self.spelledInSource.subtracting(Self.documented)
        #expect(missing.isEmpty, "undocumented: \(missing.sorted())")
    }

    @Test func everyChangeLogRuleIsDocumented() {
        let ids = Set(CorrectionRule.fixable + [CorrectionRule.map, CorrectionRule.prefix])
        #expect(ids.subtracting(Self.documented).isEmpty, "undocumented: \(ids.subtracting(Self.documented).sorted())")
    }
}
