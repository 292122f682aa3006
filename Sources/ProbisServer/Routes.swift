import Foundation
import Hummingbird
import ProsesBisnis
import Spreadsheet

/// The HTTP interface: the page, and a small JSON API under `/api` that the page (and the
/// tests) use. Every refusal is a JSON `{code, message}` in the request's language.
struct Routes: Sendable {
    let options: ServerOptions
    let store: JobStore

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: TokenCheck(token: options.token, fallback: options.language))
        router.get("/") { request, _ in self.page(request) }
        router.get("/api/text") { request, _ in
            self.json(ServerText.catalogue(Self.language(request, self.options.language), options: self.options))
        }
        router.get("/api/jobs") { _, _ in
            self.json(try JSONSerialization.jsonObject(with: try Self.encoder.encode(await self.store.list())))
        }
        router.post("/api/jobs") { request, _ in try await self.upload(request) }
        router.get("/api/jobs/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            guard JobRecord.isValidID(id), let record = await self.store.record(id) else {
                return Self.refusal(.jobNotFound(id), Self.language(request, self.options.language))
            }
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(data: try Self.encoder.encode(record))))
        }
        router.delete("/api/jobs/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            do throws(ServerError) {
                guard JobRecord.isValidID(id) else { throw .jobNotFound(id) }
                try await self.store.delete(id)
                return Response(status: .noContent)
            } catch {
                return Self.refusal(error, Self.language(request, self.options.language))
            }
        }
        router.get("/api/jobs/:id/files/:name") { request, context in
            try await self.download(request, context: context)
        }
        router.get("/api/jobs/:id/peta/**") { request, context in try await self.peta(request, context: context) }
        router.get("/api/jobs/:id/validated/**") { request, context in try await self.validated(request, context: context) }
        router.post("/api/jobs/:id/fix") { request, context in try await self.fix(request, context: context) }
        router.get("/api/template") { request, _ in try await self.template(request) }
        return router
    }

    /// Streams the upload to a file inside DATA (never held whole in memory), then hands it to
    /// the store, which unpacks it into a new job.
    func upload(_ request: Request) async throws -> Response {
        let language = Self.language(request, options.language)
        let limit = options.limits.maxUploadBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return Self.refusal(.uploadTooLarge(limit: limit), language)
        }
        let uploads = URL(fileURLWithPath: options.data).appendingPathComponent("uploads")
        try FileManager.default.createDirectory(at: uploads, withIntermediateDirectories: true)
        let file = uploads.appendingPathComponent(UUID().uuidString + ".zip")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        var received = 0
        do {
            defer { try? handle.close() }
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= limit else { return Self.refusal(.uploadTooLarge(limit: limit), language) }
                try handle.write(contentsOf: chunk.readableBytesView)
            }
        }
        guard received > 0 else { return Self.refusal(.notAZip, language) }
        let label = request.uri.queryParameters.get("name") ?? "upload.zip"
        let record: JobRecord
        do throws(ServerError) {
            record = try await store.create(upload: file, label: label, language: language)
        } catch {
            return Self.refusal(error, language)
        }
        return Response(status: .accepted, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(data: try Self.encoder.encode(record))))
    }

    func download(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let language = Self.language(request, options.language)
        let id = context.parameters.get("id") ?? ""
        let name = context.parameters.get("name") ?? ""
        guard JobRecord.isValidID(id), let record = await store.record(id) else { return Self.refusal(.jobNotFound(id), language) }
        guard record.state == .done else { return Self.refusal(.jobNotFinished(id), language) }
        // The name is looked up among the job's downloads, never joined to a path as given.
        guard let item = record.downloads.first(where: { $0.name == name }) else {
            return Self.refusal(.downloadNotFound(name), language)
        }
        let path = await store.jobFolder(id).appendingPathComponent(item.path).path
        let body = try await FileIO().loadFile(path: path, context: context)
        let encoded = item.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        let inline = request.uri.queryParameters.get("inline") != nil && item.kind == "report"
        return Response(status: .ok, headers: [
            .contentType: Self.contentType(item.name),
            .contentDisposition: "\(inline ? "inline" : "attachment"); filename*=UTF-8''\(encoded)",
        ], body: body)
    }

    /// A file of the job's map site.
    func peta(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let record = JobRecord.isValidID(id) ? await store.record(id) : nil
        return try await serveInside(JobRunner.petaFolder, of: record?.peta == nil ? nil : id, request, context: context) { _ in true }
    }

    /// One validated workbook, `<wilayah>/<opd>.xlsx`.
    func validated(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let record = JobRecord.isValidID(id) ? await store.record(id) : nil
        return try await serveInside(JobRunner.outputFolder, of: record?.state == .done ? id : nil, request, context: context) {
            $0.count == 2 && $0[1].lowercased().hasSuffix(".xlsx")
        }
    }

    /// A file below one folder of a job. The path is made of the request's components, none
    /// of them empty, hidden or `..`, and must still lie inside that folder.
    func serveInside(_ subfolder: String, of id: String?, _ request: Request, context: BasicRequestContext,
                     allowed: ([String]) -> Bool) async throws -> Response {
        let language = Self.language(request, options.language)
        guard let id else { return Self.refusal(.jobNotFound(context.parameters.get("id") ?? ""), language) }
        let components = context.parameters.getCatchAll().map { $0.removingPercentEncoding ?? String($0) }
        let base = await store.jobFolder(id).appendingPathComponent(subfolder).standardizedFileURL
        let path = components.reduce(base) { $0.appendingPathComponent($1) }.standardizedFileURL
        var isFolder: ObjCBool = false
        guard !components.isEmpty, allowed(components),
              !components.contains(where: { $0.isEmpty || $0.hasPrefix(".") || $0.contains("/") }),
              path.path.hasPrefix(base.path + "/"), FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder),
              !isFolder.boolValue else {
            return Self.refusal(.downloadNotFound(components.joined(separator: "/")), language)
        }
        let body = try await FileIO().loadFile(path: path.path, context: context)
        let name = path.lastPathComponent
        var headers: HTTPFields = [.contentType: Self.contentType(name)]
        if !name.hasSuffix(".html"), !name.hasSuffix(".svg") {
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
            headers[.contentDisposition] = "attachment; filename*=UTF-8''\(encoded)"
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// `fix` on a finished job: `?dry=1` lists the changes, without it the corrected workbooks
    /// are written and offered as a download. Failures are the CLI's messages.
    func fix(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let language = Self.language(request, options.language)
        let id = context.parameters.get("id") ?? ""
        guard JobRecord.isValidID(id), let record = await store.record(id) else { return Self.refusal(.jobNotFound(id), language) }
        guard record.state == .done else { return Self.refusal(.jobNotFinished(id), language) }
        let dryRun = request.uri.queryParameters.get("dry") != nil
        let folder = await store.jobFolder(id), root = await store.submissionsRoot(id)
        do {
            let result = try await Corrections.offLoop {
                try Corrections.fix(job: folder, root: root, language: language, dryRun: dryRun)
            }
            if let download = result.download { await store.addDownload(download, to: id) }
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(data: try Self.encoder.encode(result))))
        } catch {
            return Self.failure(FailureMessage.describe(error, language: language))
        }
    }

    /// The blank instrument: `?region=&opd=&prefix=&units=A;B`.
    func template(_ request: Request) async throws -> Response {
        let language = Self.language(request, options.language)
        let query = request.uri.queryParameters
        let region = query.get("region") ?? "", opd = query.get("opd") ?? ""
        let prefix = query.get("prefix"), units = query.get("units")
        let scratch = URL(fileURLWithPath: options.data).appendingPathComponent("templates")
        do {
            let data = try await Corrections.offLoop {
                try Corrections.template(region: region, opd: opd, prefix: prefix, units: units, language: language, scratch: scratch)
            }
            let name = opd.isEmpty ? "templat.xlsx" : "Templat \(opd).xlsx"
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "templat.xlsx"
            return Response(status: .ok, headers: [
                .contentType: Self.contentType(name), .contentDisposition: "attachment; filename*=UTF-8''\(encoded)",
            ], body: .init(byteBuffer: ByteBuffer(data: data)))
        } catch let error as TemplateError {
            return Self.failure(error.message(language), code: "template.refused", status: 400)
        } catch {
            return Self.failure(FailureMessage.describe(error, language: language))
        }
    }

    /// A failure of the pipeline, in its own words.
    static func failure(_ message: String, code: String = "job.failed", status: Int = 500) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: ["code": code, "message": message], options: [.sortedKeys])) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    func page(_ request: Request) -> Response {
        let language = Self.language(request, options.language)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: ServerPage.html(language))))
    }

    func json(_ object: Any) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func refusal(_ error: ServerError, _ language: Language) -> Response {
        let object: [String: Any] = ["code": error.code, "message": error.message(language)]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: .init(code: error.status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    /// `?lang=en` or `?lang=id` (the page's switch), else the server's `--lang`: the page is
    /// Indonesian whatever language the browser was installed in.
    static func language(_ request: Request, _ fallback: Language) -> Language {
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(rawValue: asked.lowercased()) {
            return language
        }
        return fallback
    }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "zip": "application/zip"
        case "json": "application/json; charset=utf-8"
        case "sqlite": "application/vnd.sqlite3"
        case "html": "text/html; charset=utf-8"
        case "svg": "image/svg+xml"
        case "bpmn", "xml": "application/xml"
        case "css": "text/css"
        case "js": "text/javascript"
        default: "application/octet-stream"
        }
    }
}

/// With `--token`, every `/api` request must carry it (`X-Probis-Token`, `Authorization:
/// Bearer`, `?token=` for download links, or the page's `probis-token` cookie). The page itself holds no data and is open.
struct TokenCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String?
    let fallback: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token, !token.isEmpty, request.uri.path.hasPrefix("/api/"), request.uri.path != "/api/text" else {
            return try await next(request, context)
        }
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let given = request.headers.first(where: { $0.name.canonicalName == "x-probis-token" })?.value ?? bearer
            ?? request.uri.queryParameters.get("token") ?? Self.cookie(request) ?? ""
        guard Self.equal(given, token) else { return Routes.refusal(.wrongToken, Routes.language(request, fallback)) }
        return try await next(request, context)
    }

    /// The `probis-token` cookie the page sets, so that the map site's own links need no token.
    static func cookie(_ request: Request) -> String? {
        for header in request.headers where header.name.canonicalName == "cookie" {
            for pair in header.value.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == "probis-token" { return String(parts[1]).removingPercentEncoding }
            }
        }
        return nil
    }

    /// Compares in time that does not depend on where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for index in 0..<max(x.count, y.count) {
            difference |= Int((index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0))
        }
        return difference == 0
    }
}
