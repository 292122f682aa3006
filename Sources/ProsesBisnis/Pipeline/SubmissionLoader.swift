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
            } catch let error as SpreadsheetError {
                unreadable.append(Self.unreadable(error, file: member))
            } catch {
                unreadable.append(Self.unreadable(.cannotOpen(file: file, reason: "\(error)"), file: member))
            }
        }
        let identity = SubmissionIdentity.resolve(source, workbooks: workbooks.map(\.workbook))
        var submission = Submission(path: source.path, region: identity.region, opd: identity.opd, format: source.format)
        submission.findings = unreadable
        for (file, workbook) in workbooks {
            TableRecognizer.recognise(workbook, file: file, into: &submission)
        }
        if !workbooks.isEmpty {
            TableRecognizer.reportMissingTables(in: &submission, found: submission.tablesFound)
        }
        return submission
    }

    static func unreadable(_ error: SpreadsheetError, file: String?) -> Finding {
        Finding(rule: "table.unreadable", severity: .error,
                location: file.map { SourceLocation(file: $0, sheet: nil, row: 0, column: nil) },
                message: LocalizedText(id: error.message(.id), en: error.message(.en)))
    }
}

import Foundation
