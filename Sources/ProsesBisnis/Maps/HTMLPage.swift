import Spreadsheet

/// The frame of every page of the map site: self-contained (inline style, inline SVG, a few
/// lines of inline script to sort tables; no network, no external font), printable on A4 or F4
/// landscape with each map on its own page.
enum HTMLPage {
    static let css = """
        body{font-family:Arial,Helvetica,'Liberation Sans',sans-serif;margin:0 24px 40px;color:#1a1a1a;font-size:14px}
        h1{font-size:22px;margin:18px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #2f4a7a}
        h3{font-size:15px;margin:18px 0 6px}nav{margin:10px 0;font-size:13px}a{color:#1f4fa0}
        table{border-collapse:collapse;margin:6px 0 14px}th,td{border:1px solid #b8bfcc;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#e9edf5}td.n{text-align:right}table.sortable th{cursor:pointer}
        .status-sesuai{color:#1b5e20}.status-perlu_perbaikan{color:#b71c1c;font-weight:bold}.status-kosong,.status-tidak_terbaca{color:#6d4c00}
        .sev-error{color:#b71c1c;font-weight:bold}.sev-warning{color:#8a5a00}.sev-info{color:#555}
        .map{margin:12px 0 24px;overflow-x:auto}.map svg{display:block;max-width:none}
        .files{font-size:12px;color:#444}.legend span{display:inline-block;width:22px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
        .legend .e{background:#fdecea;border:2px solid #c62828}.legend .w{background:#fff4d6;border:2px solid #d98f00}
        @page{size:A4 landscape;margin:10mm}
        @media print{body{margin:0;font-size:11px}nav,.files,.noprint{display:none}
        .map{page-break-before:always;break-before:page;overflow:visible}
        .map svg{max-width:100%;height:auto}h2{page-break-after:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}}
        """

    /// Sorts a table by the clicked header: numbers as numbers, text by the page's language.
    static let script = """
        document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',function(){
        var t=th.closest('table'),b=t.tBodies[0],r=Array.from(b.rows),d=th.dataset.dir==='a'?-1:1;th.dataset.dir=d>0?'a':'d';
        r.sort(function(x,y){var p=x.cells[i].textContent.trim(),q=y.cells[i].textContent.trim(),m=parseFloat(p),n=parseFloat(q);
        return d*(!isNaN(m)&&!isNaN(n)?m-n:p.localeCompare(q));});r.forEach(function(e){b.appendChild(e);});});});
        """

    static func page(title: String, language: Language, nav: String, body: String, sortable: Bool = false) -> String {
        var bodyMarkup = MarkupBuffer(capacity: body.utf8.count)
        bodyMarkup.verbatim(body)
        return page(title: title, language: language, nav: nav, body: bodyMarkup, sortable: sortable).string
    }

    static func page(title: String, language: Language, nav: String, body: MarkupBuffer, sortable: Bool = false) -> MarkupBuffer {
        var out = MarkupBuffer(capacity: body.count + css.utf8.count + SVGWriter.style.utf8.count + 1024)
        head(title: title, language: language, nav: nav, into: &out)
        out.raw(body)
        tail(sortable: sortable, into: &out)
        return out
    }

    /// A page around `body` as pieces: the maps inline in it are not copied again.
    static func page(title: String, language: Language, nav: String, body: MarkupPieces) -> MarkupPieces {
        var out = MarkupPieces(capacity: css.utf8.count + SVGWriter.style.utf8.count + 1024)
        head(title: title, language: language, nav: nav, into: &out.text)
        out.append(body)
        tail(sortable: false, into: &out.text)
        return out
    }

    private static func head(title: String, language: Language, nav: String, into out: inout MarkupBuffer) {
        out.raw("<!DOCTYPE html>\n<html lang=\"")
        out.raw(language == .en ? "en" : "id")
        out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"probis\">\n<title>")
        out.escaped(title)
        out.raw("</title>\n<style>\n")
        out.verbatim(css)
        out.raw("\n")
        out.verbatim(SVGWriter.style)
        out.raw("\n</style>\n</head>\n<body>\n<nav>")
        out.verbatim(nav)
        out.raw("</nav>\n<h1>")
        out.escaped(title)
        out.raw("</h1>\n")
    }

    private static func tail(sortable: Bool, into out: inout MarkupBuffer) {
        if sortable {
            out.raw("<script>\n")
            out.verbatim(script)
            out.raw("\n</script>\n")
        }
        out.raw("</body>\n</html>\n")
    }

    /// Text made safe in HTML content and attributes.
    static func h(_ text: String) -> String { SVGWriter.escape(text) }

    /// A path as an `href`: each segment percent-encoded (spaces, `#`, `?`), `/` kept.
    static func href(_ path: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count + 16)
        for byte in path.utf8 {
            if isKept(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Letters, digits, `-._~` (unreserved), `/` and `#`.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "#"):
            true
        default:
            false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The legend of the marks, above the maps.
    static func legend(_ language: Language) -> String {
        let en = language == .en
        return "<p class=\"legend\">\(en ? "Marks on the maps:" : "Tanda pada peta:")"
            + "<span class=\"e\"></span>\(en ? "error" : "galat")<span class=\"w\"></span>\(en ? "warning" : "peringatan")"
            + " — \(en ? "click a finding below to go to the element it concerns." : "klik temuan di bawah untuk menuju unsur yang dimaksud.")</p>\n"
    }

    static func severity(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .en): "error"
        case (.error, _): "galat"
        case (.warning, .en): "warning"
        case (.warning, _): "peringatan"
        case (_, .en): "info"
        case (_, _): "info"
        }
    }
}
