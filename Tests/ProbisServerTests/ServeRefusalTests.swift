import Foundation
import ProbisServer
import Testing

/// Uploads and requests `probis serve` refuses, each with its code, its HTTP status and a
/// message; nothing is written outside the job's folder and the server keeps serving.
@Suite(.serialized)
struct ServeRefusalTests {
    static let xlsx = FileManager.default.contents(atPath: SampleUploads.samples
        .appendingPathComponent("Kota Pasuruan/DPMPTSP.xlsx").path) ?? Data()

    static let cases: [(label: String, body: Data, status: Int, code: String)] = [
        ("not a ZIP", Data("just text, no archive".utf8), 400, "upload.not_zip"),
        ("empty body", Data(), 400, "upload.not_zip"),
        ("zip slip with ..", SampleUploads.zip([("Kota/../../escaped.xlsx", xlsx)]), 400, "upload.unsafe_entry"),
        ("absolute path", SampleUploads.zip([("/tmp/escaped.xlsx", xlsx)]), 400, "upload.unsafe_entry"),
        ("backslash climb", SampleUploads.zip([("Kota\\..\\..\\escaped.xlsx", xlsx)]), 400, "upload.unsafe_entry"),
        ("drive letter", SampleUploads.zip([("C:/escaped.xlsx", xlsx)]), 400, "upload.unsafe_entry"),
        ("link", { var w = ZipWriter(); w.addLink(name: "Kota/link.xlsx", target: "/etc/passwd"); return w.finished() }(), 400, "upload.link_entry"),
        ("only folders", { var w = ZipWriter(); w.add(name: "__MACOSX/x", data: Data()); return w.finished() }(), 400, "upload.empty"),
    ]

    @Test func refusedUploads() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        for item in Self.cases {
            let reply = try await server.request("POST", "/api/jobs", body: item.body)
            #expect(reply.status == item.status, "\(item.label)")
            #expect(reply.object["code"] as? String == item.code, "\(item.label): \(String(decoding: reply.body, as: UTF8.self))")
            #expect(!(reply.object["message"] as? String ?? "").isEmpty, "\(item.label)")
        }
        // Nothing escaped, no job was left behind, and the server still serves.
        #expect(!FileManager.default.fileExists(atPath: server.data.appendingPathComponent("escaped.xlsx").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escaped.xlsx"))
        let jobs = (try? FileManager.default.contentsOfDirectory(atPath: server.data.appendingPathComponent("jobs").path)) ?? []
        #expect(jobs.isEmpty)
        #expect(try await server.request("GET", "/api/jobs").status == 200)
    }

    @Test func uploadsOverTheCapsAreRefused() async throws {
        let server = try ServerProcess(["--max-upload-mb", "1", "--max-files", "3", "--max-unpacked-mb", "8"])
        defer { server.stop() }
        let big = Data(repeating: 0x41, count: 2 << 20)
        let tooLarge = try await server.request("POST", "/api/jobs", body: big)
        #expect(tooLarge.status == 413)
        #expect(tooLarge.object["code"] as? String == "upload.too_large")
        let tooMany = try await server.request("POST", "/api/jobs", body: SampleUploads.zip)
        #expect(tooMany.object["code"] as? String == "upload.too_many_files")
        // 64 MiB of zeros deflate to about 64 KiB: a small upload that would fill the disk.
        let bomb = SampleUploads.zip([("Kota/bomb.xlsx", Data(repeating: 0, count: 64 << 20))])
        #expect(bomb.count < 1 << 20)
        let bombed = try await server.request("POST", "/api/jobs", body: bomb)
        #expect(bombed.status == 413)
        #expect(bombed.object["code"] as? String == "upload.inflated_too_large")
        #expect(try await server.request("GET", "/").status == 200)
    }

    @Test func aTokenGuardsTheAPI() async throws {
        let server = try ServerProcess(["--token", "rahasia-123"])
        defer { server.stop() }
        let none = try await server.request("GET", "/api/jobs")
        #expect(none.status == 401)
        #expect(none.object["code"] as? String == "upload.wrong_token")
        #expect(try await server.request("GET", "/api/jobs", headers: ["X-Probis-Token": "salah"]).status == 401)
        #expect(try await server.request("POST", "/api/jobs", body: SampleUploads.zip, headers: ["X-Probis-Token": "salah"]).status == 401)
        #expect(try await server.request("GET", "/api/jobs", headers: ["X-Probis-Token": "rahasia-123"]).status == 200)
        #expect(try await server.request("GET", "/api/jobs", headers: ["Authorization": "Bearer rahasia-123"]).status == 200)
        let job = try await server.consolidate(SampleUploads.zip, headers: ["X-Probis-Token": "rahasia-123"])
        let id = try #require(job["id"] as? String)
        #expect(try await server.request("GET", "/api/jobs/\(id)/files/REKAP.xlsx").status == 401)
        #expect(try await server.request("GET", "/api/jobs/\(id)/files/REKAP.xlsx?token=rahasia-123").status == 200)
        // The page's cookie serves the map site's own links.
        #expect(try await server.request("GET", "/api/jobs/\(id)/files/REKAP.xlsx", headers: ["Cookie": "a=b; probis-token=rahasia-123"]).status == 200)
        #expect(try await server.request("GET", "/api/jobs/\(id)/files/REKAP.xlsx", headers: ["Cookie": "probis-token=salah"]).status == 401)
        // The page itself holds no data: it opens, and asks for the token.
        #expect(try await server.request("GET", "/").status == 200)
        #expect(try await server.request("GET", "/api/text").object["tokenRequired"] as? Bool == true)
    }

    @Test func downloadsAreLookedUpByNameNeverByPath() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        let id = try #require(job["id"] as? String)
        for name in ["..%2F..%2Fjob.json", "job.json", "out%2FREKAP.xlsx"] {
            #expect(try await server.request("GET", "/api/jobs/\(id)/files/\(name)").status == 404, "\(name)")
        }
        #expect(try await server.request("GET", "/api/jobs/..%2F..%2Fetc/files/REKAP.xlsx").status == 404)
    }

    @Test func aHostOffLoopbackNeedsAToken() throws {
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--data", FileManager.default.temporaryDirectory.path + "/probis-unused"]
        process.environment = ProcessInfo.processInfo.environment.merging(["PROBIS_LANG": "en", "PROBIS_TOKEN": ""]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("--token"))
    }
}
