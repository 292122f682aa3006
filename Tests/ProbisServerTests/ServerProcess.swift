import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `probis serve` started for one test on a free loopback port, with a data folder of its
/// own; stopped (SIGTERM) by `stop()`.
final class ServerProcess: @unchecked Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits next to the test bundle in the build products folder.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("probis"),
            Bundle.main.bundleURL.appendingPathComponent("probis"),
            packageRoot.appendingPathComponent(".build/debug/probis"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    let process = Process()
    let data: URL
    private(set) var base: URL!
    private let errors = Pipe()

    init(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
        data = FileManager.default.temporaryDirectory.appendingPathComponent("probis-serve-\(UUID().uuidString)")
        process.executableURL = Self.binary
        process.arguments = ["serve", "--port", "0", "--data", data.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["PROBIS_LANG": "id"].merging(environment) { $1 }) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        // The first line on stdout is the address, once the port is bound.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: text), text.hasPrefix("http://127.0.0.1:") else {
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw ServerFailure(text: "server did not start: \(text) \(stderr)")
        }
        base = url
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: data)
    }

    struct ServerFailure: Error, CustomStringConvertible { var text: String; var description: String { text } }

    struct Reply {
        var status: Int
        var body: Data
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
    }

    /// One request; `headers` may carry the token.
    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.timeoutInterval = 120
        // The server answers in its --lang whatever the browser asks: URLSession asks for English.
        request.setValue("en-US", forHTTPHeaderField: "Accept-Language")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = if let body {
            try await session.upload(for: request, from: body)
        } else {
            try await session.data(for: request)
        }
        return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data)
    }

    /// Uploads a ZIP and waits for its job to end; returns the job's final record.
    func consolidate(_ zip: Data, headers: [String: String] = [:]) async throws -> [String: Any] {
        let created = try await request("POST", "/api/jobs?name=upload.zip", body: zip, headers: headers)
        guard created.status == 202, let id = created.object["id"] as? String else {
            throw ServerFailure(text: "upload refused: \(created.status) \(String(decoding: created.body, as: UTF8.self))")
        }
        for _ in 0..<600 {
            let job = try await request("GET", "/api/jobs/\(id)", headers: headers).object
            if let state = job["state"] as? String, state == "done" || state == "failed" { return job }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        throw ServerFailure(text: "job \(id) did not finish")
    }
}
