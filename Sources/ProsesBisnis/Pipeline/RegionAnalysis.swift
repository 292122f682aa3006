/// Analysis across the submissions of one region: `region.code_collision` when two OPDs use
/// the same code for different processes. Reported on both submissions and on the region.
enum RegionAnalysis {
    static let collisionRule = "region.code_collision"

    static func analyse(_ submissions: [Submission]) -> ([Submission], [CheckReport.Region]) {
        var result = submissions
        var regions: [CheckReport.Region] = []
        let byRegion = Dictionary(grouping: submissions.indices, by: { submissions[$0].region })
        for name in byRegion.keys.sorted() {
            let members = byRegion[name]!
            var regionFindings: [Finding] = []
            for collision in collisions(members.map { submissions[$0] }) {
                regionFindings.append(collision.regionFinding)
                for (index, finding) in collision.submissionFindings {
                    result[members[index]].findings.append(finding)
                }
            }
            regions.append(CheckReport.Region(name: name, submissions: members.count, findings: regionFindings))
        }
        return (result, regions)
    }

    private struct Definition {
        var submission: Int
        var opd: String
        var kode: FieldValue
        var nama: String
        var table: TableKind
    }

    private struct Collision {
        var regionFinding: Finding
        var submissionFindings: [(Int, Finding)]
    }

    /// Codes defined (as process, sub process or lintas fungsi) by two or more OPDs of the
    /// region under different names.
    private static func collisions(_ submissions: [Submission]) -> [Collision] {
        var definitions: [String: [Definition]] = [:]
        for (index, submission) in submissions.enumerated() {
            for item in definedCodes(submission) {
                guard let kode = Kode(item.kode.text) else { continue }
                definitions[kode.key, default: []].append(
                    Definition(submission: index, opd: submission.opd, kode: item.kode, nama: item.nama, table: item.table))
            }
        }
        return definitions.keys.sorted().compactMap { key in
            let uses = definitions[key]!
            let opds = Set(uses.map(\.submission))
            let names = Set(uses.map { HeaderVocabulary.normalise($0.nama) })
            guard opds.count >= 2, names.count >= 2 else { return nil }
            return collision(uses, submissions: submissions)
        }
    }

    private static func definedCodes(_ submission: Submission) -> [(kode: FieldValue, nama: String, table: TableKind)] {
        submission.proses.compactMap { p in p.kode.map { ($0, p.nama?.text ?? "", .proses) } }
            + submission.subProses.compactMap { s in s.kode.map { ($0, s.nama?.text ?? "", .subproses) } }
            + submission.lintasFungsi.compactMap { l in l.kode.map { ($0, l.nama?.text ?? "", .subproses) } }
    }

    private static func collision(_ uses: [Definition], submissions: [Submission]) -> Collision {
        let code = uses[0].kode.text
        let opds = uses.map { "\($0.opd) (\($0.nama))" }
        let unique = uniqued(opds)
        let message = LocalizedText(
            id: "Kode \(code) dipakai oleh beberapa OPD di wilayah ini untuk hal berbeda: \(unique.joined(separator: "; ")). Beri awalan (namespace) per OPD.",
            en: "Code \(code) is used by several OPDs of this region for different things: \(unique.joined(separator: "; ")). Give each OPD a prefix (namespace).")
        let regionFinding = Finding(rule: collisionRule, severity: .error, code: code, message: message)
        let perSubmission = uses.map { use in
            (use.submission, Finding(rule: collisionRule, severity: .error, table: use.table, code: use.kode.text,
                                     location: use.kode.location, message: message))
        }
        return Collision(regionFinding: regionFinding, submissionFindings: perSubmission)
    }

    /// Keeps the first occurrence of each element, in order.
    private static func uniqued(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
