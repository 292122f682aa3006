import Foundation

/// The same OPD sent twice within one region, which a Biro Organisasi receives all the time
/// (`Disdikbud.xlsx` and `Disdikbud revisi (1).xlsx`):
///
/// - the same content twice (`submission.duplicate`, warning on the later copy, naming both):
///   counted once — the copy's counts and codes are left out of totals, collisions and REKAP;
/// - one OPD with different contents (`submission.same_opd`, error on each, naming the
///   other and which one looks newer by its name): both stay until the user removes one.
enum DuplicateSubmissions {
    static let duplicateRule = RegionRules.duplicate
    static let sameOPDRule = RegionRules.sameOPD

    /// Findings to add, by submission index, and the indices that are copies of an earlier one.
    static func find(_ members: [Int], _ submissions: [SubmissionSummary]) -> (added: [(Int, Finding)], copies: Set<Int>) {
        var added: [(Int, Finding)] = []
        var copies: Set<Int> = []
        var firstWith: [Int: Int] = [:]
        // The plainest name is the original (`Disdikbud.xlsx` before `Disdikbud (1).xlsx`).
        for index in members.sorted(by: { (resendRank(submissions[$0].path), submissions[$0].path) < (resendRank(submissions[$1].path), submissions[$1].path) }) {
            guard let fingerprint = submissions[index].dataFingerprint else { continue }
            if let first = firstWith[fingerprint] {
                copies.insert(index)
                added.append((index, duplicate(of: submissions[first].path, copy: submissions[index].path)))
            } else {
                firstWith[fingerprint] = index
            }
        }
        let originals = members.filter { !copies.contains($0) }
        for group in Dictionary(grouping: originals, by: { opdKey(submissions[$0].opd) }).values where group.count > 1 {
            let paths = group.map { submissions[$0].path }
            let newer = newerByDate(group.map { (submissions[$0].path, submissions[$0].documentDate) }).map { ($0, true) }
                ?? newerByName(paths).map { ($0, false) }
            for index in group {
                let others = paths.filter { $0 != submissions[index].path }
                added.append((index, sameOPD(submissions[index].opd, others: others, newer: newer)))
            }
        }
        return (added, copies)
    }

    /// An OPD name without the marks of a resent file: `Disdikbud revisi (1)` → `disdikbud`.
    /// Numbers that are part of a name stay (`UPT SMP Negeri 1`, `UPT SMP Negeri 2` are two
    /// OPDs); a number in brackets, a version (`v2`) or a year is a mark of the file.
    static func opdKey(_ opd: String) -> String {
        let marks: Set<String> = ["revisi", "rev", "final", "baru", "terbaru", "perbaikan", "update", "copy", "salinan",
                                  "dari", "versi", "ver", "fix", "lama"]
        var text = opd.lowercased()
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { word in
            let isVersion = word.count > 1 && word.hasPrefix("v") && word.dropFirst().allSatisfy(\.isNumber)
            let isYear = word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber)
            return !marks.contains(word) && !isVersion && !isYear
        }
        return words.joined(separator: " ")
    }

    /// The path whose name marks it as the later version (`revisi`, `final`, `(2)`), if one does.
    static func newerByName(_ paths: [String]) -> String? {
        let ranked = paths.map { ($0, resendRank($0)) }.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 > 0, ranked.dropFirst().allSatisfy({ $0.1 < best.1 }) else { return nil }
        return best.0
    }

    /// How strongly a file's name marks it as sent again: `revisi`, `final`, `(2)`; 0 for none.
    static func resendRank(_ path: String) -> Int {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        var score = 0
        for mark in ["revisi", "rev", "final", "terbaru", "perbaikan", "update", "baru"] where name.contains(mark) { score += 10 }
        if let open = name.lastIndex(of: "("), let number = Int(name[name.index(after: open)...].prefix { $0.isNumber }) {
            score += number
        }
        return score
    }

    private static func duplicate(of first: String, copy: String) -> Finding {
        Finding(rule: duplicateRule, severity: .warning, location: nil, message: LocalizedText(
            id: "Isi kiriman ini sama dengan \(first): dikirim dua kali. Dihitung sekali (sebagai \(first)); hapus salah satu berkas.",
            en: "This submission holds the same as \(first): sent twice. Counted once (as \(first)); remove one of the files."))
    }

    /// The path whose own sheets state the latest date, when one is later than all others.
    static func newerByDate(_ dated: [(path: String, date: String?)]) -> String? {
        let known = dated.compactMap { item in item.date.map { (item.path, $0) } }.sorted { $0.1 > $1.1 }
        guard known.count == dated.count, let best = known.first, known.dropFirst().allSatisfy({ $0.1 < best.1 }) else { return nil }
        return best.0
    }

    private static func sameOPD(_ opd: String, others: [String], newer: (path: String, byDate: Bool)?) -> Finding {
        let list = others.joined(separator: ", ")
        let hintID = newer.map { " Menurut \($0.byDate ? "tanggal di dalamnya" : "namanya"), \($0.path) lebih baru." }
            ?? " Tidak terlihat mana yang lebih baru."
        let hintEN = newer.map { " By \($0.byDate ? "the date it states" : "its name"), \($0.path) is newer." }
            ?? " Which one is newer does not show."
        return Finding(rule: sameOPDRule, severity: .error, location: nil, message: LocalizedText(
            id: "OPD \(opd) mengirim lebih dari satu kiriman dengan isi berbeda (juga \(list)); keduanya tetap dihitung.\(hintID) Hapus yang tidak berlaku.",
            en: "OPD \(opd) sent more than one submission with different contents (also \(list)); both are still counted.\(hintEN) Remove the one that no longer holds."))
    }
}
