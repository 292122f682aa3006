import Foundation
import Spreadsheet
import Testing

/// `probis serve` over HTTP, as the page and a script use it: the real binary on a free
/// loopback port, a data folder per test.
@Suite(.serialized)
struct ServeHTTPTests {
    @Test func samplesUploadedAsZipGiveTheCLIsRekapByteForByte() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        #expect(job["state"] as? String == "done", "\(job)")
        let downloads = (job["downloads"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(downloads.contains("REKAP.xlsx"))
        #expect(downloads.contains("tervalidasi.zip"))
        #expect(downloads.contains("probis.sqlite"))
        #expect(downloads.contains("laporan.json"))
        #expect(downloads.filter { $0.hasSuffix(".xlsx") && $0 != "REKAP.xlsx" }.count == 4)
        let id = try #require(job["id"] as? String)
        let rekap = try await server.request("GET", "/api/jobs/\(id)/files/REKAP.xlsx")
        #expect(rekap.status == 200)
        #expect(rekap.body == SampleUploads.cliRekap, "REKAP differs from the CLI's")
        // Read back with probis's own reader.
        let file = server.data.appendingPathComponent("rekap-read.xlsx")
        try rekap.body.write(to: file)
        let workbook = try SpreadsheetReader().read(path: file.path)
        #expect(!workbook.sheets.isEmpty)
        let report = try await server.request("GET", "/api/jobs/\(id)/files/laporan.json")
        let submissions = (report.object["submissions"] as? [[String: Any]]) ?? []
        #expect(submissions.count == 5)
        let validated = try await server.request("GET", "/api/jobs/\(id)/files/tervalidasi.zip")
        #expect(validated.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func theMapSiteIsServedInsideTheJobOnly() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        let id = try #require(job["id"] as? String)
        let index = try #require(job["peta"] as? String)
        let page = try await server.request("GET", "/api/jobs/\(id)/peta/\(index)")
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self).contains("Kota%20Metro/index.html"))
        #expect(try await server.request("GET", "/api/jobs/\(id)/peta/Kota%20Metro/index.html").status == 200)
        for path in ["..%2Fjob.json", "../job.json", "Kota%20Metro/..%2F..%2Fjob.json", ".probis-output.json", ""] {
            #expect(try await server.request("GET", "/api/jobs/\(id)/peta/\(path)").status == 404, "\(path)")
        }
    }

    @Test func validatedWorkbooksCanBeDownloadedOneByOne() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        let id = try #require(job["id"] as? String)
        let validated = job["validated"] as? [String] ?? []
        #expect(validated.count == 5)
        #expect(validated.contains("Kota Pasuruan/DPMPTSP.xlsx"))
        let one = try await server.request("GET", "/api/jobs/\(id)/validated/Kota%20Pasuruan/DPMPTSP.xlsx")
        #expect(one.status == 200 && one.body.starts(with: [0x50, 0x4B]))
        for path in ["REKAP.xlsx", "probis.sqlite", "Kota%20Pasuruan/..%2F..%2Fjob.json", "..%2Fjob.json/x.xlsx"] {
            #expect(try await server.request("GET", "/api/jobs/\(id)/validated/\(path)").status == 404, "\(path)")
        }
    }

    @Test func theJobIsListedAndCanBeDeleted() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        let id = try #require(job["id"] as? String)
        let list = try await server.request("GET", "/api/jobs")
        #expect((list.json as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id])
        #expect(try await server.request("DELETE", "/api/jobs/\(id)").status == 204)
        #expect(try await server.request("GET", "/api/jobs/\(id)").status == 404)
        #expect(!FileManager.default.fileExists(atPath: server.data.appendingPathComponent("jobs/\(id)").path))
    }

    @Test func thePageIsServedInBothLanguages() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let indonesian = String(decoding: try await server.request("GET", "/").body, as: UTF8.self)
        #expect(indonesian.contains("Seret berkas .zip"))
        let english = String(decoding: try await server.request("GET", "/?lang=en").body, as: UTF8.self)
        #expect(english.contains("Drop a .zip"))
        let text = try await server.request("GET", "/api/text?lang=en").object
        #expect((text["statuses"] as? [String: String])?["perlu_perbaikan"] == "Needs correction")
    }

    @Test func thePageIsIndonesianWhateverTheServersLocale() async throws {
        let server = try ServerProcess(environment: ["PROBIS_LANG": "", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"])
        defer { server.stop() }
        #expect(String(decoding: try await server.request("GET", "/").body, as: UTF8.self).contains("Seret berkas .zip"))
        let english = try ServerProcess(environment: ["PROBIS_LANG": "en"])
        defer { english.stop() }
        #expect(String(decoding: try await english.request("GET", "/").body, as: UTF8.self).contains("Drop a .zip"))
    }

    @Test func tenConcurrentUploadsAllFinish() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let states = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<10 {
                group.addTask { try await server.consolidate(SampleUploads.zip)["state"] as? String ?? "?" }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(states == Array(repeating: "done", count: 10))
        let list = try await server.request("GET", "/api/jobs").json as? [[String: Any]]
        #expect(list?.count == 10)
    }

    @Test func aFailingJobLeavesAReadableErrorAndTheServerGoesOn() async throws {
        // Writing the regional workbook of Kota Metro fails as on a full disk.
        let server = try ServerProcess(environment: ["PROBIS_FAULT_WRITE": "Kota Metro.xlsx"])
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        #expect(job["state"] as? String == "failed")
        #expect((job["error"] as? String ?? "").contains("disk penuh"), "\(job)")
        let other = SampleUploads.zip([("Kota Pasuruan/DPMPTSP.xlsx", ServeRefusalTests.xlsx)])
        #expect(try await server.consolidate(other)["state"] as? String == "done")
    }
}

/// `fix` and `template` from the page: the CLI's own runs behind two requests.
struct ServeCorrectionTests {
    @Test func fixPreviewsThenWritesTheCorrectedWorkbooks() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let job = try await server.consolidate(SampleUploads.zip)
        let id = try #require(job["id"] as? String)
        let preview = try await server.request("POST", "/api/jobs/\(id)/fix?dry=1")
        #expect(preview.status == 200)
        let changes = preview.object["changes"] as? [[String: Any]] ?? []
        #expect(!changes.isEmpty)
        #expect(preview.object["download"] == nil)
        #expect(!FileManager.default.fileExists(atPath: server.data.appendingPathComponent("jobs/\(id)/diperbaiki").path))
        let applied = try await server.request("POST", "/api/jobs/\(id)/fix")
        #expect((applied.object["changes"] as? [[String: Any]])?.count == changes.count)
        let record = try await server.request("GET", "/api/jobs/\(id)").object
        let names = (record["downloads"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("diperbaiki.zip"))
        let zip = try await server.request("GET", "/api/jobs/\(id)/files/diperbaiki.zip")
        #expect(zip.status == 200 && zip.body.starts(with: [0x50, 0x4B]))
    }

    @Test func aTemplateIsWrittenForAnOPDAndABadPrefixIsSaidWhy() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let template = try await server.request("GET", "/api/template?region=Kota%20Metro&opd=Dinas%20Kesehatan&prefix=MTR")
        #expect(template.status == 200)
        #expect(template.body.starts(with: [0x50, 0x4B]))
        let refused = try await server.request("GET", "/api/template?prefix=12%21")
        #expect(refused.status == 400)
        #expect((refused.object["message"] as? String ?? "").contains("12!"))
    }
}
