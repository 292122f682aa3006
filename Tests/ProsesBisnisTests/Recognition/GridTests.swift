import Spreadsheet
import Testing
@testable import ProsesBisnis

/// The grid as a reader of the printed sheet sees it: merged areas filled with their top-left
/// value (copies marked), hidden rows left out, cells in row and column order.
struct GridTests {
    private func grid(_ rows: [[String]], merged: [String] = [], hidden: [Int] = []) -> Grid {
        let built = SheetBuilder(name: "Lintas Fungsi", rows: rows, merged: merged).sheet
        let sheet = Sheet(name: built.name, cells: built.cells, mergedRanges: built.mergedRanges, hiddenRows: hidden)
        return Grid(sheet, file: nil, isCSV: false)
    }

    /// (column, text, merge copy, vertical copy) of each cell of a row.
    private func row(_ grid: Grid, _ row: Int) -> [String] {
        grid.cells(row).map { "\($0.column):\($0.text)\($0.isMergeCopy ? ($0.isVerticalCopy ? "|v" : "|h") : "")" }
    }

    @Test func mergedAreasAreFilledWithTheirTopLeftValueInColumnOrder() {
        let g = grid([["NO", "KEGIATAN", "", "OUTPUT"], ["1", "Menyusun", "", "Draf"], ["", "", "x", ""]],
                     merged: ["B1:C1", "A2:A3", "B2:C3"])
        #expect(row(g, 0) == ["0:NO", "1:KEGIATAN", "2:KEGIATAN|h", "3:OUTPUT"])
        #expect(row(g, 1) == ["0:1", "1:Menyusun", "2:Menyusun|h", "3:Draf"])
        // The copy takes the place of what the covered cell held (`x`).
        #expect(row(g, 2) == ["0:1|v", "1:Menyusun|v", "2:Menyusun|v"])
    }

    /// B1 lies in A1:C2 (its copy of `A` covers the `B` typed there), and C1 in both areas:
    /// the later area's copy, from B1's own `B`, is the one kept.
    @Test func ofTwoAreasOverOneCellTheLaterWins() {
        let g = grid([["A", "B", ""], ["", "", "z"]], merged: ["A1:C2", "B1:C1"])
        #expect(row(g, 0) == ["0:A", "1:A|h", "2:B|h"])
        #expect(row(g, 1) == ["0:A|v", "1:A|v", "2:A|v"])
    }

    @Test func hiddenRowsAreLeftOutAndNamedWhenTheyHoldSomething() {
        let g = grid([["NO", "KEGIATAN"], ["1", "Rahasia"], ["", ""], ["2", "Memeriksa"]], merged: ["A1:A4"], hidden: [1, 2])
        #expect(g.hiddenRowsWithContent == [1])
        #expect(row(g, 1).isEmpty && row(g, 2).isEmpty)
        // A copy reaches the visible row below the hidden ones, in place of its own cell.
        #expect(row(g, 3) == ["0:NO|v", "1:Memeriksa"])
    }

    @Test func anAreaWhoseTopLeftCellIsHiddenOrEmptyIsNotFilled() {
        let hiddenOrigin = grid([["", ""], ["Judul", ""], ["1", "Menyusun"]], merged: ["A2:B3"], hidden: [1])
        #expect(row(hiddenOrigin, 2) == ["0:1", "1:Menyusun"])
        let emptyOrigin = grid([["", "B"], ["1", ""]], merged: ["A1:A2"])
        #expect(row(emptyOrigin, 1) == ["0:1"])
    }

    @Test func copiesStopAtTheLastRowThatHoldsACell() {
        let g = grid([["Judul", ""], ["1", "Menyusun"]], merged: ["A1:B40"])
        #expect(g.rowCount == 2)
        #expect(row(g, 1) == ["0:Judul|v", "1:Judul|v"])
    }
}
