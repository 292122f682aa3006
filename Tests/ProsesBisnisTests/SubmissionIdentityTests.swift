import Spreadsheet
import Testing
@testable import ProsesBisnis

/// Region and OPD from the best evidence: folders that name regions, titles, file names.
struct SubmissionIdentityTests {
    private func source(_ path: String) -> SubmissionSource {
        let parts = path.split(separator: "/").map(String.init)
        let name = parts.last!.hasSuffix(".xlsx") ? String(parts.last!.dropLast(5)) : parts.last!
        return SubmissionSource(path: path, files: [], format: .xlsx, region: parts.count >= 2 ? parts[parts.count - 2] : nil,
                                opd: name, unreadable: nil)
    }

    private func workbook(_ rows: [[String]]) -> Workbook {
        Workbook(path: "x.xlsx", format: .xlsx, sheets: [SheetBuilder(name: "Proses", rows: rows + [["NO", "PROSES", "JENIS PROSES", "KODE"]]).sheet])
    }

    static let pasuruanTitle = [["PETA PROSES BISNIS DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PASURUAN"]]

    @Test func aTitleBeatsAnAttachmentNameAndAFolderThatNamesNoRegion() {
        let identity = SubmissionIdentity.resolve(source("Email/lampiran (2).xlsx"), workbooks: [workbook(Self.pasuruanTitle)])
        #expect(identity == .init(region: "Kota Pasuruan", opd: "Dinas Penanaman Modal Dan Pelayanan Terpadu Satu Pintu"))
    }

    @Test func aFolderThatNamesNoRegionStaysWithoutATitle() {
        #expect(SubmissionIdentity.resolve(source("Email/Bappeda.xlsx"), workbooks: [workbook([])]) == .init(region: "Email", opd: "Bappeda"))
    }

    @Test func aTitleOverThreeRowsIsRead() {
        let rows = [["PETA PROSES BISNIS"], ["KECAMATAN KLAMBU"], ["KABUPATEN GROBOGAN"]]
        #expect(SubmissionIdentity.resolve(source("kiriman.xlsx"), workbooks: [workbook(rows)])
                == .init(region: "Kabupaten Grobogan", opd: "Kecamatan Klambu"))
    }

    @Test func aTitleSpreadOverTheCellsOfARowIsRead() {
        let rows = [["PETA PROSES BISNIS", "BAPPEDA", "KOTA METRO TAHUN 2024"]]
        #expect(SubmissionIdentity.titleIdentity([workbook(rows)])?.region == "Kota Metro")
        #expect(SubmissionIdentity.titleIdentity([workbook(rows)])?.opd == "Bappeda")
    }

    @Test func aRegionFolderIsKeptAndATitleNamingAnotherRegionIsAConflict() {
        let identity = SubmissionIdentity.resolve(source("Kota Metro/DPMPTSP.xlsx"), workbooks: [workbook(Self.pasuruanTitle)])
        #expect(identity.region == "Kota Metro" && identity.opd == "DPMPTSP")
        #expect(identity.conflict?.title == "Kota Pasuruan")
    }

    @Test func kabAndKabupatenAreOneRegion() {
        let rows = [["PETA PROSES BISNIS KECAMATAN KLAMBU KABUPATEN GROBOGAN"]]
        #expect(SubmissionIdentity.resolve(source("Kab. Grobogan/Kecamatan Klambu.xlsx"), workbooks: [workbook(rows)]).conflict == nil)
    }

    @Test(arguments: [("lampiran (2)", true), ("Book1", true), ("Salinan dari DPMPTSP", true), ("revisi", true),
                      ("DPMPTSP", false), ("Dinas Pendidikan", false), ("Bagian Organisasi (2)", false)])
    func genericFileNames(name: String, generic: Bool) {
        #expect(SubmissionIdentity.isGeneric(name) == generic)
    }
}
