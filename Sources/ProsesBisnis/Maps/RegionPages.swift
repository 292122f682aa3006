import Foundation
import Spreadsheet

/// The region page (`<wilayah>/index.html`) and the root page (`index.html`) of the map site.
enum RegionPages {
    /// One region's submissions as the site shows them.
    struct Member {
        var submission: Submission
        var summary: SubmissionSummary
        /// The OPD page, relative to the output folder.
        var pagePath: String
    }

    /// A line of the root page.
    struct Line: Sendable {
        var region: String
        var folder: String
        var submissions: Int
        var statuses: [SubmissionStatus: Int]
        var errors: Int
        var warnings: Int
    }

    /// `relasi`: each member's Peta Relasi as its OPD page drew it (`OPDPage.regionIndex`), nil
    /// where it was not drawn (then drawn here).
    static func regionPage(_ region: String, members: [Member], relasi: [MarkupBuffer?], regionFindings: [Finding],
                           dictionary: UnitDictionary, language: Language) -> String {
        let en = language == .en
        var body = ringkasan(members, language: language)
        body += byRule(members.flatMap(\.summary.findings) + CheckReport.countedRegionFindings(regionFindings), language: language)
        body += regionFindingsSection(regionFindings, language: language)
        body += unitDictionary(dictionary.entries, language: language)
        body += "<h2>\(en ? "Relationship maps" : "Peta Relasi")</h2>\n"
        for (index, member) in members.enumerated() where !member.summary.isCopy {
            body += "<section class=\"map\" id=\"relasi-\(index)\">\n"
            if let drawn = relasi.indices.contains(index) ? relasi[index] : nil {
                body += drawn.string
            } else {
                let maps = OPDMaps(member.submission, dictionary: dictionary, language: language)
                body += SVGWriter.svg(maps.relasiMap(idPrefix: "r\(index)"), prefix: "relasi-\(index)")
            }
            body += "</section>\n"
        }
        let nav = "<a href=\"../index.html\">\(en ? "All regions" : "Semua wilayah")</a>"
        return HTMLPage.page(title: region, language: language, nav: nav, body: body, sortable: true)
    }

    private static func ringkasan(_ members: [Member], language: Language) -> String {
        let en = language == .en
        var out = "<h2>\(en ? "Summary" : "Ringkasan")</h2>\n<table class=\"sortable ringkasan\"><thead><tr><th>OPD</th>"
        out += "<th>Status</th><th>Proses</th><th>Sub Proses</th><th>Lintas Fungsi</th><th>\(en ? "Activities" : "Kegiatan")</th>"
        out += "<th>\(en ? "Errors" : "Galat")</th><th>\(en ? "Warnings" : "Peringatan")</th><th>\(en ? "File" : "Berkas")</th></tr></thead><tbody>\n"
        for member in members {
            let summary = member.summary, status = SubmissionStatus(summary)
            let page = (member.pagePath as NSString).lastPathComponent
            out += "<tr><td><a href=\"\(HTMLPage.href(page))\">\(HTMLPage.h(summary.opd))</a></td>"
            out += "<td class=\"status-\(status.id)\">\(status.label(language))</td>"
            for count in [summary.counts.proses, summary.counts.subProses, summary.counts.lintasFungsi, summary.counts.aktivitas] {
                out += "<td class=\"n\">\(count)</td>"
            }
            out += "<td class=\"n\">\(summary.findings.filter { $0.severity == .error }.count)</td>"
            out += "<td class=\"n\">\(summary.findings.filter { $0.severity == .warning }.count)</td>"
            out += "<td><code>\(HTMLPage.h(summary.path))</code></td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private static func byRule(_ findings: [Finding], language: Language) -> String {
        let en = language == .en
        var counts: [String: (severity: Severity, count: Int)] = [:]
        for finding in findings { counts[finding.rule.rawValue, default: (finding.severity, 0)].count += 1 }
        var out = "<h2>\(en ? "Findings by rule" : "Temuan per aturan")</h2>\n"
        guard !counts.isEmpty else { return out + "<p>\(en ? "No findings." : "Tidak ada temuan.")</p>\n" }
        out += "<table class=\"sortable\"><thead><tr><th>\(en ? "Rule" : "Aturan")</th><th>\(en ? "Severity" : "Tingkat")</th>"
        out += "<th>\(en ? "Count" : "Jumlah")</th></tr></thead><tbody>\n"
        for rule in counts.keys.sorted() {
            let entry = counts[rule]!
            out += "<tr><td><code>\(HTMLPage.h(rule))</code></td><td class=\"sev-\(entry.severity.rawValue)\">"
            out += "\(HTMLPage.severity(entry.severity, language))</td><td class=\"n\">\(entry.count)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Code collisions and shared processes, as the region analysis words them.
    private static func regionFindingsSection(_ findings: [Finding], language: Language) -> String {
        let en = language == .en
        let collisions = findings.filter { $0.rule == RegionAnalysis.collisionRule }
        let shared = findings.filter { $0.rule != RegionAnalysis.collisionRule }
        var out = "<h2>\(en ? "Code collisions" : "Tabrakan kode") (\(collisions.count))</h2>\n"
        out += list(collisions, language: language)
        out += "<h2>\(en ? "Shared processes and other region findings" : "Proses bersama dan temuan wilayah lain") (\(shared.count))</h2>\n"
        return out + list(shared, language: language)
    }

    private static func list(_ findings: [Finding], language: Language) -> String {
        guard !findings.isEmpty else { return "<p>—</p>\n" }
        return "<ul>\n" + findings.map { "<li class=\"sev-\($0.severity.rawValue)\">\(HTMLPage.h($0.message.text(language)))</li>\n" }.joined()
            + "</ul>\n"
    }

    private static func unitDictionary(_ entries: [UnitDictionary.Entry], language: Language) -> String {
        let en = language == .en
        var out = "<h2>\(en ? "Unit dictionary" : "Kamus Unit")</h2>\n"
        guard !entries.isEmpty else { return out + "<p>—</p>\n" }
        out += "<table class=\"sortable\"><thead><tr><th>OPD</th><th>Unit</th><th>\(en ? "Also written" : "Ditulis juga")</th>"
        out += "<th>\(en ? "Times named" : "Disebut")</th></tr></thead><tbody>\n"
        for entry in entries {
            out += "<tr><td>\(HTMLPage.h(entry.opd))</td><td>\(HTMLPage.h(entry.canonical))</td>"
            out += "<td>\(HTMLPage.h(entry.aliases.joined(separator: "; ")))</td><td class=\"n\">\(entry.occurrences)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static func indexPage(_ lines: [Line], root: String, language: Language) -> String {
        let en = language == .en
        var body = "<p>\(en ? "Maps of the submissions under" : "Peta kiriman di bawah") <code>\(HTMLPage.h(root))</code>.</p>\n"
        body += "<table class=\"sortable\"><thead><tr><th>\(en ? "Region" : "Wilayah")</th><th>\(en ? "Submissions" : "Kiriman")</th>"
        for status in SubmissionStatus.allCases { body += "<th>\(status.label(language))</th>" }
        body += "<th>\(en ? "Errors" : "Galat")</th><th>\(en ? "Warnings" : "Peringatan")</th></tr></thead><tbody>\n"
        for line in lines {
            body += "<tr><td><a href=\"\(HTMLPage.href(line.folder + "/index.html"))\">\(HTMLPage.h(line.region))</a></td>"
            body += "<td class=\"n\">\(line.submissions)</td>"
            for status in SubmissionStatus.allCases { body += "<td class=\"n\">\(line.statuses[status] ?? 0)</td>" }
            body += "<td class=\"n\">\(line.errors)</td><td class=\"n\">\(line.warnings)</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return HTMLPage.page(title: en ? "Business process maps" : "Peta Proses Bisnis", language: language, nav: "", body: body,
                             sortable: true)
    }
}
