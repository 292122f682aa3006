import Foundation
import Spreadsheet

/// The one page of `probis serve`: upload (a `.zip`, or a folder packed into a ZIP in the
/// browser), progress, the report table, downloads and the list of jobs. Its words come from
/// `ServerText.catalogue`, embedded as JSON; the script is in `ServerScript`.
enum ServerPage {
    static func html(_ language: Language) -> String {
        let other: Language = language == .en ? .id : .en
        let words = ServerText.self
        return """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(words.title.text(language)))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(escape(words.title.text(language)))</h1>
            <a id="lang" href="/?lang=\(other.rawValue)">\(escape(words.language.text(language)))</a></header>
            <main>
            <section id="token" hidden><p>\(escape(words.tokenPrompt.text(language)))</p>
            <input id="token-input" type="password" autocomplete="off"><button id="token-save">\(escape(words.tokenSave.text(language)))</button></section>
            <p>\(escape(words.intro.text(language)))</p>
            <section id="drop" tabindex="0"><p>\(escape(words.drop.text(language)))</p>
            <label class="button">\(escape(words.chooseZip.text(language)))<input id="zip-input" type="file" accept=".zip,application/zip" hidden></label>
            <label class="button">\(escape(words.chooseFolder.text(language)))<input id="folder-input" type="file" webkitdirectory directory multiple hidden></label>
            </section>
            <p id="message" role="status"></p>
            <section id="job" hidden>
            <h2 id="job-title"></h2>
            <progress id="bar" max="1" value="0"></progress> <span id="stage"></span>
            <div id="summary"></div>
            <h3>\(escape(words.downloads.text(language)))</h3><ul id="downloads"></ul>
            <h3>\(escape(words.fixTitle.text(language)))</h3>
            <p><button id="fix-preview">\(escape(words.fixPreview.text(language)))</button>
            <button id="fix-apply" hidden>\(escape(words.fixApply.text(language)))</button> <span id="fix-summary"></span></p>
            <div id="fix-changes"></div>
            <h3>\(escape(words.report.text(language)))</h3><div id="report"></div>
            </section>
            <section><h2>\(escape(words.jobs.text(language)))</h2><table id="jobs"><thead><tr>
            <th>\(escape(words.time.text(language)))</th><th>\(escape(words.files.text(language)))</th>
            <th>\(escape(words.state.text(language)))</th><th></th></tr></thead><tbody></tbody></table></section>
            <section><h2>\(escape(words.templateTitle.text(language)))</h2><p>\(escape(words.templateIntro.text(language)))</p>
            <form id="template" method="get" action="/api/template">
            <input type="hidden" name="lang" value="\(language.rawValue)"><input type="hidden" name="token" id="template-token">
            <label>\(escape(words.region.text(language))) <input name="region"></label>
            <label>\(escape(words.opd.text(language))) <input name="opd"></label>
            <label>\(escape(words.prefix.text(language))) <input name="prefix" size="8"></label>
            <label>\(escape(words.units.text(language))) <input name="units" size="40"></label>
            <button>\(escape(words.templateWrite.text(language)))</button></form></section>
            </main>
            <script>const T = \(catalogueJSON(language));</script>
            <script>\(ServerScript.source)</script>
            </body>
            </html>
            """
    }

    /// The catalogue without the server's limits' secrets (there are none) or its token.
    static func catalogueJSON(_ language: Language) -> String {
        // The options are not known here: the page asks `/api/text` for `tokenRequired`.
        var catalogue = ServerText.catalogue(language, options: ServerOptions(data: ""))
        catalogue["tokenRequired"] = nil
        catalogue["limits"] = nil
        let data = (try? JSONSerialization.data(withJSONObject: catalogue, options: [.sortedKeys])) ?? Data("{}".utf8)
        // `</script>` cannot appear inside JSON strings here, but `<` is escaped all the same.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1c2530;background:#f6f7f9}
        header{display:flex;justify-content:space-between;align-items:center;background:#123a63;color:#fff;padding:.6em 1.2em}
        header h1{font-size:1.2em;margin:0} header a{color:#fff}
        main{max-width:1100px;margin:auto;padding:1em}
        #drop{border:3px dashed #8aa0b8;border-radius:10px;padding:1.5em;text-align:center;background:#fff}
        #drop.over{background:#e6f0fb;border-color:#123a63}
        .button{display:inline-block;margin:.3em;padding:.45em .9em;background:#123a63;color:#fff;border-radius:5px;cursor:pointer}
        table{border-collapse:collapse;width:100%;background:#fff;margin:.5em 0}
        th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#eef1f4} progress{width:60%} #message{font-weight:bold}
        .error{color:#a01616} .s-sesuai{color:#176b2c} .s-perlu_perbaikan{color:#a01616} .s-tidak_terbaca,.s-kosong{color:#8a5a00}
        details summary{cursor:pointer} .finding{font-size:.9em}
        form label{display:inline-block;margin:.2em .6em .2em 0} #fix-changes{max-height:24em;overflow:auto}
        """
}
