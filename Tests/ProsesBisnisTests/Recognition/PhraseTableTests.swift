import Testing
@testable import ProsesBisnis

/// `PhraseTable` reads text byte by byte as `TextNormalising.normalise` does, so a lookup must
/// agree with normalising first and looking up after.
struct PhraseTableTests {
    @Test(arguments: [
        "Kode\nSub-Proses :", "  no. ", "NO", "(NO)", "Unit  Kerja / Terkait", "kode__proses bisnis",
        "", "...", "1", "Penanggung-jawab", "Kegiatan (Aktivitas)", "PROSES2", "Nama Proses Bisnis Utama",
        "Kégiatan", "KEGİATAN", "Uraian\u{00A0}Kegiatan",
    ])
    func lookupAgreesWithNormalising(_ text: String) {
        let table = PhraseTable(HeaderVocabulary.roles)
        #expect(table.value(for: text) == HeaderVocabulary.roles[TextNormalising.normalise(text)])
    }

    @Test func findsEveryPhraseItWasBuiltWith() {
        let table = PhraseTable(HeaderVocabulary.roles)
        for (phrase, role) in HeaderVocabulary.roles {
            #expect(table.value(for: phrase.lowercased()) == role, "\(phrase)")
        }
        #expect(table.value(for: "KODE PROSES BISNIS UTAMA") == nil)
    }
}
