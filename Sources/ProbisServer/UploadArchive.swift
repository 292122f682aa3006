import Foundation

/// Unpacks an uploaded ZIP of submissions into a job's input folder, refusing what could
/// write elsewhere or fill the disk: entry names with `..` or an absolute path (zip slip),
/// links, too many entries, and more inflated bytes than the limits allow (zip bombs; the
/// bytes are counted as they inflate, not taken from the sizes the archive claims).
enum UploadArchive {
    /// Unpacks `zip` into `folder` and returns the relative paths of the files written.
    static func unpack(_ zip: URL, into folder: URL, limits: UploadLimits) throws(ServerError) -> [String] {
        let archive = try ZipReader(url: zip, maxEntries: limits.maxEntries)
        let planned = try plan(archive.entries, limits: limits)
        guard !planned.isEmpty else { throw .emptyUpload }
        var inflated = 0
        for (entry, relative) in planned {
            try write(entry, of: archive, to: folder.appendingPathComponent(relative), inflated: &inflated, limits: limits)
        }
        return planned.map(\.1)
    }

    /// The file entries to write, with their checked relative paths; every refusal that can be
    /// made from the central directory is made here, before a byte is written.
    static func plan(_ entries: [ZipReader.Entry], limits: UploadLimits) throws(ServerError) -> [(ZipReader.Entry, String)] {
        var files: [(ZipReader.Entry, String)] = []
        var claimed = 0
        for entry in entries {
            if entry.isLink { throw .linkEntry(name: entry.name) }
            guard let relative = safeRelativePath(entry.name) else { throw .unsafeEntry(name: entry.name) }
            guard !entry.isDirectory, !isJunk(relative) else { continue }
            claimed += entry.uncompressedSize
            guard claimed <= limits.maxInflatedBytes else { throw .inflatedTooLarge(limit: limits.maxInflatedBytes) }
            files.append((entry, relative))
            guard files.count <= limits.maxFiles else { throw .tooManyFiles(limit: limits.maxFiles) }
        }
        return files
    }

    /// The entry's name as a relative path of plain components, or nil when it is absolute,
    /// names a drive, or climbs with `..`. Windows tools write `\` as the separator.
    static func safeRelativePath(_ name: String) -> String? {
        let unified = name.replacingOccurrences(of: "\\", with: "/")
        guard !unified.hasPrefix("/"), !unified.contains("\0") else { return nil }
        let components = unified.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !components.contains(".."), let first = components.first else { return components.isEmpty ? "" : nil }
        // `C:` or `C:foo` is a drive on Windows.
        if first.count >= 2, first.dropFirst().first == ":" { return nil }
        return components.joined(separator: "/")
    }

    /// What archivers add that is not a submission: macOS resource forks and Finder files.
    static func isJunk(_ relative: String) -> Bool {
        let components = relative.split(separator: "/")
        return components.first == "__MACOSX" || components.last == ".DS_Store" || relative.isEmpty
    }

    private static func write(_ entry: ZipReader.Entry, of archive: ZipReader, to target: URL, inflated: inout Int,
                              limits: UploadLimits) throws(ServerError) {
        // A second guard behind `safeRelativePath`: the target must stay inside the folder.
        let parent = target.deletingLastPathComponent().standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target.path, contents: nil) else {
                throw ServerError.damagedZip(reason: entry.name)
            }
            let handle = try FileHandle(forWritingTo: target)
            defer { try? handle.close() }
            var written = 0
            let budget = min(limits.maxEntryBytes, limits.maxInflatedBytes - inflated)
            try archive.extract(entry, limit: budget) { chunk in
                written += chunk.count
                try handle.write(contentsOf: chunk)
            }
            inflated += written
        } catch let error as ServerError {
            throw error
        } catch {
            throw .damagedZip(reason: "\(entry.name): \(error)")
        }
    }

    /// The folder to consolidate: the one folder wrapping everything when the upload was made
    /// from the parent of the submissions (`Samples/<wilayah>/<opd>.xlsx`), else the input
    /// folder itself (`<wilayah>/<opd>.xlsx`). A wrapper holds no file of its own and its
    /// files are not only CSV tables (a region of CSV folders looks the same otherwise).
    static func submissionsRoot(_ input: URL, files: [String]) -> URL {
        let tops = Set(files.compactMap { $0.split(separator: "/").first.map(String.init) })
        guard tops.count == 1, let top = tops.first else { return input }
        let depths = files.map { $0.split(separator: "/").count }
        let onlyCSV = files.allSatisfy { ["csv", "tsv"].contains(($0 as NSString).pathExtension.lowercased()) }
        guard !depths.contains(where: { $0 <= 2 }), !onlyCSV else { return input }
        return input.appendingPathComponent(top)
    }
}
