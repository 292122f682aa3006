import Foundation

/// Builds the drafts of a plan: assignments grouped by SKPD (`SKPDGrouping`), sasaran and
/// programmes in the order the plan lists them, each written once per SKPD however many rows
/// repeat it, and codes from the SKPD's prefix.
struct DraftBuilder {
    let grouping: SKPDGrouping
    /// Prefixes given with `--prefix`, by SKPD group name.
    let givenPrefixes: [String: String]

    init(_ plan: RPJMDPlan, prefixes: [String: String]) throws {
        grouping = SKPDGrouping(plan.assignments.map(\.skpd.text))
        var given: [String: String] = [:]
        for (opd, prefix) in prefixes {
            guard TemplateOptions.isValidPrefix(prefix) else { throw ConvertError.invalidPrefix(opd: opd, prefix: prefix) }
            // Any spelling of the SKPD, or a name the grouping would join to it (`Dinas
            // Pendidikan Kebudayaan Pemuda dan Olahraga` for `Dinas Dikbudpora`).
            let tokens = UnitNames.tokens(opd)
            let name = (grouping.groups.first { group in
                group.spellings.contains { HeaderVocabulary.normalise($0) == HeaderVocabulary.normalise(opd) }
            } ?? grouping.groups.first { group in
                group.spellings.contains { SKPDGrouping.sameSKPD(UnitNames.tokens($0), tokens) }
            })?.name
            guard let name else { throw ConvertError.unknownOPD(opd, known: grouping.groups.map(\.name)) }
            given[name] = prefix
        }
        givenPrefixes = given
    }

    func drafts(_ plan: RPJMDPlan) -> [Draft] {
        var used: Set<String> = Set(givenPrefixes.values.map { $0.uppercased() })
        return grouping.groups.map { group in
            let assignments = plan.assignments.filter { grouping.canonical($0.skpd.text) == group.name }
            let prefix = givenPrefixes[group.name] ?? Self.unique(Self.derivedPrefix(group.name), &used)
            return Draft(skpd: group.name, spellings: group.spellings, prefix: prefix,
                         prefixGiven: givenPrefixes[group.name] != nil, proses: Self.proses(assignments, prefix: prefix))
        }
    }

    /// One process per distinct sasaran, one sub process per distinct programme under it, one
    /// lintas fungsi per distinct kegiatan under that.
    static func proses(_ assignments: [RPJMDAssignment], prefix: String) -> [DraftProses] {
        var result: [DraftProses] = []
        for assignment in assignments {
            var index = result.firstIndex { $0.sasaran.key == assignment.sasaran.key }
            if index == nil {
                result.append(DraftProses(kode: code(prefix, result.count + 1), nama: ProcessNames.proses(assignment.sasaran.text),
                                          sasaran: assignment.sasaran, misi: assignment.misi, tujuan: assignment.tujuan,
                                          table: assignment.table, subProses: []))
                index = result.count - 1
            }
            add(assignment, to: &result[index!])
        }
        return result
    }

    private static func add(_ assignment: RPJMDAssignment, to proses: inout DraftProses) {
        var index = proses.subProses.firstIndex { $0.program.key == assignment.program.key }
        if index == nil {
            proses.subProses.append(DraftSubProses(kode: code(proses.kode, proses.subProses.count + 1),
                                                   nama: ProcessNames.subProses(assignment.program.text),
                                                   program: assignment.program, locations: [], lintasFungsi: []))
            index = proses.subProses.count - 1
        }
        var sub = proses.subProses[index!]
        if !sub.locations.contains(assignment.program.location) { sub.locations.append(assignment.program.location) }
        for kegiatan in assignment.kegiatan where !sub.lintasFungsi.contains(where: { $0.kegiatan.key == kegiatan.key }) {
            sub.lintasFungsi.append(DraftLintasFungsi(kode: code(sub.kode, sub.lintasFungsi.count + 1),
                                                      nama: ProcessNames.lintasFungsi(kegiatan.text), kegiatan: kegiatan))
        }
        proses.subProses[index!] = sub
    }

    /// `MTR` and 1 → `MTR.01`: two digits, as the seed's clean model (`MTR.01.01.01`).
    static func code(_ parent: String, _ number: Int) -> String {
        parent + "." + (number < 10 ? "0\(number)" : String(number))
    }

    /// An abbreviation of the SKPD's name, letters only: a one-word acronym after its kind is
    /// that word (`Dinas Dikbudpora` → `DIKBUDPORA`, `Kantor Pustakardok` → `PUSTAKARDOK`);
    /// otherwise the kind's syllable and three letters of up to four words (`Dinas Kesehatan` →
    /// `DINKES`, `Badan Perencanaan Pembangunan Daerah` → `BAPERPEMDAE`).
    static func derivedPrefix(_ name: String) -> String {
        let kinds = ["DINAS": "DIN", "BADAN": "BA", "KANTOR": "KAN", "SEKRETARIAT": "SET", "KECAMATAN": "KEC",
                     "INSPEKTORAT": "INSP", "BAGIAN": "BAG", "BIRO": "BIRO", "SATUAN": "SAT"]
        var words = UnitNames.tokens(name).map { String($0.filter { $0.isASCII && $0.isLetter }) }.filter { !$0.isEmpty }
        var head = ""
        if words.count > 1, let kind = kinds[words[0]] {
            head = kind
            words.removeFirst()
        }
        // A one-word name is an acronym already (`DIKBUDPORA`) unless it reads as an Indonesian
        // noun (`KESEHATAN`, `PERTANIAN`), which gets the kind's syllable and three letters.
        if words.count == 1, !words[0].hasSuffix("AN") || head.isEmpty { return String(words[0].prefix(16)) }
        let body = words.prefix(4).map { String($0.prefix(3)) }.joined()
        let prefix = String((head + body).prefix(20))
        return prefix.isEmpty ? "OPD" : prefix
    }

    /// `prefix`, or with a letter added (`DINKESB`) when another SKPD took it.
    private static func unique(_ prefix: String, _ used: inout Set<String>) -> String {
        var candidate = prefix
        var letter = UnicodeScalar("B").value
        while used.contains(candidate.uppercased()), letter <= UnicodeScalar("Z").value {
            candidate = String(prefix.prefix(19)) + String(UnicodeScalar(letter)!)
            letter += 1
        }
        used.insert(candidate.uppercased())
        return candidate
    }
}

/// Names of the draft's rows from the plan's wording: a sasaran (a state, `Meningkatnya
/// kualitas belajar`) becomes the process that reaches it (`Peningkatan kualitas belajar`), as
/// the seed's example does; a programme loses its leading `Program`, a kegiatan its `Kegiatan`.
enum ProcessNames {
    private static let nominal: [String: String] = [
        "MENINGKATNYA": "Peningkatan", "TERWUJUDNYA": "Perwujudan", "BERKEMBANGNYA": "Pengembangan",
        "MENURUNNYA": "Penurunan", "TERCAPAINYA": "Pencapaian", "TERPENUHINYA": "Pemenuhan", "MERATANYA": "Pemerataan",
        "MEMASYARAKATNYA": "Pemasyarakatan", "TERLAKSANANYA": "Pelaksanaan", "TERSEDIANYA": "Penyediaan",
        "TERKENDALINYA": "Pengendalian", "MENGUATNYA": "Penguatan", "TERJAMINNYA": "Penjaminan",
        "TERKELOLANYA": "Pengelolaan", "TERBANGUNNYA": "Pembangunan", "TERLINDUNGINYA": "Perlindungan",
    ]

    static func proses(_ sasaran: String) -> String {
        let words = sasaran.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first, let noun = nominal[first.uppercased()], words.count == 2 else { return sasaran }
        return noun + " " + words[1]
    }

    static func subProses(_ program: String) -> String { dropping("Program", from: program) }
    static func lintasFungsi(_ kegiatan: String) -> String { dropping("Kegiatan", from: kegiatan) }

    private static func dropping(_ word: String, from text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, words[0].uppercased() == word.uppercased() else { return text }
        return words[1].prefix(1).uppercased() + words[1].dropFirst()
    }
}
