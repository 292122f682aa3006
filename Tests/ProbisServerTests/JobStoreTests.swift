import Foundation
@testable import ProbisServer
import Testing

/// Jobs kept across a restart of the server, and removed after the retention period.
struct JobStoreTests {
    func finishedJob(in data: URL, retention: TimeInterval) async throws -> (JobStore, String) {
        var options = ServerOptions(data: data.path)
        options.retention = retention
        let store = try JobStore(options: options)
        let upload = data.appendingPathComponent("upload.zip")
        try SampleUploads.zip([("Kota Pasuruan/DPMPTSP.xlsx", ServeRefusalTests.xlsx)]).write(to: upload)
        let record = try await store.create(upload: upload, label: "upload.zip", language: .id)
        for _ in 0..<300 {
            if let state = await store.record(record.id)?.state, state == .done || state == .failed { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        return (store, record.id)
    }

    @Test func aRestartedServerListsItsFinishedJobs() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("probis-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let (_, id) = try await finishedJob(in: data, retention: 3600)
        let restarted = try JobStore(options: ServerOptions(data: data.path))
        let record = try #require(await restarted.record(id))
        #expect(record.state == .done)
        #expect(record.downloads.contains { $0.name == "REKAP.xlsx" })
    }

    @Test func jobsOlderThanTheRetentionPeriodAreRemoved() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("probis-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let (store, id) = try await finishedJob(in: data, retention: 3600)
        await store.sweep(now: Date().addingTimeInterval(1800))
        #expect(await store.record(id) != nil)
        await store.sweep(now: Date().addingTimeInterval(7200))
        #expect(await store.record(id) == nil)
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("jobs/\(id)").path))
    }
}
