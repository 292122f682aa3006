import Testing
@testable import ProsesBisnis

/// The two rule gaps of issue 9, item 6, pinned through the whole catalogue.
struct RuleGapTests {
    static func findings(_ builder: SubmissionBuilder) -> [String] {
        hits(RuleCatalogue.checkWithStyle(builder.submission).submission.findings)
    }

    /// `KECXXX.06.05.CFM,02`: a comma typed for the dot is a separator slip with its fix, not
    /// an unreadable code.
    @Test(arguments: [("KECXXX.06.05.CFM,02", "KECXXX.06.05.CFM.02"), ("KECXXX.06.05.CFM;02", "KECXXX.06.05.CFM.02"),
                      ("KECXXX,06.05.CFM.02", "KECXXX.06.05.CFM.02")])
    func strayCommaIsCodeSeparatorWithItsFix(written: String, fix: String) {
        var b = SubmissionBuilder()
        b.proses(2, "Pelayanan", "Utama", "KECXXX.06")
        b.group(2, "Pelayanan", "KECXXX.06")
        b.sub(3, "Perizinan", "KECXXX.06.05", lintas: "Izin", "KECXXX.06.05.CFM.01")
        b.lintas(4, "Izin lain", written)
        #expect(Self.findings(b) == ["Sub Proses!E4 code.separator → \(fix)"])
    }

    /// A sub proses under the group row of another process whose own process exists nowhere:
    /// both the mismatch with its group and the unknown parent are reported.
    @Test func childOfAnUnknownProcessListedUnderAGroupIsAParentMismatch() {
        var b = metro()
        b.group(7, "Perencanaan (lanjutan)", "MTR.01")
        b.sub(8, "Tanpa induk", "MTR.05.03")
        #expect(Self.findings(b) == ["Sub Proses!C8 code.parent_mismatch → MTR.01.03", "Sub Proses!C8 ref.unknown_parent"])
    }

    /// The same under a lintas fungsi table's key/value block.
    @Test func lintasFungsiOfAnUnknownSubProsesUnderAKeyValueBlockIsAParentMismatch() {
        var b = metro()
        b.table(1, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.07.01.01", units: ["Sekretariat"], oneActivity)
        #expect(Self.findings(b).filter { $0.hasPrefix("Lintas Fungsi!A3") } ==
                ["Lintas Fungsi!A3 code.parent_mismatch", "Lintas Fungsi!A3 ref.unknown_parent"])
    }
}
