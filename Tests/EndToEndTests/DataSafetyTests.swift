import Foundation
import Testing

/// What probis guarantees about the input folder, the output folder and interrupted runs, run
/// as binaries under faults: kills at several points (through `PROBIS_FAULT_KILL`), full disks
/// (a small tmpfs where root may mount one, else `PROBIS_FAULT_WRITE`), links and foreign files.
@Suite struct DataSafetyTests {
    let samples = ProbisBinary.packageRoot.appendingPathComponent("Samples")
    let changedCSV = "Provinsi Nusa Tenggara Timur/Biro Organisasi/sub-proses.csv"

    /// A fresh folder holding a copy of the samples as `masuk/` (the root).
    private func workspace() throws -> (base: URL, root: URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.appendingPathComponent("masuk")
        try FileManager.default.copyItem(at: samples, to: root)
        return (base, root)
    }

    /// Every regular file below `folder` (links not followed) with its bytes.
    private func files(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            if let data = FileManager.default.contents(atPath: url.path) { result[relative] = data }
        }
        return result
    }

    private func outputs(_ folder: URL) -> [String: Data] {
        files(folder).filter { $0.key.hasSuffix(".xlsx") || $0.key.hasSuffix(".csv") }
    }

    private func changeInput(_ root: URL) throws {
        let csv = root.appendingPathComponent(changedCSV)
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "Evaluasi Jabatan", with: "Evaluasi Jabatan Fungsional")
        try Data(text.utf8).write(to: csv)
    }

    // MARK: - 1. --json never overwrites an original or writes into the root

    @Test func checkJSONOntoASubmissionIsRefusedAndTheSubmissionKept() throws {
        let (_, root) = try workspace()
        let original = root.appendingPathComponent("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx")
        let before = try Data(contentsOf: original)
        let result = try ProbisBinary.run(["check", root.path, "--json", original.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tidak boleh berada di dalam folder yang dibaca"))
        #expect(try Data(contentsOf: original) == before)
    }

    @Test func consolidateJSONInsideTheRootIsRefusedBeforeAnythingIsWritten() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path, "--json", root.appendingPathComponent("laporan.json").path])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("laporan.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func jsonOverAForeignFileIsRefusedButAnEarlierReportIsReplaced() throws {
        let (base, root) = try workspace()
        let notes = base.appendingPathComponent("catatan.txt")
        try Data("catatan rapat".utf8).write(to: notes)
        let refused = try ProbisBinary.run(["check", root.path, "--json", notes.path, "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("was not written by probis"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "catatan rapat")

        let report = base.appendingPathComponent("laporan.json")
        #expect(try ProbisBinary.run(["check", root.path, "--json", report.path]).status == 1)
        #expect(try ProbisBinary.run(["check", root.path, "--json", report.path]).status == 1)
        #expect(try String(contentsOf: report, encoding: .utf8).contains("\"probis\""))
    }

    // MARK: - 4. --out through a link into the root

    @Test func outputThroughALinkIntoTheRootIsRefused() throws {
        let (base, root) = try workspace()
        let link = base.appendingPathComponent("pintasan")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        let before = files(root)
        for command in [["consolidate"], ["fix"]] {
            let result = try ProbisBinary.run(command + [root.path, "--out", link.appendingPathComponent("keluar").path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("tidak boleh sama dengan atau berada di dalam"), "\(command)")
        }
        #expect(files(root) == before)
    }

    // MARK: - 5. No folder skipped without a word

    @Test func linkedRegionFolderIsReportedNotSkipped() throws {
        let (base, root) = try workspace()
        let elsewhere = base.appendingPathComponent("di-luar")
        try FileManager.default.moveItem(at: root.appendingPathComponent("Kota Metro"), to: elsewhere)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Kota Metro"), withDestinationURL: elsewhere)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Kota Pasuruan/Lama.xlsx"),
                                                   withDestinationURL: base.appendingPathComponent("hilang.xlsx"))
        let report = base.appendingPathComponent("laporan.json")
        let check = try ProbisBinary.run(["check", root.path, "--json", report.path])
        #expect(check.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [String: Any]
        let submissions = json["submissions"] as! [[String: Any]]
        let linked = submissions.filter { ["Kota Metro", "Kota Pasuruan/Lama.xlsx"].contains($0["path"] as! String) }
        #expect(linked.count == 2)
        for submission in linked {
            let rules = (submission["findings"] as! [[String: Any]]).map { $0["rule"] as! String }
            #expect(rules == ["table.unreadable"], "\(submission["path"]!)")
        }
        #expect(check.stdout.contains("Tautan simbolik"))

        let out = base.appendingPathComponent("keluar")
        let consolidate = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(consolidate.status == 1)
        let ringkasan = try ProbisBinary.run(["dump", out.appendingPathComponent("REKAP.xlsx").path])
        #expect(ringkasan.stdout.contains("Kota Metro"))
    }

    /// As root every folder opens; one nested past the system's path limit does not, whoever
    /// asks. It must be reported, not skipped.
    @Test func aFolderThatCannotBeOpenedIsReportedEvenForRoot() throws {
        let (_, root) = try workspace()
        let name = String(repeating: "a", count: 200)
        let script = "cd \"$0\" && for i in $(seq 24); do mkdir \(name) && cd \(name) || exit 1; done"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, root.appendingPathComponent("Kota Metro").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let check = try ProbisBinary.run(["check", root.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("Folder tidak dapat dibuka"), "\(check.stdout.suffix(600))")
    }

    @Test func unreadableFolderIsReportedNotSkipped() throws {
        guard getuid() != 0 else { return }  // root opens any folder
        let (_, root) = try workspace()
        let folder = root.appendingPathComponent("Kota Metro")
        chmod(folder.path, 0)
        defer { chmod(folder.path, 0o755) }
        let check = try ProbisBinary.run(["check", root.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("Folder tidak dapat dibuka"))
    }

    // MARK: - 8. Costs that explode on small inputs

    @Test func aCodeOfThirtyTwoThousandLevelsIsMalformedAndQuotedShort() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-levels-\(UUID().uuidString)/OPD")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let code = "P" + String(repeating: ".1", count: 32_000)
        try Data("NO;PROSES;JENIS PROSES;KODE\n1;Proses A;Utama;\(code)\n2;Proses B;Utama;P.2\n".utf8)
            .write(to: base.appendingPathComponent("proses.csv"))
        let result = try ProbisBinary.run(["check", base.deletingLastPathComponent().path])
        #expect(result.status == 1)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("code.malformed") })
        #expect(line.count < 300)
    }

    // MARK: - 9. probis query only reads, streams, and stops on time

    @Test func queryRefusesWritesAndStopsARunawayStatement() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let copy = base.appendingPathComponent("salinan.db")
        for sql in ["VACUUM INTO '\(copy.path)'", "DELETE FROM finding", "SELECT 1; DROP TABLE finding"] {
            let refused = try ProbisBinary.run(["query", out.path, sql])
            #expect(refused.status == 2, "\(sql)")
            #expect(refused.stderr.contains("probis query hanya membaca"), "\(sql)")
        }
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        let count = try ProbisBinary.run(["query", out.path, "SELECT count(*) FROM finding"])
        #expect(count.status == 0 && count.stdout.split(separator: "\n").count == 2)
        let csv = try ProbisBinary.run(["query", out.path, "--csv", "SELECT region, opd FROM submission ORDER BY opd LIMIT 1"])
        #expect(csv.stdout == "\u{FEFF}region;opd\nKota Pasuruan;Bagian Organisasi\n")

        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        let stopped = try ProbisBinary.run(["query", out.path, "--timeout", "1", endless])
        #expect(stopped.status == 2)
        #expect(stopped.stderr.contains("dihentikan setelah 1 detik"))
    }

    @Test func queryReadsADatabaseOnReadOnlyMedia() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        let media = base.appendingPathComponent("cakram")
        guard let mounted = TemporaryMount(at: media, options: "size=4m") else { return }
        defer { mounted.unmount() }
        try FileManager.default.copyItem(at: out.appendingPathComponent("probis.sqlite"), to: media.appendingPathComponent("probis.sqlite"))
        #expect(mounted.remountReadOnly())
        let result = try ProbisBinary.run(["query", media.path, "SELECT opd FROM submission ORDER BY opd"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("DPMPTSP"))
    }

    // MARK: - A value past an Excel limit is a finding; the batch goes on

    @Test func aCSVCellOfFortyThousandCharactersIsAFindingInEveryCommand() throws {
        let (base, root) = try workspace()
        let csv = root.appendingPathComponent(changedCSV)
        let long = String(repeating: "Evaluasi jabatan ", count: 2_400)  // 40,800 characters
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "Evaluasi Jabatan", with: long)
        try Data(text.utf8).write(to: csv)
        let report = base.appendingPathComponent("laporan.json")
        let out = base.appendingPathComponent("keluar")
        let consolidate = try ProbisBinary.run(["consolidate", root.path, "--out", out.path, "--json", report.path])
        #expect(consolidate.status == 1, "\(consolidate.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("\"text.too_long\""))
        let dump = try ProbisBinary.run(["dump", "--format", "json", out.appendingPathComponent("Provinsi Nusa Tenggara Timur/Biro Organisasi.xlsx").path])
        #expect(dump.status == 0)
        #expect(dump.stdout.contains(String(repeating: "Evaluasi jabatan ", count: 1_900)))
        let fix = try ProbisBinary.run(["fix", root.path, "--out", base.appendingPathComponent("Perbaikan").path])
        #expect(fix.status <= 1, "\(fix.stderr)")
    }

    // MARK: - Output folders probis did not write, and a second run at once

    @Test func aFolderOfOtherFilesIsRefusedUnlessForced() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("dokumen")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("penting".utf8).write(to: out.appendingPathComponent("REKAP.xlsx"))
        let refused = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bukan tulisan probis (mis. REKAP.xlsx)"))
        #expect(try String(contentsOf: out.appendingPathComponent("REKAP.xlsx"), encoding: .utf8) == "penting")
        let fix = try ProbisBinary.run(["fix", root.path, "--out", out.path])
        #expect(fix.status == 2)
        let forced = try ProbisBinary.run(["consolidate", root.path, "--out", out.path, "--force"])
        #expect(forced.status == 1)
    }

    @Test func aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let descriptor = open(out.appendingPathComponent(".probis.lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("probis lain sedang menulis ke folder ini"))
    }

    // MARK: - 3. An interrupted re-run is repaired by the next one

    @Test(arguments: ["afterStore", "afterStore:3", "beforeRename:4", "beforeRekapClose", "beforeRename:7"])
    func killedRerunIsRepairedByTheNext(point: String) throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        #expect(try ProbisBinary.run(["consolidate", root.path, "--out", out.path]).status == 1)
        try changeInput(root)
        let killed = try ProbisBinary.run(["consolidate", root.path, "--out", out.path], environment: ["PROBIS_FAULT_KILL": point])
        #expect(killed.wasKilled, "\(point): \(killed.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("BELUM-SELESAI.txt").path))

        let repaired = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(repaired.status == 1)
        #expect(repaired.stderr.contains("tidak selesai: semua keluaran ditulis ulang"), "\(point)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("BELUM-SELESAI.txt").path))
        let fresh = base.appendingPathComponent("penuh")
        #expect(try ProbisBinary.run(["consolidate", root.path, "--out", fresh.path]).status == 1)
        #expect(outputs(out) == outputs(fresh), "\(point)")
        #expect(files(out).keys.filter { $0.hasSuffix(".tmp") }.isEmpty)
        let again = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(again.stdout.contains("Tidak ada kiriman yang berubah"))
    }

    /// Findings the region analysis attaches (a duplicate's warning) are recomputed on a re-run,
    /// not added again to the copy taken from the database.
    @Test func aRerunWithADuplicateGivesTheSameOutputsAsAFullRun() throws {
        let (base, root) = try workspace()
        try FileManager.default.copyItem(at: root.appendingPathComponent("Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx"),
                                         to: root.appendingPathComponent("Kota Metro/Salinan Disdikbud.xlsx"))
        let out = base.appendingPathComponent("keluar")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        try changeInput(root)
        let rerun = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        #expect(rerun.stdout.contains("Dibaca 1 kiriman"))
        let fresh = base.appendingPathComponent("penuh")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", fresh.path])
        #expect(outputs(out) == outputs(fresh))
        let report = try String(contentsOf: out.appendingPathComponent("laporan.json"), encoding: .utf8)
        #expect(report.components(separatedBy: "\"submission.duplicate\"").count == 2)
    }

    // MARK: - 6. An interrupted fix does not look finished

    @Test func fixKilledBeforeItsChangeLogLeavesTheFolderMarkedUnfinished() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("Perbaikan")
        let killed = try ProbisBinary.run(["fix", root.path, "--out", out.path], environment: ["PROBIS_FAULT_KILL": "beforeChangeLog"])
        #expect(killed.wasKilled)
        let unfinished = out.appendingPathComponent("BELUM-SELESAI.txt")
        #expect(try String(contentsOf: unfinished, encoding: .utf8).contains("keluaran di sini belum lengkap"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("perubahan.csv").path))
        let checkIt = try ProbisBinary.run(["check", out.path])
        #expect(checkIt.stderr.contains("belum selesai"))

        #expect(try ProbisBinary.run(["fix", root.path, "--out", out.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: unfinished.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("perubahan.csv").path))
    }

    // MARK: - 7. Temporary files of killed runs are removed by the next run

    @Test func temporaryFilesOfAKilledRunAreRemoved() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        // A region of the map site is drawn in a temporary folder and renamed whole: a killed
        // run can leave such a folder, with files in it.
        let stagedRegion = "peta/.Kota Baru.4242-ABCDEF12-9.tmp"
        let leftovers = [".REKAP.xlsx.4242.tmp", "Kota Metro/.Dinas.xlsx.4242-ABCDEF12.tmp", stagedRegion]
        try FileManager.default.createDirectory(at: out.appendingPathComponent(stagedRegion + "/Dinas/bpmn"), withIntermediateDirectories: true)
        for name in leftovers.dropLast() + [stagedRegion + "/Dinas.html", stagedRegion + "/Dinas/bpmn/A.01.bpmn"] {
            try Data(repeating: 7, count: 1000).write(to: out.appendingPathComponent(name))
        }
        _ = try ProbisBinary.run(["consolidate", root.path, "--out", out.path])
        for name in leftovers { #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)") }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("peta/Kota Metro/index.html").path))
    }

    // MARK: - 2 and 10. A full disk: no incomplete file under a final name, one clear message

    @Test func fullDiskGivesOneClearMessageAndNoBrokenWorkbook() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        let mounted = TemporaryMount(at: out, options: "size=96k")
        defer { mounted?.unmount() }
        let environment = mounted == nil ? ["PROBIS_FAULT_WRITE": "Kota Pasuruan"] : [:]
        let result = try ProbisBinary.run(["consolidate", root.path, "--out", out.path], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("disk penuh"), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "[ERROR]").count <= 4, "\(result.stderr)")
        for (name, _) in files(out) where name.hasSuffix(".xlsx") {
            let dump = try ProbisBinary.run(["dump", "--stats", out.appendingPathComponent(name).path])
            #expect(dump.status == 0, "\(name) is under its final name but does not read: \(dump.stderr)")
        }
        #expect(files(out).keys.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// The case as first seen: `/dev/shm` (where libxlsxwriter used to stage) full, in a mount
    /// namespace of the test's own, while the output folder has room.
    @Test func aFullMemoryFolderNeverLeavesACorruptWorkbook() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return }
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("keluar")
        let script = "mount -t tmpfs -o size=16k tmpfs /dev/shm || exit 77; exec \"$0\" consolidate \"$1\" --out \"$2\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script, ProbisBinary.url.path, root.path, out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus != 77 else { return }
        #expect(process.terminationStatus == 1)
        let workbooks = files(out).keys.filter { $0.hasSuffix(".xlsx") }
        #expect(workbooks.count == 10)
        for name in workbooks {
            let dump = try ProbisBinary.run(["dump", "--stats", out.appendingPathComponent(name).path])
            #expect(dump.status == 0, "\(name) does not read: \(dump.stderr)")
        }
    }

    @Test func fixIntoAReadOnlyFolderSaysSoInWords() throws {
        let (base, root) = try workspace()
        let out = base.appendingPathComponent("hanya-baca")
        guard let mounted = TemporaryMount(at: out, options: "ro,size=64k") else { return }
        defer { mounted.unmount() }
        for command in [["fix"], ["recode", "--prefix", "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga=DISDIK"]] {
            let result = try ProbisBinary.run(command + [root.path, "--out", out.appendingPathComponent("hasil").path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("media hanya-baca"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }
}

/// A tmpfs mounted for one test, where the system lets root mount one (nil otherwise).
struct TemporaryMount {
    let path: URL

    init?(at path: URL, options: String) {
        guard getuid() == 0 else { return nil }
        try? FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", path.path]) else { return nil }
        self.path = path
    }

    func unmount() {
        _ = Self.run("/bin/umount", [path.path])
    }

    func remountReadOnly() -> Bool {
        Self.run("/bin/mount", ["-o", "remount,ro", path.path])
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
