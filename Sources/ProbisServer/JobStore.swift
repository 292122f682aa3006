import Foundation
import ProsesBisnis
import Spreadsheet

/// The jobs under `DATA/jobs/`: created from uploads, queued, run at most `workers` at a time,
/// listed, deleted, and removed after the retention period.
actor JobStore {
    let folder: URL
    let options: ServerOptions
    private var records: [String: JobRecord] = [:]
    private var progress: [String: JobProgress] = [:]
    private var queue: [String] = []
    private var running = 0

    init(options: ServerOptions) throws(ServerError) {
        self.options = options
        folder = URL(fileURLWithPath: options.data).appendingPathComponent("jobs")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .dataFolder(path: options.data, reason: "\(error)")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where JobRecord.isValidID(name) {
            guard var record = JobRecord.load(from: folder.appendingPathComponent(name)) else { continue }
            // A job the server was running when it stopped will not finish: say so.
            if record.state == .queued || record.state == .running {
                record.state = .failed
                record.error = ServerText.interrupted.text(record.languageValue)
                try? record.save(in: folder.appendingPathComponent(name))
            }
            records[name] = record
        }
    }

    func jobFolder(_ id: String) -> URL { folder.appendingPathComponent(id) }

    /// Takes an uploaded ZIP (already on disk, inside `DATA`), unpacks it into a new job's
    /// folder and queues the job. A refused upload leaves nothing behind. The unpacking runs
    /// on a thread of its own, so uploads do not wait for each other.
    nonisolated func create(upload: URL, label: String, language: Language) async throws(ServerError) -> JobRecord {
        let id = JobRecord.newID()
        let jobFolder = folder.appendingPathComponent(id)
        let input = jobFolder.appendingPathComponent(JobRunner.inputFolder)
        let limits = options.limits, data = options.data
        let unpacked: Result<[String], ServerError> = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                do {
                    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
                } catch {
                    continuation.resume(returning: .failure(.dataFolder(path: data, reason: "\(error)")))
                    return
                }
                continuation.resume(returning: Result { () throws(ServerError) in try UploadArchive.unpack(upload, into: input, limits: limits) })
            }
        }
        switch unpacked {
        case let .failure(error):
            try? FileManager.default.removeItem(at: jobFolder)
            throw error
        case let .success(files):
            return await register(id, label: label, language: language, files: files.count)
        }
    }

    private func register(_ id: String, label: String, language: Language, files: Int) -> JobRecord {
        sweep()
        let record = JobRecord(id: id, created: Date(), state: .queued, language: language.rawValue,
                               label: String(label.prefix(200)), files: files)
        try? record.save(in: jobFolder(id))
        records[id] = record
        queue.append(id)
        startWaiting()
        return record
    }

    /// The folder the job consolidates: its input, or the one folder wrapping it.
    func submissionsRoot(_ id: String) -> URL {
        let input = jobFolder(id).appendingPathComponent(JobRunner.inputFolder)
        let files = (FileManager.default.enumerator(atPath: input.path)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input.appendingPathComponent($0).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
        return UploadArchive.submissionsRoot(input, files: files)
    }

    /// Adds a download to a finished job (the corrected workbooks of `fix`).
    func addDownload(_ download: JobRecord.Download, to id: String) {
        guard var record = records[id] else { return }
        record.downloads.removeAll { $0.name == download.name }
        record.downloads.append(download)
        records[id] = record
        try? record.save(in: jobFolder(id))
    }

    /// Every job, newest first, with the progress of those running.
    func list() -> [JobRecord] {
        records.keys.compactMap { record($0) }.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
    }

    func record(_ id: String) -> JobRecord? {
        guard var record = records[id] else { return nil }
        if let live = progress[id]?.read() {
            record.done = live.done
            record.total = live.total
            record.stage = live.stage?.text(record.languageValue)
        }
        return record
    }

    /// Deletes a job and its folder. A running job is deleted when it finishes.
    func delete(_ id: String) throws(ServerError) {
        guard let record = records[id] else { throw .jobNotFound(id) }
        guard record.state != .running else { throw .jobNotFinished(id) }
        queue.removeAll { $0 == id }
        records[id] = nil
        try? FileManager.default.removeItem(at: jobFolder(id))
    }

    /// Removes finished jobs older than the retention period.
    func sweep(now: Date = Date()) {
        for (id, record) in records where record.state == .done || record.state == .failed {
            if now.timeIntervalSince(record.finished ?? record.created) > options.retention {
                records[id] = nil
                try? FileManager.default.removeItem(at: jobFolder(id))
            }
        }
    }

    private func startWaiting() {
        while running < options.workers, !queue.isEmpty {
            let id = queue.removeFirst()
            guard var record = records[id] else { continue }
            running += 1
            record.state = .running
            records[id] = record
            try? record.save(in: jobFolder(id))
            let live = JobProgress()
            progress[id] = live
            let folder = jobFolder(id)
            let language = record.languageValue
            let root = submissionsRoot(id)
            // The pipeline blocks: it runs on a thread of its own, never on the server's.
            Thread.detachNewThread { [self] in
                let outcome = Result(catching: { try JobRunner.run(folder: folder, root: root, language: language, progress: live) })
                Task { await self.finish(id, outcome) }
            }
        }
    }

    private func finish(_ id: String, _ outcome: Result<JobRunner.Outcome, Error>) {
        running -= 1
        progress[id] = nil
        defer { startWaiting() }
        guard var record = records[id] else { return }
        record.finished = Date()
        switch outcome {
        case let .success((summary, downloads, validated, peta)):
            record.state = .done
            record.validated = validated
            record.peta = peta
            record.summary = summary
            record.downloads = downloads
            record.done = summary.submissions
            record.total = summary.submissions
        case let .failure(error):
            record.state = .failed
            record.error = FailureMessage.describe(error, language: record.languageValue)
        }
        record.stage = nil
        records[id] = record
        try? record.save(in: jobFolder(id))
    }
}
