#!/usr/bin/env python3
"""Make the `.xls` reader fixtures in Tests/SpreadsheetTests/Fixtures/xls/.

Each workbook is written with openpyxl, then LibreOffice saves it twice, as `.xls` (Excel 97-2003,
BIFF8) and as `.xlsx`; XLSFixtureTests reads both and requires the same sheets, visibility, merged
ranges, hidden rows and cells. Kept apart from make-fixtures.py (whose manifest is cross-checked
with other readers) because here the reference is probis' own XLSX reader.

    python3 Scripts/make-xls-fixtures.py        # needs openpyxl and soffice on PATH

The files are small and committed; LibreOffice stamps the date into them, so a rerun changes
bytes but not content.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "SpreadsheetTests", "Fixtures", "xls")


def instrument(path):
    """Merged cells, a hidden and a very hidden sheet, a hidden row, multi-line text, codes typed as
    numbers, formulas with cached values of every kind, and long strings that make the SST cross
    CONTINUE records (one 8-bit, one that needs UTF-16, and 800 short ones)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Identifikasi Proses"
    ws.append(["NO", "PROSES", "JENIS PROSES", "KODE"])
    ws.append([1, "Perencanaan Pendidikan", "Utama", "MTR.01"])
    ws.append([2, "Pengelolaan\nKeuangan Daerah", "Pendukung", 1.1])
    ws.append([3, "Kabupaten Lumajang – «Jawa Timur»", "Inti", 1.10])
    ws.append(["baris lama", "tersembunyi", None, -42.5])
    ws.append(["=A2+A3", '=D2&"-X"', "=A3>A2", "=1/0", True, 1234567890123, 0.000001, "007"])
    ws["A8"] = "Keterangan gabungan"
    ws.merge_cells("A8:D8")
    ws["E8"] = "Vertikal"
    ws.merge_cells("E8:E9")
    ws.row_dimensions[5].hidden = True
    ws["A11"] = "panjang-" + "abcdefghij" * 1000
    ws["A12"] = "Ünïcödé ĕ " + "αβγδε" * 2000
    ref = wb.create_sheet("Referensi")
    for value in ["Utama", "Manajemen", "Pendukung"]:
        ref.append([value])
    ref.sheet_state = "hidden"
    old = wb.create_sheet("Versi Lama")
    old["A1"] = "lama"
    old.sheet_state = "veryHidden"
    many = wb.create_sheet("Banyak")
    for index in range(800):
        many.append([f"Kegiatan nomor {index} – unit {index % 17}", index * 1.5])
    wb.save(path)


def convert(soffice, source, extension, filter_name, outdir, profile):
    subprocess.run([soffice, "--headless", "--norestore", "-env:UserInstallation=file://" + profile,
                    "--convert-to", f"{extension}:{filter_name}", "--outdir", outdir, source],
                   check=True, capture_output=True, timeout=300, env=dict(os.environ, HOME=profile))


# The XLSX fixtures that make-fixtures.py also converts to .ods: XLSFixtureTests reads each .xls
# against its .xlsx, so the same workbook is checked as .xlsx, .xls and .ods.
FROM_XLSX = ["openpyxl-basic", "xlsxwriter-python", "libreoffice", "merged-cells", "sheet-order-visibility",
             "inline-strings", "rich-text-shared", "formula-cached", "missing-r-attributes",
             "xlsxwriter-constant-memory", "namespace-prefixed", "strict-ooxml", "ods/ods-features"]


def convert_xlsx_fixtures(soffice, tmp):
    fixtures = os.path.join(OUT, "..")
    sources = [os.path.join(fixtures, name + ".xlsx") for name in FROM_XLSX]
    for source in sources:
        convert(soffice, source, "xls", "MS Excel 97", OUT, os.path.join(tmp, "profile"))
    print("wrote %d .xls fixtures converted from XLSX fixtures" % len(sources))


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found")
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        convert_xlsx_fixtures(soffice, tmp)
        for name, build in [("instrument", instrument)]:
            source = os.path.join(tmp, "src", name + ".xlsx")
            os.makedirs(os.path.dirname(source), exist_ok=True)
            build(source)
            convert(soffice, source, "xls", "MS Excel 97", OUT, os.path.join(tmp, "profile"))
            convert(soffice, source, "xlsx", "Calc MS Excel 2007 XML", OUT, os.path.join(tmp, "profile"))
            print("wrote", name + ".xls", name + ".xlsx")


if __name__ == "__main__":
    main()
