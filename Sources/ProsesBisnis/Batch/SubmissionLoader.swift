import Spreadsheet

/// Reads and recognises one submission: every file read (an unreadable file becomes a
/// `table.unreadable` finding), tables recognised, identity resolved.
public struct SubmissionLoader {
    private var reader = SpreadsheetReader()

    public init() {}

    public func load(_ source: SubmissionSource) -> Submission {
        var workbooks: [(file: String?, workbook: Workbook)] = []
        var unreadable: [Finding] = []
        for file in source.files {
            let member = source.format == .csv ? (file as NSString).lastPathComponent : nil
            do {
                workbooks.append((member, try reader.read(path: file)))
            } catch {
                let kind = FileKind.of(path: file)
                if !ForeignFile.isSpreadsheet(kind) {
                    unreadable.append(Finding(rule: RuleID.tableUnreadable, severity: .error,
                                              location: member.map { SourceLocation(file: $0, sheet: nil, row: 0, column: nil) },
                                              message: ForeignFile.message(kind)))
                    continue
                }
                let spreadsheetError = error as? SpreadsheetError ?? .cannotOpen(file: file, reason: "\(error)")
                // Messages name the file as the user knows it: relative to the root.
                let shown = member.map { "\(source.path)/\($0)" } ?? source.path
                unreadable.append(Self.unreadable(spreadsheetError, file: member, replacing: file, with: shown))
            }
        }
        if let reason = source.unreadable {
            unreadable.append(Finding(rule: RuleID.tableUnreadable, severity: .error, location: nil, message: reason))
        }
        let identity = SubmissionIdentity.resolve(source, workbooks: workbooks.map(\.workbook))
        var submission = Submission(path: source.path, region: identity.region, opd: identity.opd, format: source.format)
        submission.findings = unreadable
        if let conflict = identity.conflict { submission.findings.append(Self.identityConflict(conflict)) }
        submission.documentDate = DocumentDate.latest(in: workbooks.map(\.workbook))
        for (file, workbook) in workbooks {
            TableRecognizer.recognise(workbook, file: file, into: &submission)
        }
        if !workbooks.isEmpty {
            TableRecognizer.reportMissingTables(in: &submission, found: submission.tablesFound)
        }
        return submission
    }

    /// `identity.conflict`: the folder says one region, the title another; the folder's is kept.
    static func identityConflict(_ conflict: (folder: String, title: String)) -> Finding {
        Finding(rule: .identityConflict, severity: .warning, location: nil, message: LocalizedText(
            id: "Folder menyebut wilayah \(conflict.folder), tetapi judul di dalam berkas menyebut \(conflict.title); kiriman ini dihitung di \(conflict.folder). Pindahkan berkasnya atau perbaiki judulnya.",
            en: "The folder names the region \(conflict.folder) but the title inside the file names \(conflict.title); the submission is counted in \(conflict.folder). Move the file or correct its title."))
    }

    static func unreadable(_ error: SpreadsheetError, file: String?, replacing path: String, with shown: String) -> Finding {
        Finding(rule: RuleID.tableUnreadable, severity: .error,
                location: file.map { SourceLocation(file: $0, sheet: nil, row: 0, column: nil) },
                message: LocalizedText(id: error.message(.id).replacingOccurrences(of: path, with: shown),
                                       en: error.message(.en).replacingOccurrences(of: path, with: shown)))
    }
}

import Foundation
