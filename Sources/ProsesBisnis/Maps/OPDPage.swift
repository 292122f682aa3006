import Foundation
import Spreadsheet

/// One OPD's page, `<wilayah>/<opd>.html`, with its maps inline and, beside it in
/// `<wilayah>/<opd>/`, each map as a standalone `.svg` and each lintas fungsi as
/// `bpmn/<kode>.bpmn`.
struct OPDPage {
    let submission: Submission
    let summary: SubmissionSummary
    let maps: OPDMaps
    /// The page's path relative to the output folder (`Kota Metro/Dinas Pendidikan.html`).
    let pagePath: String
    let language: Language
    /// The page's place among its region's OPDs: its Peta Relasi carries ids made from it, so
    /// that the region page can show every OPD's drawing as it is, ids unique on that page.
    var regionIndex = 0

    private var en: Bool { language == .en }
    /// The folder of the page's files, relative to the page (`Dinas Pendidikan`).
    var assetFolder: String { ((pagePath as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// Every file of the page (relative to the output folder) and its bytes, the page first,
    /// and its Peta Relasi inline, for the region page.
    func files() -> (files: [(path: String, pieces: [ArraySlice<UInt8>])], relasi: MarkupBuffer) {
        let region = (pagePath as NSString).deletingLastPathComponent
        let folder = assetFolder
        let assets = region.isEmpty ? folder : region + "/" + folder
        // Every link to a file of the page starts the same way: encoded once (`href` encodes
        // byte by byte, so the parts can be encoded apart).
        let assetHref = HTMLPage.href(folder + "/")
        var files: [(String, [ArraySlice<UInt8>])] = []
        var body = MarkupPieces()
        body.text.verbatim(header())
        body.text.verbatim(HTMLPage.legend(language))
        let proses = SVGWriter.markup(maps.prosesMap(), prefix: "peta-proses")
        section(proses, anchor: "peta-proses", heading: en ? "Process map (level 0)" : "Peta Proses (level 0)",
                svgFile: "peta-proses.svg", assetHref: assetHref, into: &body)
        files.append((assets + "/peta-proses.svg", proses.standalone))
        body.text.verbatim("<h2>\(en ? "Sub process maps (level 1)" : "Peta Sub Proses (level 1)")</h2>\n")
        for (anchor, drawing) in maps.subProsesMaps() {
            let file = anchor + ".svg"
            let svg = SVGWriter.markup(drawing, prefix: anchor)
            section(svg, anchor: anchor, heading: nil, svgFile: file, assetHref: assetHref, into: &body)
            files.append((assets + "/" + file, svg.standalone))
        }
        let relasi = SVGWriter.markup(maps.relasiMap(idPrefix: "r\(regionIndex)"), prefix: "relasi-\(regionIndex)")
        section(relasi, anchor: "peta-relasi", heading: en ? "Relationship map" : "Peta Relasi", svgFile: "peta-relasi.svg", assetHref: assetHref, into: &body)
        files.append((assets + "/peta-relasi.svg", relasi.standalone))
        body.text.verbatim("<h2>\(en ? "Cross-functional maps" : "Peta Lintas Fungsi")</h2>\n")
        var stems: Set<String> = []
        let lintasMaps = maps.lintasFungsiMaps()
        for map in lintasMaps {
            var stem = OPDMaps.fileStem(map)
            while !stems.insert(stem).inserted { stem += "-\(map.table + 1)" }
            let drawing = LintasFungsiLayout.draw(title: map.title, lanes: map.lanes, activities: map.activities, language: language)
            let svg = SVGWriter.markup(drawing, prefix: "peta-lf\(map.table)", attributes: [("data-lintas-fungsi", map.kode)])
            lintasSection(map, svg, stem: stem, assetHref: assetHref, into: &body)
            files.append((assets + "/lf-\(stem).svg", svg.standalone))
            files.append((assets + "/bpmn/\(stem).bpmn", [bpmn(map).bytes[...]]))
        }
        if lintasMaps.isEmpty { body.text.verbatim("<p>\(en ? "No lintas fungsi table was found." : "Tidak ada tabel lintas fungsi.")</p>\n") }
        body.text.verbatim(findingsSection())
        let nav = "<a href=\"../index.html\">\(en ? "All regions" : "Semua wilayah")</a> › <a href=\"index.html\">\(HTMLPage.h(submission.region))</a>"
        let html = HTMLPage.page(title: "\(submission.opd) — \(submission.region)", language: language, nav: nav, body: body)
        files.insert((pagePath, html.all), at: 0)
        return (files, relasi.inline)
    }

    private func header() -> String {
        let status = SubmissionStatus(summary)
        let counts = summary.counts
        let errors = summary.findings.filter { $0.severity == .error }.count
        let warnings = summary.findings.filter { $0.severity == .warning }.count
        return "<p>\(en ? "Submission" : "Kiriman"): <code>\(HTMLPage.h(submission.path))</code> · "
            + "<span class=\"status-\(status.id)\">\(status.label(language))</span> · "
            + "\(counts.proses) proses, \(counts.subProses) sub proses, \(counts.lintasFungsi) lintas fungsi, "
            + "\(counts.aktivitas) \(en ? "activities" : "kegiatan") · \(errors) \(en ? "errors" : "galat"), "
            + "\(warnings) \(en ? "warnings" : "peringatan")</p>\n"
    }

    /// A map's section around its inline `svg`.
    private func section(_ svg: SVGWriter.Markup, anchor: String, heading: String?, svgFile: String, assetHref: String,
                         into pieces: inout MarkupPieces) {
        pieces.text.raw("<section class=\"map\" id=\"")
        pieces.text.verbatim(anchor)
        pieces.text.raw("\">\n")
        if let heading {
            pieces.text.raw("<h2>")
            pieces.text.escaped(heading)
            pieces.text.raw("</h2>\n")
        }
        pieces.append(shared: svg.inline)
        pieces.text.raw("<p class=\"files\"><a href=\"")
        pieces.text.verbatim(assetHref)
        pieces.text.verbatim(HTMLPage.href(svgFile))
        pieces.text.raw("\">SVG</a></p>\n</section>\n")
    }

    private func lintasSection(_ map: OPDMaps.LintasFungsiMap, _ svg: SVGWriter.Markup, stem: String, assetHref: String,
                               into pieces: inout MarkupPieces) {
        pieces.text.raw("<section class=\"map lintas-fungsi\" id=\"peta-lf")
        pieces.text.int(map.table)
        pieces.text.raw("\" data-kode=\"")
        pieces.text.escaped(map.kode)
        pieces.text.raw("\">\n")
        pieces.append(shared: svg.inline)
        pieces.text.raw("<p class=\"files\"><a href=\"")
        let stemHref = HTMLPage.href(stem)
        pieces.text.verbatim(assetHref)
        pieces.text.raw("lf-")
        pieces.text.verbatim(stemHref)
        pieces.text.raw(".svg\">SVG</a> · <a href=\"")
        pieces.text.verbatim(assetHref)
        pieces.text.raw("bpmn/")
        pieces.text.verbatim(stemHref)
        pieces.text.raw(".bpmn\">BPMN 2.0</a></p>\n</section>\n")
    }

    private func bpmn(_ map: OPDMaps.LintasFungsiMap) -> MarkupBuffer {
        let tasks = map.activities.map { activity in
            BPMNWriter.Task(name: [activity.no, activity.uraian].filter { !$0.isEmpty }.joined(separator: ". "), lane: activity.main,
                            documentation: activity.output.isEmpty ? "" : (en ? "Output: " : "Keluaran: ") + activity.output)
        }
        return BPMNWriter.markup(name: map.title, participant: submission.opd,
                                   lanes: map.lanes.map { BPMNWriter.Lane(name: $0.name) }, tasks: tasks)
    }

    /// Every finding, its place, and a link to the element it concerns when it has one.
    private func findingsSection() -> String {
        var out = "<h2 id=\"temuan\">\(en ? "Findings" : "Temuan") (\(submission.findings.count))</h2>\n"
        guard !submission.findings.isEmpty else { return out + "<p>\(en ? "No findings." : "Tidak ada temuan.")</p>\n" }
        out += "<table class=\"sortable temuan\"><thead><tr><th>\(en ? "Severity" : "Tingkat")</th><th>\(en ? "Rule" : "Aturan")</th>"
        out += "<th>\(en ? "Place" : "Tempat")</th><th>\(en ? "Message" : "Pesan")</th><th>\(en ? "On the map" : "Di peta")</th></tr></thead><tbody>\n"
        for (index, finding) in submission.findings.enumerated() {
            let target = maps.targets.targets[index]
            let link = target.map { "<a href=\"#\($0)\">\(en ? "show" : "lihat")</a>" } ?? ""
            out += "<tr><td class=\"sev-\(finding.severity.rawValue)\">\(HTMLPage.severity(finding.severity, language))</td>"
            out += "<td><code>\(HTMLPage.h(finding.rule.rawValue))</code></td><td>\(HTMLPage.h(finding.location?.description ?? ""))</td>"
            out += "<td>\(HTMLPage.h(finding.message.text(language)))</td><td>\(link)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
