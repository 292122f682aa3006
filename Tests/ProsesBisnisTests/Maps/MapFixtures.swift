import Foundation
@testable import ProsesBisnis

/// Small inputs for the layouts, and generated large ones.
enum MapFixtures {
    /// `Tests/Golden/Maps/`, where the SVG snapshots are.
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden/Maps")

    static func activity(_ no: Int, _ text: String, output: String = "", main: Int, participants: [Int] = [],
                         mark: Severity? = nil, pj: String? = nil) -> LintasFungsiLayout.Activity {
        LintasFungsiLayout.Activity(no: "\(no)", uraian: text, output: output, main: main, participants: participants,
                                    unmatchedPJ: pj, id: "k\(no)", mark: mark)
    }

    static func lanes(_ names: [String]) -> [LintasFungsiLayout.Lane] {
        names.enumerated().map { LintasFungsiLayout.Lane(name: $1, id: "u\($0)") }
    }

    static func node(_ kode: String, _ nama: String, mark: Severity? = nil) -> MapNode {
        MapNode(kode: kode, nama: nama, id: "n-" + kode, mark: mark)
    }

    /// A deterministic sentence of `words` words, some long, for wrapping.
    static func sentence(_ seed: Int, words: Int) -> String {
        let vocabulary = ["Menyusun", "rencana", "kebutuhan", "sarana", "dan", "prasarana", "Pendidikan", "Anak",
                          "Usia", "Dini", "melakukan", "verifikasi", "usulan", "bantuan", "KeputusanKepalaDinasPendidikan",
                          "menandatangani", "berita", "acara", "serah", "terima", "SP2D", "laporan"]
        return (0..<words).map { vocabulary[(seed * 7 + $0 * 3) % vocabulary.count] }.joined(separator: " ")
    }

    /// 40 activities over 8 lanes, each shared by up to 3 units, with long texts and outputs.
    static func largeLintasFungsi() -> (lanes: [LintasFungsiLayout.Lane], activities: [LintasFungsiLayout.Activity]) {
        let lanes = lanes((0..<8).map { "Unit Kerja Nomor \($0) " + sentence($0, words: $0 % 4) })
        let activities = (0..<40).map { k in
            let main = (k * 5) % 8
            let participants = [(main + 1) % 8, (main + 3) % 8].prefix(k % 3)
            return activity(k + 1, sentence(k, words: 4 + k % 17), output: k % 4 == 0 ? "" : sentence(k + 3, words: 2 + k % 9),
                            main: main, participants: Array(participants).sorted(), mark: k % 7 == 0 ? .error : nil)
        }
        return (lanes, activities)
    }

    /// 30 processes in each of the three bands.
    static func largeBands() -> [ProsesMapLayout.Band] {
        ProsesMapLayout.bands(
            manajemen: (1...30).map { node("M.\($0)", sentence($0, words: 2 + $0 % 9)) },
            utama: (1...30).map { node("U.\($0)", sentence($0 + 1, words: 1 + $0 % 12), mark: $0 % 5 == 0 ? .warning : nil) },
            pendukung: (1...30).map { node("P.\($0)", sentence($0 + 2, words: 3 + $0 % 6)) },
            unknown: [], language: .id)
    }
}
