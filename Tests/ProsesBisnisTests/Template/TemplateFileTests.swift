import Foundation
import Testing
@testable import ProsesBisnis

/// The template as a file: refused options, no overwriting without asking, byte-identical
/// repeats, and the form features found in its XML parts.
struct TemplateFileTests {
    @Test(arguments: [
        ("P1", TemplateError.invalidPrefix("P1")),
        ("MTR 01", .invalidPrefix("MTR 01")),
        ("MTR.", .invalidPrefix("MTR.")),
        ("ABCDEFGHIJKLMNOPQRSTU", .invalidPrefix("ABCDEFGHIJKLMNOPQRSTU")),
    ])
    func prefixWithDigitsSpacesOrTrailingSeparatorIsRefused(prefix: String, expected: TemplateError) {
        #expect(throws: expected) { try TemplateOptions(prefix: prefix) }
    }

    @Test(arguments: ["MTR", "KECKLB", "DPMPTSP.P", "BO-ORG", " MTR "])
    func lettersWithSeparatorsArePrefixes(prefix: String) throws {
        #expect(try TemplateOptions(prefix: prefix).prefix == prefix.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("Sekretariat;;Bidang A", TemplateError.unitInvalid(position: 2, name: "")),
        ("Sekretariat;*****", .unitInvalid(position: 2, name: "*****")),
        ("Sekretariat; sekretariat ", .unitDuplicate("sekretariat", earlier: "Sekretariat")),
        (Array(repeating: "Bidang", count: 31).enumerated().map { "\($1) \($0)" }.joined(separator: ";"),
         .tooManyUnits(count: 31, limit: 30)),
    ])
    func badUnitListsAreRefused(list: String, expected: TemplateError) {
        #expect(throws: expected) { try TemplateOptions(units: TemplateOptions.units(from: list)) }
    }

    @Test func unitListsSplitOnSemicolonsForgivingATrailingOne() throws {
        #expect(try TemplateOptions(units: TemplateOptions.units(from: " Sekretariat ; Bidang A;")).units == ["Sekretariat", "Bidang A"])
    }

    @Test func existingFileIsKeptUnlessOverwriteIsAsked() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("templat.xlsx").path
        try Data("milik OPD".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: TemplateError.fileExists(path: path)) {
            try InstrumentTemplate.write(to: path, options: TemplateOptions())
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "milik OPD")
        try InstrumentTemplate.write(to: path, options: TemplateOptions(), overwrite: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["templat.xlsx"])
    }

    @Test func sameOptionsGiveTheSameBytes() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.xlsx").path, second = folder.appendingPathComponent("sub/b.xlsx").path
        try InstrumentTemplate.write(to: first, options: TemplateFixture.options(), content: TemplateFixture.content)
        try InstrumentTemplate.write(to: second, options: TemplateFixture.options(), content: TemplateFixture.content)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func otherExtensionsAndUnknownUnitsAreRefused() throws {
        #expect(throws: TemplateError.notXLSX(path: "templat.xls")) {
            try InstrumentTemplate.write(to: "templat.xls", options: TemplateOptions())
        }
        let content = TemplateContent(proses: [TemplateProses(nama: "P", jenis: "Utama", kode: "MTR.01", subProses: [
            TemplateSubProses(nama: "S", kode: "MTR.01.01", lintasFungsi: [TemplateLintasFungsi(nama: "L", kode: "MTR.01.01.01", kegiatan: [
                TemplateKegiatan(uraian: "K", units: ["Bidang X"], output: "O", penanggungJawab: "Sekretariat"),
            ])]),
        ])])
        #expect(throws: TemplateError.unknownUnit("Bidang X")) {
            try InstrumentTemplate.plan(TemplateFixture.options(), content: content)
        }
    }

    @Test func sheetsAreProtectedWithDataCellsUnlockedAndCodesAsText() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options())
        let workbook = try zipPart("xl/workbook.xml", of: path)
        #expect(workbook.contains(#"<sheet name="Petunjuk" sheetId="1" r:id="rId1"/><sheet name="Identifikasi Proses" sheetId="2" r:id="rId2"/><sheet name="Sub Proses" sheetId="3" r:id="rId3"/><sheet name="Lintas Fungsi" sheetId="4" r:id="rId4"/>"#))
        for sheet in 1...4 {
            let xml = try zipPart("xl/worksheets/sheet\(sheet).xml", of: path)
            #expect(xml.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" insertRows="0" deleteRows="0" autoFilter="0"/>"#), "sheet \(sheet)")
        }
        let styles = try zipPart("xl/styles.xml", of: path)
        // The KODE cells: bordered, wrapped, top-aligned Text (49), unlocked.
        #expect(styles.contains(#"numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>"#))
    }

    @Test func prosesSheetOffersJenisAndTheCodePattern() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateFixture.options())
        let proses = try zipPart("xl/worksheets/sheet2.xml", of: path)
        #expect(proses.contains(#"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Jenis proses tidak dikenal" error="Hanya Utama, Manajemen, atau Pendukung yang diperbolehkan." promptTitle="Jenis Proses" prompt="Pilih Utama, Manajemen, atau Pendukung (PermenPANRB 19/2018)." sqref="C9:C13"><formula1>"Utama,Manajemen,Pendukung"</formula1></dataValidation>"#))
        // A code typed without the prefix draws a warning (the OPD may keep it).
        #expect(proses.contains(#"<dataValidation type="custom" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Awalan kode" error="Kode OPD ini diawali MTR: MTR.01, MTR.01.01, ... Tetap pakai nilai ini?" promptTitle="Kode proses" prompt="Prefiks + nomor urut dua digit: MTR.01, MTR.02, ... Sel berformat teks, jadi 01 tetap 01." sqref="D9:D13"><formula1>LEFT(D9,3)="MTR"</formula1></dataValidation>"#))
        let subProses = try zipPart("xl/worksheets/sheet3.xml", of: path)
        #expect(subProses.contains(#"sqref="C9:C"#) && subProses.contains(#"<formula1>LEFT(C9,3)="MTR"</formula1>"#))
        #expect(subProses.contains(#"<formula1>LEFT(E9,3)="MTR"</formula1>"#))
        #expect(proses.contains(#"<pane ySplit="8" topLeftCell="A9" activePane="bottomLeft" state="frozen"/>"#))
        let lintas = try zipPart("xl/worksheets/sheet4.xml", of: path)
        #expect(lintas.contains(#"errorStyle="warning""#) && lintas.contains("<formula1>'Lintas Fungsi'!$C$10:$E$10</formula1>"))
        #expect(lintas.contains(#"<formula1>"√"</formula1>"#))
        #expect(lintas.contains(#"prompt="Tulis nama lalu kodenya dalam kurung, misalnya: Penyusunan Renstra (MTR.01.01).""#))
    }

    @Test func withoutAPrefixCodesAreNotChecked() throws {
        let folder = try TemplateFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try InstrumentTemplate.write(to: path, options: TemplateOptions(region: "Kota Metro", opd: "Dinas Pendidikan"))
        let proses = try zipPart("xl/worksheets/sheet2.xml", of: path)
        #expect(proses.contains(#"promptTitle="Kode proses" prompt="Prefiks + nomor urut dua digit: XXX.01, XXX.02, ... Sel berformat teks, jadi 01 tetap 01." sqref="D9:D"#))
        #expect(!proses.contains(#"type="custom""#))
    }
}
