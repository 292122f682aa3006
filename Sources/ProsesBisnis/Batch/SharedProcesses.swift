/// `region.shared_process` (info): the same process name used by several OPDs of one region.
/// Not a mistake: shared processes (planning, finance, staffing) are what a province looks for
/// when it draws one regional map, so the region's report lists them.
enum SharedProcesses {
    static let rule = RegionRules.sharedProcess
    private static let namedInMessage = 4

    /// One finding per process name that two or more OPDs of the region use, in name order.
    static func findings(_ members: [Int], _ submissions: [SubmissionSummary]) -> [Finding] {
        var opdsByName: [String: (shown: String, opds: [String])] = [:]
        for index in members {
            for definition in submissions[index].definitions where definition.table == .proses && !definition.nama.isEmpty {
                let key = HeaderVocabulary.normalise(definition.nama)
                var entry = opdsByName[key] ?? (definition.nama, [])
                if !entry.opds.contains(submissions[index].opd) { entry.opds.append(submissions[index].opd) }
                opdsByName[key] = entry
            }
        }
        return opdsByName.keys.sorted().compactMap { key in
            let entry = opdsByName[key]!
            guard entry.opds.count >= 2 else { return nil }
            let named = entry.opds.prefix(namedInMessage).joined(separator: ", ")
            let more = entry.opds.count - min(entry.opds.count, namedInMessage)
            return Finding(rule: rule, severity: .info, message: LocalizedText(
                id: "Proses \"\(entry.shown)\" dipakai bersama oleh \(entry.opds.count) OPD: \(named)\(more > 0 ? " dan \(more) lainnya" : "").",
                en: "Process \"\(entry.shown)\" is shared by \(entry.opds.count) OPDs: \(named)\(more > 0 ? " and \(more) more" : "")."))
        }
    }
}
