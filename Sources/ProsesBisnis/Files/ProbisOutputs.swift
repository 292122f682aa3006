import Foundation

/// The files probis leaves in its output folders, known by name here so that reading such a
/// folder again (fix on consolidate's output, consolidate on fix's) can tell them from
/// submissions without knowing the commands that wrote them.
public enum ProbisOutputs {
    /// The change log of `fix` and `recode`.
    public static let changeLogCSV = "perubahan.csv"
    public static let changeLogJSON = "perubahan.json"
    static let changeLogHeader = "berkas;sheet;sel;lama;baru;aturan"
    /// The map site `consolidate` writes beside its workbooks (`PetaSite`): pages, drawings
    /// and BPMN files, never submissions.
    public static let mapsFolder = "peta"
    /// The summary `convert` writes beside its drafts; not a submission when the folder is read.
    public static let conversionSummary = "konversi.xlsx"
    /// What `consolidate` remembers of its last run (`RunState`).
    public static let consolidateState = ".probis-state.json"

    /// True for a change log probis wrote: its name and its first line.
    public static func isChangeLog(path: String) -> Bool {
        guard (path as NSString).lastPathComponent.lowercased() == changeLogCSV,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 64)
        return String(decoding: head, as: UTF8.self).hasPrefix("\u{FEFF}" + changeLogHeader)
    }

    /// True for a folder `consolidate` wrote: its top level holds REKAP and the regional
    /// workbooks, which are not submissions.
    public static func isConsolidateOutput(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(consolidateState))
    }

    /// True for a folder `convert` wrote: its top level holds the summary, not a submission.
    public static func isConvertOutput(_ folder: String) -> Bool {
        let marker = (folder as NSString).appendingPathComponent(OutputSession.markerName)
        guard let data = FileManager.default.contents(atPath: marker) else { return false }
        return String(decoding: data, as: UTF8.self).contains("\"command\": \"convert\"")
    }
}
