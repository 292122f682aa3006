#!/usr/bin/env python3
"""Regenerate the spreadsheet-reader test fixtures and their manifest.

Writes every fixture into Tests/SpreadsheetTests/Fixtures/ (XLSX at the top,
CSV under csv/) together with manifest.json, which says for each file what a
correct reader must see (sheets, visibility, merged ranges, every non-empty
cell with its kind and value) or which error it must report.

How to run (from the repository root):

    python3 -m venv .venv                       # once; .venv/ is git-ignored
    .venv/bin/pip install openpyxl XlsxWriter python-calamine msoffcrypto-tool
    apt-get install -y --no-install-recommends libreoffice-calc-nogui   # optional
    .venv/bin/python Scripts/make-fixtures.py

What it needs:
  * Python 3.9+ with openpyxl and XlsxWriter (producers), openpyxl and
    python-calamine (independent readers used to verify the producer files).
  * msoffcrypto-tool (optional): makes encrypted-real.xlsx, a genuinely
    password-protected workbook (password "rahasia"); skipped if missing.
  * LibreOffice (`soffice` on PATH, optional): makes libreoffice.xlsx from a
    flat ODS document written by this script; skipped with a warning if
    missing, and the existing file (if any) is then left untouched and kept
    in the manifest only if it is present.

Determinism: hand-crafted files, CSV files and the XlsxWriter/openpyxl files
are byte-for-byte reproducible (zip timestamps are fixed at 1980-01-01 and
openpyxl's docProps/core.xml dates are pinned). The LibreOffice file is
reproducible only up to LibreOffice's own version; its zip entry timestamps
are patched in place (nothing else in its bytes is changed, so its data
descriptors and other zip quirks survive). encrypted-real.xlsx uses a random
salt unless msoffcrypto's
_random_buffer hook is present (it is pinned to a seeded RNG when it is).

The producer files are read back with openpyxl (data_only=True) and
python-calamine; the script fails loudly if either disagrees with the
manifest, except for the known reader quirks listed in KNOWN_QUIRKS. The
hand-crafted files are cross-checked the same way, but a disagreement there
is only recorded in the manifest ("crossCheck"), since several of them are
meant to trip up readers.

ODS: make_ods() has LibreOffice convert a set of the XLSX fixtures (ODS_FROM_XLSX) and
ods/ods-features.xlsx (hidden rows, codes typed as numbers, multi-line text) to ods/*.ods;
the Swift tests compare each .ods with its .xlsx. No manifest entries: the .xlsx is the truth.

Options:  --out DIR   write somewhere else (default: the fixture folder)
          --no-libreoffice   do not run soffice (an existing libreoffice.xlsx is
                             kept and still verified; ods/*.ods are kept)
          --only-ods  only regenerate ods/*.ods from the XLSX fixtures
"""

import argparse
import datetime
import importlib.metadata
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "Tests", "SpreadsheetTests", "Fixtures")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_DATE = datetime.datetime(2024, 1, 1, 0, 0, 0)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT_OFFICE = REL_NS + "/officeDocument"
RT_SHEET = REL_NS + "/worksheet"
RT_SST = REL_NS + "/sharedStrings"
CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

KNOWN_QUIRKS = """\
openpyxl 3.1 leaves _xHHHH_ escapes of control characters (_x000D_,
_x0009_) in shared strings undecoded (decoded before comparing);
python-calamine returns error cells (#DIV/0!, #N/A) as empty strings, so
error kinds are checked with openpyxl only; calamine returns every number as
float and date-formatted numbers as datetime (converted back to the serial
before comparing); openpyxl returns date-formatted numbers as datetime (same
conversion). Neither reader reports a formula cell that has no cached value."""

MANIFEST = []


# ---------------------------------------------------------------- helpers

def t(value):
    return {"kind": "text", "value": value}


def n(value, **extra):
    d = {"kind": "number", "value": value}
    d.update(extra)
    return d


def b(value, **extra):
    d = {"kind": "bool", "value": value}
    d.update(extra)
    return d


def e(value, **extra):
    d = {"kind": "error", "value": value}
    d.update(extra)
    return d


def sheet(name, cells, visibility="visible", merged=None, **extra):
    d = {"name": name, "visibility": visibility, "merged": merged or [], "cells": cells}
    d.update(extra)
    return d


def add(file, producer, sheets=None, expect="ok", error_kind=None, **extra):
    entry = {"file": file, "producer": producer, "expect": expect}
    if error_kind:
        entry["errorKind"] = error_kind
    if sheets is not None:
        entry["sheets"] = sheets
    entry.update(extra)
    MANIFEST.append(entry)
    return entry


def write_zip(path, parts, compresslevel=9):
    """parts: list of (name, bytes|str). Fixed timestamps, deflate."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zf:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zf.writestr(zi, data, compresslevel=compresslevel)


def rewrite_zip_fixed(path, transform=None):
    """Rewrite a zip with fixed timestamps, same entry order and compression."""
    with zipfile.ZipFile(path) as zf:
        entries = [(zi, zf.read(zi.filename)) for zi in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for zi, data in entries:
            if transform:
                data = transform(zi.filename, data)
            nzi = zipfile.ZipInfo(zi.filename, ZIP_TIME)
            nzi.compress_type = zi.compress_type
            nzi.external_attr = zi.external_attr
            zf.writestr(nzi, data)


def patch_zip_times_in_place(path):
    """Set every DOS time/date in local and central headers to 1980-01-01
    without touching anything else (keeps data descriptors, extra fields)."""
    data = bytearray(open(path, "rb").read())
    dos_time, dos_date = 0, (0 << 9) | (1 << 5) | 1
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        offsets = [zi.header_offset for zi in zf.infolist()]
        start_dir = zf.start_dir
    for off in offsets:
        assert data[off:off + 4] == b"PK\x03\x04"
        struct.pack_into("<HH", data, off + 10, dos_time, dos_date)
    pos = start_dir
    while data[pos:pos + 4] == b"PK\x01\x02":
        struct.pack_into("<HH", data, pos + 12, dos_time, dos_date)
        nlen, xlen, clen = struct.unpack_from("<HHH", data, pos + 28)
        pos += 46 + nlen + xlen + clen
    open(path, "wb").write(bytes(data))


def content_types(overrides, defaults=(("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                                       ("xml", "application/xml"))):
    s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="%s">' % CT_NS]
    for ext, ct in defaults:
        s.append('<Default Extension="%s" ContentType="%s"/>' % (ext, ct))
    for part, ct in overrides:
        s.append('<Override PartName="%s" ContentType="%s"/>' % (part, ct))
    s.append("</Types>")
    return "".join(s)


def rels(items, ns=PKG_REL_NS):
    s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">' % ns]
    for rid, typ, target in items:
        s.append('<Relationship Id="%s" Type="%s" Target="%s"/>' % (rid, typ, target))
    s.append("</Relationships>")
    return "".join(s)


def worksheet(sheet_data, extra="", dimension=None):
    dim = '<dimension ref="%s"/>' % dimension if dimension else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s" xmlns:r="%s">%s<sheetData>%s</sheetData>%s</worksheet>'
            % (MAIN_NS, REL_NS, dim, sheet_data, extra))


def sst(items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (MAIN_NS, len(items), len(items), "".join(items)))


def standard_package(sheets, shared=None):
    """sheets: list of (name, xml, state|None). Returns zip parts for a
    conventional transitional package."""
    overrides = [("/xl/workbook.xml", CT_WORKBOOK)]
    wb_rels, sheet_elems, parts = [], [], []
    for i, (name, xml, state) in enumerate(sheets, 1):
        overrides.append(("/xl/worksheets/sheet%d.xml" % i, CT_SHEET))
        wb_rels.append(("rId%d" % i, RT_SHEET, "worksheets/sheet%d.xml" % i))
        st = ' state="%s"' % state if state else ""
        sheet_elems.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (name, i, st, i))
        parts.append(("xl/worksheets/sheet%d.xml" % i, xml))
    if shared is not None:
        overrides.append(("/xl/sharedStrings.xml", CT_SST))
        wb_rels.append(("rId%d" % (len(sheets) + 1), RT_SST, "sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", shared))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
                % (MAIN_NS, REL_NS, "".join(sheet_elems)))
    return [("[Content_Types].xml", content_types(overrides)),
            ("_rels/.rels", rels([("rId1", RT_OFFICE, "xl/workbook.xml")])),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels(wb_rels))] + parts


def inl(ref, text):
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return '<c r="%s" t="inlineStr"><is><t%s>%s</t></is></c>' % (ref, sp, text)


# ---------------------------------------------------------------- producers

def make_openpyxl(out):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Identifikasi Proses"
    rows = [["NO", "PROSES", "JENIS PROSES", "KODE"],
            [1, "Perencanaan Pendidikan", "Utama", "MTR.01"],
            [2, "Pengelolaan Keuangan", "Pendukung", "MTR.02"]]
    for r in rows:
        ws.append(r)
    ws["A5"] = 1.1            # a code typed as a number
    ws["B5"] = -42
    ws["C5"] = 3.14159
    ws["D5"] = 6.02e23
    ws["E5"] = 1e-07
    ws["F5"] = 0.1
    ws["G5"] = 1234567890123
    ws["A6"] = True
    ws["B6"] = False
    ws["C6"] = "007"
    ws["D6"] = "  MTR.03 "
    ws["A7"] = "=SUM(A2:A3)"
    ws["A9"] = "Catatan: sel gabungan"
    ws.merge_cells("A9:D9")
    ws.merge_cells("F8:F9")
    ws["F8"] = "Vertikal"
    h = wb.create_sheet("Tersembunyi")
    h["A1"] = "rahasia"
    h.sheet_state = "hidden"
    vh = wb.create_sheet("SangatTersembunyi")
    vh["A1"] = "sangat rahasia"
    vh["A2"] = 99
    vh.sheet_state = "veryHidden"
    lamp = wb.create_sheet("Lampiran")
    lamp["B2"] = "Lampiran"
    lamp["C3"] = 0
    wb.properties.created = FIXED_DATE
    path = os.path.join(out, "openpyxl-basic.xlsx")
    wb.save(path)

    def pin_dates(name, data):
        if name == "docProps/core.xml":
            import re
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
        return data
    rewrite_zip_fixed(path, pin_dates)

    cells = {"A1": t("NO"), "B1": t("PROSES"), "C1": t("JENIS PROSES"), "D1": t("KODE"),
             "A2": n(1), "B2": t("Perencanaan Pendidikan"), "C2": t("Utama"), "D2": t("MTR.01"),
             "A3": n(2), "B3": t("Pengelolaan Keuangan"), "C3": t("Pendukung"), "D3": t("MTR.02"),
             "A5": n(1.1), "B5": n(-42), "C5": n(3.14159), "D5": n(6.02e23), "E5": n(1e-07),
             "F5": n(0.1), "G5": n(1234567890123),
             "A6": b(True), "B6": b(False), "C6": t("007"), "D6": t("  MTR.03 "),
             "A7": {"kind": "empty", "formula": "SUM(A2:A3)"},
             "A9": t("Catatan: sel gabungan"), "F8": t("Vertikal")}
    add("openpyxl-basic.xlsx", "openpyxl %s (Python)" % openpyxl.__version__, [
        sheet("Identifikasi Proses", cells, merged=["A9:D9", "F8:F9"]),
        sheet("Tersembunyi", {"A1": t("rahasia")}, "hidden"),
        sheet("SangatTersembunyi", {"A1": t("sangat rahasia"), "A2": n(99)}, "veryHidden"),
        sheet("Lampiran", {"B2": t("Lampiran"), "C3": n(0)}),
    ], note="openpyxl writes formulas without a cached value: A7 has <f>SUM(A2:A3)</f> and no <v>, "
            "listed with kind \"empty\" (a reader must not invent a value). Strings are shared strings. "
            "Zip timestamps and docProps/core.xml dates were pinned after saving.",
        producerKind="producer")


def make_xlsxwriter(out):
    import xlsxwriter
    path = os.path.join(out, "xlsxwriter-python.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_DATE, "title": "Tabel Sub Proses"})
    bold = wb.add_format({"bold": True})
    italic = wb.add_format({"italic": True})
    wrap = wb.add_format({"text_wrap": True})
    datef = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws = wb.add_worksheet("Tabel Sub Proses")
    ws.write_string("A1", "NO", bold)
    ws.write_string("B1", "SUB PROSES", bold)
    ws.write_string("C1", "KODE", bold)
    ws.write_number("A2", 1)
    ws.write_rich_string("B2", bold, "Perencanaan", italic, " Anggaran")
    ws.write_string("C2", "MTR.01.01")
    ws.write_number("A3", 2)
    ws.write_string("B3", "Penyusunan\nRencana Kerja", wrap)
    ws.write_string("C3", "MTR.01.02")
    ws.write_blank("D3", None, bold)  # styled empty cell: not a value
    ws.write_formula("A5", "=A2+A3", None, 3)
    ws.write_formula("B5", '=B2&"!"', None, "Perencanaan Anggaran!")
    ws.write_formula("C5", "=A2>A3", None, False)
    ws.write_formula("D5", "=1/0", None, "#DIV/0!")
    ws.write_formula("E5", "=A3=2", None, True)
    ws.write_string("A6", '=HYPERLINK("x")')
    ws.write_number("B6", 1.1)
    ws.write_number("C6", -0.5)
    ws.write_datetime("D6", datetime.datetime(2024, 1, 15), datef)
    ws.write_string("A7", "Dinas Pendidikan – Bidang Pembinaan\nSekolah Dasar (SD), Kecamatan Pasirian", wrap)
    ws.write_string("B7", "Baris satu\r\nBaris dua")
    ws.write_string("C7", "_x0041_ literal")
    ws.write_string("D7", "Kabupaten Lumajang — «Jawa Timur» ✓")
    ws.merge_range("A9:C9", "Keterangan gabungan", bold)
    ref = wb.add_worksheet("Referensi")
    for i, v in enumerate(["Utama", "Manajemen", "Pendukung"]):
        ref.write_string(i, 0, v)
    ref.hide()
    ws.activate()
    wb.close()

    cells = {"A1": t("NO"), "B1": t("SUB PROSES"), "C1": t("KODE"),
             "A2": n(1), "B2": t("Perencanaan Anggaran"), "C2": t("MTR.01.01"),
             "A3": n(2), "B3": t("Penyusunan\nRencana Kerja"), "C3": t("MTR.01.02"),
             "A5": n(3, formula="A2+A3"),
             "B5": {"kind": "text", "value": "Perencanaan Anggaran!", "formula": 'B2&"!"'},
             "C5": b(False, formula="A2>A3"),
             "D5": e("#DIV/0!", formula="1/0"),
             "E5": b(True, formula="A3=2"),
             "A6": t('=HYPERLINK("x")'), "B6": n(1.1), "C6": n(-0.5),
             "D6": n(45306, numFmt="dd/mm/yyyy", note="date 2024-01-15 stored as serial"),
             "A7": t("Dinas Pendidikan – Bidang Pembinaan\nSekolah Dasar (SD), Kecamatan Pasirian"),
             "B7": t("Baris satu\r\nBaris dua"),
             "C7": t("_x0041_ literal"),
             "D7": t("Kabupaten Lumajang — «Jawa Timur» ✓"),
             "A9": t("Keterangan gabungan")}
    add("xlsxwriter-python.xlsx", "XlsxWriter %s (Python)" % xlsxwriter.__version__, [
        sheet("Tabel Sub Proses", cells, merged=["A9:C9"]),
        sheet("Referensi", {"A1": t("Utama"), "A2": t("Manajemen"), "A3": t("Pendukung")}, "hidden"),
    ], note="B2 is a rich-text shared string (two runs). B7's CR is stored as _x000D_; C7's literal "
            "'_x0041_' is stored escaped as _x005F_x0041_. A6 is a string that looks like a formula. "
            "Formula cells carry cached values: t=\"str\" (B5), t=\"b\" (C5, E5), t=\"e\" (D5). "
            "D3 and the covered cells of A9:C9 are styled but empty.",
        producerKind="producer")

    # constant_memory mode: XlsxWriter writes inline strings instead of shared strings
    path = os.path.join(out, "xlsxwriter-constant-memory.xlsx")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    wb.set_properties({"created": FIXED_DATE})
    ws = wb.add_worksheet("Lintas Fungsi")
    data = [["NO", "KEGIATAN", "PELAKSANA", "OUTPUT"],
            [1, "Menyusun draf rencana", "Kepala Bidang", "Draf rencana"],
            [2, "Memeriksa draf", "Sekretaris", "Draf terverifikasi"],
            [3, "Menetapkan rencana", "Kepala Dinas", "Dokumen rencana"]]
    cells = {}
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            ws.write(r, c, v)
            ref = xlsxwriter.utility.xl_rowcol_to_cell(r, c)
            cells[ref] = n(v) if isinstance(v, int) else t(v)
    ws.write_string(5, 0, "  spasi di depan dan belakang  ")
    cells["A6"] = t("  spasi di depan dan belakang  ")
    wb.close()
    add("xlsxwriter-constant-memory.xlsx", "XlsxWriter %s (Python), constant_memory mode" % xlsxwriter.__version__,
        [sheet("Lintas Fungsi", cells)],
        note="constant_memory mode writes every string as an inline string (t=\"inlineStr\"), no sharedStrings part.",
        producerKind="producer")


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <number:boolean-style style:name="N99"><number:boolean/></number:boolean-style>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N99"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Identifikasi Proses" table:style-name="ta1">
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>NO</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>PROSES</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>JENIS PROSES</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>KODE</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">Perencanaan</text:span> Pendidikan</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Utama</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>MTR.01</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Pengelolaan</text:p><text:p>Keuangan Daerah</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Pendukung</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="1.1"><text:p>1.1</text:p></table:table-cell>
</table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="4"/></table:table-row>
<table:table-row>
 <table:table-cell office:value-type="float" office:value="-42"><text:p>-42</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="3.14159"><text:p>3.14159</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="1E-07"><text:p>1E-07</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="1234567890123"><text:p>1234567890123</text:p></table:table-cell>
 <table:table-cell table:style-name="ce2" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
 <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
 <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2024-01-15"><text:p>15/01/2024</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:formula="of:=[.A2]+[.A3]" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.D2]&amp;&quot;-X&quot;" office:value-type="string" office:string-value="MTR.01-X"><text:p>MTR.01-X</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.A3]&gt;[.A2]" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
 <table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"><text:p>#DIV/0!</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>=HYPERLINK(&quot;x&quot;)</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Kabupaten Lumajang – «Jawa Timur»</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>007</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:number-columns-spanned="4" table:number-rows-spanned="1" office:value-type="string"><text:p>Keterangan gabungan</text:p></table:table-cell>
 <table:covered-table-cell table:number-columns-repeated="3"/>
 <table:table-cell table:number-columns-spanned="1" table:number-rows-spanned="2" office:value-type="string"><text:p>Vertikal</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:number-columns-repeated="4"/>
 <table:covered-table-cell/>
</table:table-row>
</table:table>
<table:table table:name="Referensi" table:style-name="ta2">
<table:table-row><table:table-cell office:value-type="string"><text:p>Utama</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Manajemen</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Pendukung</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Lampiran" table:style-name="ta1">
<table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>Lampiran</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
"""


def make_libreoffice(out, enabled=True):
    soffice = enabled and (shutil.which("soffice") or shutil.which("libreoffice"))
    dest = os.path.join(out, "libreoffice.xlsx")
    if not soffice:
        print("WARNING: soffice not used; libreoffice.xlsx not regenerated", file=sys.stderr)
        if not os.path.exists(dest):
            return
        version = "LibreOffice (version unknown, file kept from an earlier run)"
    else:
        version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
        version = " ".join(version.split()[:2]) or "LibreOffice"
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "libreoffice.fods")
            open(src, "w", encoding="utf-8").write(FODS)
            env = dict(os.environ, HOME=tmp)  # private profile, no interference
            subprocess.run([soffice, "--headless", "--norestore", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, src],
                           check=True, capture_output=True, env=env, timeout=300)
            shutil.copyfile(os.path.join(tmp, "libreoffice.xlsx"), dest)
        patch_zip_times_in_place(dest)
    cells = {"A1": t("NO"), "B1": t("PROSES"), "C1": t("JENIS PROSES"), "D1": t("KODE"),
             "A2": n(1), "B2": t("Perencanaan Pendidikan"), "C2": t("Utama"), "D2": t("MTR.01"),
             "A3": n(2), "B3": t("Pengelolaan\nKeuangan Daerah"), "C3": t("Pendukung"), "D3": n(1.1),
             "A5": n(-42), "B5": n(3.14159), "C5": n(1e-07), "D5": n(1234567890123),
             "E5": b(True), "F5": n(0, note="a boolean FALSE without a boolean number format is "
                                                  "exported by LibreOffice as t=\"n\" 0"),
             "G5": n(45306, numFmt="dd/mm/yyyy", note="date 2024-01-15 stored as serial"),
             "A6": n(3, formula="A2+A3"),
             "B6": {"kind": "text", "value": "MTR.01-X", "formula": 'D2&"-X"'},
             "C6": b(True, formula="A3>A2"),
             "D6": e("#DIV/0!", formula="1/0"),
             "A7": t('=HYPERLINK("x")'), "B7": t("Kabupaten Lumajang – «Jawa Timur»"), "C7": t("007"),
             "A8": t("Keterangan gabungan"), "E8": t("Vertikal")}
    add("libreoffice.xlsx", version + " (soffice --headless --convert-to xlsx, from a flat ODS)", [
        sheet("Identifikasi Proses", cells, merged=["A8:D8", "E8:E9"]),
        sheet("Referensi", {"A1": t("Utama"), "A2": t("Manajemen"), "A3": t("Pendukung")}, "hidden"),
        sheet("Lampiran", {"B1": t("Lampiran")}),
    ], note="LibreOffice writes t=\"n\" explicitly, <f aca=\"false\">, styled empty cells (<c r=.. s=../>), "
            "zip entries with data descriptors, and B2 as a rich-text shared string (bold run). "
            "Two paragraphs in B3 become one string joined by \\n. Only the zip timestamps were patched.",
        producerKind="producer")


# ---------------------------------------------------------------- hand-crafted

HAND = "hand-crafted XML (Scripts/make-fixtures.py, Python zipfile)"


def make_inline_strings(out):
    rows = ('<row r="1">' + inl("A1", "KODE") + inl("B1", "PROSES") + "</row>"
            '<row r="2">' + inl("A2", "MTR.01") +
            '<c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>Perencanaan</t></r>'
            '<r><rPr><i/></rPr><t xml:space="preserve"> Pendidikan</t></r></is></c>'
            + inl("C2", "A &lt; B &amp; C") + "</row>"
            '<row r="3">' + inl("A3", "  spasi  ") + '<c r="B3"><v>7</v></c>'
            '<c r="C3" t="inlineStr"><is><t>Baris1\nBaris2</t></is></c></row>')
    write_zip(os.path.join(out, "inline-strings.xlsx"),
              standard_package([("Sheet1", worksheet(rows), None)]))
    add("inline-strings.xlsx", HAND, [sheet("Sheet1", {
        "A1": t("KODE"), "B1": t("PROSES"), "A2": t("MTR.01"), "B2": t("Perencanaan Pendidikan"),
        "C2": t("A < B & C"), "A3": t("  spasi  "), "B3": n(7), "C3": t("Baris1\nBaris2")})],
        note="t=\"inlineStr\" cells; B2 has two rich-text runs; no sharedStrings part.")


def make_rich_text_shared(out):
    items = [
        '<si><r><rPr><b/><sz val="11"/></rPr><t>Peta</t></r><r><t xml:space="preserve"> Proses</t></r>'
        '<rPh sb="0" eb="4"><t>ペタ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
        "<si><t>Baris1_x000D_&#10;Baris2</t></si>",
        "<si><t>Dinas &amp; Badan &lt;Daerah&gt;</t></si>",
        "<si><t>_x005F_x0041_</t></si>",
        '<si><t>Polos</t><rPh sb="0" eb="5"><t>ぽろす</t></rPh></si>',
        "<si><t>Kolom_x0009_Tab</t></si>",
        "<si><t>&#x2013; &#8212; caf&#233;</t></si>",
    ]
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>2</v></c></row>'
            '<row r="4"><c r="A4" t="s"><v>3</v></c></row>'
            '<row r="5"><c r="A5" t="s"><v>4</v></c></row>'
            '<row r="6"><c r="A6" t="s"><v>5</v></c></row>'
            '<row r="7"><c r="A7" t="s"><v>6</v></c></row>')
    write_zip(os.path.join(out, "rich-text-shared.xlsx"),
              standard_package([("Sheet1", worksheet(rows), None)], shared=sst(items)))
    add("rich-text-shared.xlsx", HAND, [sheet("Sheet1", {
        "A1": t("Peta Proses"), "B1": t("Peta Proses"), "A2": t("Baris1\r\nBaris2"),
        "A3": t("Dinas & Badan <Daerah>"), "A4": t("_x0041_"), "A5": t("Polos"),
        "A6": t("Kolom\tTab"), "A7": t("– — café")})],
        note="Shared strings with <r> runs and <rPh> phonetic runs (ignored), _x000D_/_x0009_ escapes, "
             "_x005F_ (escaped underscore: A4 must read literally '_x0041_'), character and entity references.")


def make_missing_r(out):
    rows = ('<row>' '<c t="inlineStr"><is><t>NO</t></is></c><c t="inlineStr"><is><t>PROSES</t></is></c></row>'
            '<row><c><v>1</v></c><c r="C2" t="inlineStr"><is><t>Loncat</t></is></c><c><v>3</v></c></row>'
            '<row r="5"><c><v>5</v></c><c r="C5"><v>6</v></c><c t="inlineStr"><is><t>D5</t></is></c></row>'
            '<row><c r="B6"><v>7</v></c></row>')
    write_zip(os.path.join(out, "missing-r-attributes.xlsx"),
              standard_package([("Sheet1", worksheet(rows), None)]))
    add("missing-r-attributes.xlsx", HAND, [sheet("Sheet1", {
        "A1": t("NO"), "B1": t("PROSES"), "A2": n(1), "C2": t("Loncat"), "D2": n(3),
        "A5": n(5), "C5": n(6), "D5": t("D5"), "B6": n(7)})],
        note="A row without r follows the previous row (first row = 1); a cell without r follows the previous "
             "cell in its row (first cell = column A). Rows 3-4 are absent because row 3 of the XML says r=\"5\".")


def make_namespace_prefixed(out):
    X = MAIN_NS
    wb = ('<?xml version="1.0" encoding="utf-8"?>\n<x:workbook xmlns:r="%s" xmlns:x="%s">'
          '<x:sheets><x:sheet name="Data" sheetId="1" r:id="R1a2b"/><x:sheet name="Tersembunyi" sheetId="2" '
          'state="hidden" r:id="R9f"/></x:sheets></x:workbook>' % (REL_NS, X))
    ws1 = ('<?xml version="1.0" encoding="utf-8"?>\n<x:worksheet xmlns:x="%s"><x:sheetData>'
           '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>'
           '<x:row r="2"><x:c r="A2" t="n"><x:v>1</x:v></x:c><x:c r="B2" t="str"><x:f>"MTR."&amp;"01"</x:f>'
           '<x:v>MTR.01</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>sebaris</x:t></x:is></x:c></x:row>'
           '<x:row r="3"><x:c r="A3" t="b"><x:v>1</x:v></x:c><x:c r="B3"><x:v>2.5</x:v></x:c></x:row>'
           '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C3:D3"/></x:mergeCells></x:worksheet>' % X)
    ws2 = ('<?xml version="1.0" encoding="utf-8"?>\n<x:worksheet xmlns:x="%s"><x:sheetData>'
           '<x:row r="1"><x:c r="A1" t="s"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>' % X)
    ss = ('<?xml version="1.0" encoding="utf-8"?>\n<x:sst xmlns:x="%s" count="3" uniqueCount="3">'
          '<x:si><x:t>KODE</x:t></x:si><x:si><x:r><x:t>PRO</x:t></x:r><x:r><x:t>SES</x:t></x:r></x:si>'
          '<x:si><x:t>rahasia</x:t></x:si></x:sst>' % X)
    parts = [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WORKBOOK),
                                               ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/worksheets/sheet2.xml", CT_SHEET),
                                               ("/xl/sharedStrings.xml", CT_SST)])),
        ("_rels/.rels", rels([("R0", RT_OFFICE, "/xl/workbook.xml")])),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels([("R1a2b", RT_SHEET, "/xl/worksheets/sheet1.xml"),
                                             ("R9f", RT_SHEET, "/xl/worksheets/sheet2.xml"),
                                             ("Rss", RT_SST, "/xl/sharedStrings.xml")])),
        ("xl/worksheets/sheet1.xml", ws1),
        ("xl/worksheets/sheet2.xml", ws2),
        ("xl/sharedStrings.xml", ss),
    ]
    write_zip(os.path.join(out, "namespace-prefixed.xlsx"), parts)
    add("namespace-prefixed.xlsx", HAND, [
        sheet("Data", {"A1": t("KODE"), "B1": t("PROSES"), "A2": n(1),
                       "B2": {"kind": "text", "value": "MTR.01", "formula": '"MTR."&"01"'},
                       "C2": t("sebaris"), "A3": b(True), "B3": n(2.5)}, merged=["C3:D3"]),
        sheet("Tersembunyi", {"A1": t("rahasia")}, "hidden")],
        note="Every SpreadsheetML element carries an x: prefix (as the Open XML SDK and web exporters write); "
             "the default namespace is unused. Relationship ids are not rIdN and targets are absolute.")


def make_strict(out):
    S = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    SR = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s" '
          'conformance="strict"><sheets><sheet name="Strict" sheetId="1" r:id="rId1"/>'
          '<sheet name="Kedua" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>' % (S, SR))
    ws1 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s" xmlns:r="%s">'
           '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
           '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2"><f>A2*10</f><v>10</v></c></row>'
           '</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells></worksheet>' % (S, SR))
    ws2 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s">'
           '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kedua</t></is></c></row></sheetData></worksheet>' % S)
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="3" uniqueCount="3">'
          '<si><t>NO</t></si><si><t>PROSES</t></si><si><t>Perencanaan</t></si></sst>' % S)
    parts = [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WORKBOOK),
                                               ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/worksheets/sheet2.xml", CT_SHEET),
                                               ("/xl/sharedStrings.xml", CT_SST)])),
        ("_rels/.rels", rels([("rId1", SR + "/officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", SR + "/worksheet", "worksheets/sheet1.xml"),
                                             ("rId2", SR + "/worksheet", "worksheets/sheet2.xml"),
                                             ("rId3", SR + "/sharedStrings", "sharedStrings.xml")])),
        ("xl/worksheets/sheet1.xml", ws1),
        ("xl/worksheets/sheet2.xml", ws2),
        ("xl/sharedStrings.xml", ss),
    ]
    write_zip(os.path.join(out, "strict-ooxml.xlsx"), parts)
    add("strict-ooxml.xlsx", HAND, [
        sheet("Strict", {"A1": t("NO"), "B1": t("PROSES"), "A2": n(1), "B2": t("Perencanaan"),
                         "C2": n(10, formula="A2*10")}, merged=["A4:B4"]),
        sheet("Kedua", {"A1": t("kedua")}, "hidden")],
        note="ISO 29500 Strict: SpreadsheetML namespace http://purl.oclc.org/ooxml/spreadsheetml/main, "
             "r:id namespace and relationship types under http://purl.oclc.org/ooxml/officeDocument/relationships/. "
             "OPC parts ([Content_Types].xml, .rels namespace) are the same as in transitional files.")


def make_nonstandard_parts(out):
    parts = [
        ("[Content_Types].xml", content_types([("/xl/wb.xml", CT_WORKBOOK),
                                               ("/xl/ws/data1.xml", CT_SHEET),
                                               ("/xl/ws/data2.xml", CT_SHEET),
                                               ("/xl/strs/sst.xml", CT_SST)])),
        ("_rels/.rels", rels([("rId1", RT_OFFICE, "/xl/wb.xml")])),
        ("xl/wb.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">'
                      '<sheets><sheet name="Utama" sheetId="1" r:id="rIdA"/><sheet name="Kedua" sheetId="2" r:id="rIdB"/>'
                      '</sheets></workbook>' % (MAIN_NS, REL_NS)),
        ("xl/_rels/wb.xml.rels", rels([("rIdA", RT_SHEET, "/xl/ws/data1.xml"),
                                       ("rIdB", RT_SHEET, "ws/data2.xml"),
                                       ("rIdS", RT_SST, "../xl/strs/sst.xml")])),
        ("xl/ws/data1.xml", worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>')),
        ("xl/ws/data2.xml", worksheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>')),
        ("xl/strs/sst.xml", sst(["<si><t>lewat rels absolut</t></si>", "<si><t>lewat rels relatif</t></si>"])),
        # decoys a reader must not pick up by guessing conventional names
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>UMPAN</t></is></c></row>')),
    ]
    write_zip(os.path.join(out, "nonstandard-part-names.xlsx"), parts)
    add("nonstandard-part-names.xlsx", HAND, [
        sheet("Utama", {"A1": t("lewat rels absolut"), "B1": n(1)}),
        sheet("Kedua", {"A1": t("lewat rels relatif")})],
        note="Workbook at xl/wb.xml (found via _rels/.rels, absolute target), sheets at xl/ws/data1.xml "
             "(absolute target) and xl/ws/data2.xml (relative target), shared strings at xl/strs/sst.xml "
             "(relative target with '..'). xl/worksheets/sheet1.xml is an unreferenced decoy (text UMPAN) "
             "that must not be read.")


def make_formula_cached(out):
    rows = ('<row r="1"><c r="A1"><v>10</v></c><c r="B1"><f>A1*2</f><v>20</v></c></row>'
            '<row r="2"><c r="A2"><v>0</v></c><c r="B2" t="str"><f>"Kode-"&amp;A1</f><v>Kode-10</v></c></row>'
            '<row r="3"><c r="B3" t="b"><f>A1&gt;A2</f><v>1</v></c></row>'
            '<row r="4"><c r="B4" t="e"><f>A1/A2</f><v>#DIV/0!</v></c></row>'
            '<row r="5"><c r="B5" t="e"><v>#N/A</v></c></row>'
            '<row r="6"><c r="B6"><f>A1+1</f></c></row>'
            '<row r="7"><c r="B7"><f t="shared" ref="B7:B8" si="0">A1+A2</f><v>10</v></c></row>'
            '<row r="8"><c r="B8"><f t="shared" si="0"/><v>0</v></c></row>'
            '<row r="10"><c r="B10" t="b"><f>A1&lt;A2</f><v>0</v></c></row>'
            '<row r="11"><c r="B11" t="n"><v>1.5E-3</v></c><c r="C11"><v>-2.5E+2</v></c></row>'
            '<row r="12"><c r="B12" t="e"><f>VLOOKUP(1,A1:A2,3,FALSE)</f><v>#REF!</v></c></row>')
    write_zip(os.path.join(out, "formula-cached.xlsx"), standard_package([("Rumus", worksheet(rows), None)]))
    add("formula-cached.xlsx", HAND, [sheet("Rumus", {
        "A1": n(10), "B1": n(20, formula="A1*2"), "A2": n(0),
        "B2": {"kind": "text", "value": "Kode-10", "formula": '"Kode-"&A1'},
        "B3": b(True, formula="A1>A2"), "B4": e("#DIV/0!", formula="A1/A2"), "B5": e("#N/A"),
        "B6": {"kind": "empty", "formula": "A1+1"},
        "B7": n(10, formula="A1+A2"), "B8": n(0, formula="A2+A3", note="shared formula, si=0; text derived"),
        "B10": b(False, formula="A1<A2"), "B11": n(0.0015), "C11": n(-250),
        "B12": e("#REF!", formula="VLOOKUP(1,A1:A2,3,FALSE)")})],
        note="Cached formula results of every type. B6 has a formula and no <v>: listed with kind \"empty\" "
             "(no cached value). B8 uses a shared formula (<f t=\"shared\" si=\"0\"/>) whose value is the cached 0.")


def make_sheet_order(out):
    # part numbers deliberately differ from workbook order
    sheets_in_order = [("Ketiga", 3, "rId5", None), ("Pertama", 1, "rId2", "hidden"),
                       ("Kedua", 2, "rId9", "veryHidden"), ("Keempat", 4, "rId1", "visible")]
    overrides = [("/xl/workbook.xml", CT_WORKBOOK)]
    wb_rels, elems, parts = [], [], []
    for name, num, rid, state in sheets_in_order:
        part = "xl/worksheets/sheet%d.xml" % num
        overrides.append(("/" + part, CT_SHEET))
        wb_rels.append((rid, RT_SHEET, "worksheets/sheet%d.xml" % num))
        st = ' state="%s"' % state if state else ""
        elems.append('<sheet name="%s" sheetId="%d"%s r:id="%s"/>' % (name, num + 10, st, rid))
        parts.append((part, worksheet('<row r="1">%s</row>' % inl("A1", "isi sheet%d.xml" % num))))
    parts.sort()
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">'
                '<bookViews><workbookView activeTab="0"/></bookViews><sheets>%s</sheets></workbook>'
                % (MAIN_NS, REL_NS, "".join(elems)))
    wb_rels.sort(key=lambda r: r[2])
    write_zip(os.path.join(out, "sheet-order-visibility.xlsx"),
              [("[Content_Types].xml", content_types(overrides)),
               ("_rels/.rels", rels([("rId1", RT_OFFICE, "xl/workbook.xml")])),
               ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", rels(wb_rels))] + parts)
    add("sheet-order-visibility.xlsx", HAND, [
        sheet("Ketiga", {"A1": t("isi sheet3.xml")}),
        sheet("Pertama", {"A1": t("isi sheet1.xml")}, "hidden"),
        sheet("Kedua", {"A1": t("isi sheet2.xml")}, "veryHidden"),
        sheet("Keempat", {"A1": t("isi sheet4.xml")}, "visible")],
        note="Sheet order is the order of <sheet> in workbook.xml, not part numbers, sheetId or rId order. "
             "Keempat has an explicit state=\"visible\".")


def make_merged(out):
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>JUDUL TABEL</t></is></c><c r="B1" s="0"/><c r="C1" s="0"/>'
            '<c r="D1" s="0"/></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Proses</t></is></c><c r="B2"><v>1</v></c>'
            '<c r="C2"><v>2</v></c><c r="D2"><v>3</v></c></row>'
            '<row r="3"><c r="A3" s="0"/><c r="B3" t="inlineStr"><is><t>Blok</t></is></c></row>'
            '<row r="4"><c r="A4" s="0"/><c r="B4" s="0"/><c r="C4" s="0"/></row>'
            '<row r="6"><c r="A6" s="0"/><c r="B6" t="inlineStr"><is><t>kosong di kiri-atas</t></is></c></row>')
    merges = '<mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="A2:A4"/><mergeCell ref="B3:C4"/>' \
             '<mergeCell ref="A6:B6"/></mergeCells>'
    write_zip(os.path.join(out, "merged-cells.xlsx"),
              standard_package([("Gabungan", worksheet(rows, merges), None)]))
    add("merged-cells.xlsx", HAND, [sheet("Gabungan", {
        "A1": t("JUDUL TABEL"), "A2": t("Proses"), "B2": n(1), "C2": n(2), "D2": n(3), "B3": t("Blok"),
        "B6": t("kosong di kiri-atas")}, merged=["A1:D1", "A2:A4", "B3:C4", "A6:B6"])],
        note="Horizontal, vertical and block merges; covered cells exist as styled empty <c s=\"0\"/>. "
             "A6:B6 has an empty top-left and text in a covered cell (B6): Excel shows nothing, LibreOffice "
             "keeps hidden content; the cell is listed because it is in the XML.")


def make_empty_sheet(out):
    write_zip(os.path.join(out, "empty-sheet.xlsx"), standard_package([
        ("Kosong", worksheet(""), None),
        ("TanpaBaris", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<worksheet xmlns="%s"><dimension ref="A1"/><sheetData/></worksheet>' % MAIN_NS, None),
        ("HanyaGaya", worksheet('<row r="1" ht="20" customHeight="1"><c r="A1" s="0"/><c r="B1" s="0"/></row>'
                                '<row r="2"/>'), None)]))
    add("empty-sheet.xlsx", HAND, [sheet("Kosong", {}), sheet("TanpaBaris", {}), sheet("HanyaGaya", {})],
        note="No values at all: <sheetData></sheetData>, <sheetData/>, and rows holding only styled empty cells.")


def make_far_refs(out):
    rows = ('<row r="1"><c r="Z1"><v>26</v></c><c r="AA1"><v>27</v></c><c r="AZ1"><v>52</v></c>'
            '<c r="BA1"><v>53</v></c><c r="ZZ1"><v>702</v></c><c r="AAA1"><v>703</v></c></row>'
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>pojok</t></is></c></row>')
    write_zip(os.path.join(out, "far-cell-refs.xlsx"),
              standard_package([("Jauh", worksheet(rows, dimension="Z1:XFD1048576"), None)]))
    add("far-cell-refs.xlsx", HAND, [sheet("Jauh", {
        "Z1": n(26), "AA1": n(27), "AZ1": n(52), "BA1": n(53), "ZZ1": n(702), "AAA1": n(703),
        "XFD1048576": t("pojok")})], skipReaders=["calamine"],
        note="Column letters across the Z/AA, AZ/BA, ZZ/AAA boundaries and the last cell of the grid. "
             "A reader must not allocate the full dense grid.")


def bomb_parts(size):
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>bom</t></is></c></row>' % MAIN_NS).encode()
    tail = b"</sheetData></worksheet>"
    return head, size - len(head) - len(tail), tail


def write_bomb(path, size):
    base = standard_package([("Sheet1", "", None)])
    head, pad, tail = bomb_parts(size)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in base:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if name != "xl/worksheets/sheet1.xml":
                zf.writestr(zi, data, compresslevel=9)
                continue
            for attr in ("compress_level", "_compresslevel"):  # 3.13+ / older
                try:
                    setattr(zi, attr, 9)
                    break
                except AttributeError:
                    pass
            with zf.open(zi, "w") as f:
                f.write(head)
                chunk = b" " * (1 << 20)
                left = pad
                while left > 0:
                    f.write(chunk[:min(left, len(chunk))])
                    left -= len(chunk)
                f.write(tail)


def make_bombs(out):
    size = 200 * 1024 * 1024
    p = os.path.join(out, "zip-bomb.xlsx")
    write_bomb(p, size)
    with zipfile.ZipFile(p) as zf:
        zi = zf.getinfo("xl/worksheets/sheet1.xml")
        declared, comp = zi.file_size, zi.compress_size
    add("zip-bomb.xlsx", HAND, expect="error", error_kind="zipBomb",
        declaredUncompressedSize=declared, compressedSize=comp, actualUncompressedSize=size,
        note="xl/worksheets/sheet1.xml is valid sheet XML padded with %d spaces (%.0f:1). The declared "
             "size is honest. A reader with a per-part or total inflate limit below 200 MiB, or a ratio "
             "limit, must refuse it; one without limits would read A1 = 'bom'." % (size - 150, size / comp))

    p = os.path.join(out, "zip-bomb-lying-size.xlsx")
    write_bomb(p, size)
    lie = 4096
    data = bytearray(open(p, "rb").read())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        zi = zf.getinfo("xl/worksheets/sheet1.xml")
        start_dir = zf.start_dir
        off = zi.header_offset
    assert data[off:off + 4] == b"PK\x03\x04" and not (zi.flag_bits & 8)
    struct.pack_into("<I", data, off + 22, lie)
    pos = start_dir
    while data[pos:pos + 4] == b"PK\x01\x02":
        nlen, xlen, clen = struct.unpack_from("<HHH", data, pos + 28)
        if data[pos + 46:pos + 46 + nlen] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, pos + 24, lie)
        pos += 46 + nlen + xlen + clen
    open(p, "wb").write(bytes(data))
    add("zip-bomb-lying-size.xlsx", HAND, expect="error", error_kind="zipBomb",
        declaredUncompressedSize=lie, compressedSize=zi.compress_size, actualUncompressedSize=size,
        alsoAcceptable=["corrupt"],
        note="Local header and central directory both claim xl/worksheets/sheet1.xml is 4096 bytes; the "
             "deflate stream inflates to 200 MiB (the CRC is that of the full 200 MiB). A reader must stop "
             "inflating at the declared size (or its own limit) and fail, never trust the size to allocate "
             "and then overrun it.")


def make_dtd(out):
    ents = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10)
                                      for i in range(1, 10)]
    shared = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [\n %s\n]>\n'
              '<sst xmlns="%s" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>' % ("\n ".join(ents), MAIN_NS))
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    write_zip(os.path.join(out, "dtd-entity.xlsx"),
              standard_package([("Sheet1", worksheet(rows), None)], shared=shared))
    add("dtd-entity.xlsx", HAND, expect="error", error_kind="dtd",
        note="sharedStrings.xml has a DOCTYPE with a billion-laughs entity chain (10^9 x 'lol'). "
             "A reader must refuse DTDs (or at least never expand entities).")

    sheet_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM '
                 '"file:///etc/hostname"> ]>\n<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr">'
                 '<is><t>&xxe;</t></is></c></row></sheetData></worksheet>' % MAIN_NS)
    write_zip(os.path.join(out, "dtd-external-entity.xlsx"), standard_package([("Sheet1", sheet_xml, None)]))
    add("dtd-external-entity.xlsx", HAND, expect="error", error_kind="dtd",
        note="Sheet part declares an external entity (file:///etc/hostname) and uses it in A1 (XXE). "
             "A reader must refuse it and must never read the file.")


def make_non_zip(out):
    open(os.path.join(out, "not-a-zip.xlsx"), "wb").write(
        b"NO;PROSES;KODE\r\n1;Perencanaan Pendidikan;MTR.01\r\n")
    add("not-a-zip.xlsx", "hand-written bytes (Scripts/make-fixtures.py)", expect="error", error_kind="notZip",
        note="A CSV text renamed to .xlsx.")
    html = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>'
            '<table><tr><td>NO</td><td>PROSES</td></tr><tr><td>1</td><td>Perencanaan</td></tr></table>'
            '</body></html>\n')
    open(os.path.join(out, "html-disguised.xlsx"), "wb").write(html.encode())
    add("html-disguised.xlsx", "hand-written bytes (Scripts/make-fixtures.py)", expect="error", error_kind="notZip",
        note="An HTML table saved with an .xlsx name, as some web applications export 'Excel' files.")
    junk = bytes((i * 37 + 11) & 0xFF for i in range(1528))
    open(os.path.join(out, "encrypted-like.xlsx"), "wb").write(
        bytes.fromhex("D0CF11E0A1B11AE1") + junk)
    add("encrypted-like.xlsx", "hand-written bytes (Scripts/make-fixtures.py)", expect="error", error_kind="encrypted",
        alsoAcceptable=["notZip"],
        note="OLE2/CFB magic D0 CF 11 E0 A1 B1 1A E1 followed by junk. Password-protected .xlsx files (and "
             "legacy .xls) start like this; a reader should say 'encrypted or legacy .xls', not 'corrupt zip'.")


def make_truncated(out):
    src = open(os.path.join(out, "xlsxwriter-python.xlsx"), "rb").read()
    open(os.path.join(out, "truncated.xlsx"), "wb").write(src[:len(src) // 2])
    add("truncated.xlsx", "first half of xlsxwriter-python.xlsx", expect="error", error_kind="truncated",
        alsoAcceptable=["notZip"],
        note="Starts with PK\\x03\\x04 but has no central directory / end-of-central-directory record "
             "(the file was cut in half).")


def make_encrypted_real(out):
    try:
        import msoffcrypto
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("WARNING: msoffcrypto-tool not installed; encrypted-real.xlsx not regenerated", file=sys.stderr)
        return
    dest = os.path.join(out, "encrypted-real.xlsx")
    # Pin msoffcrypto's salts/keys so the file is reproducible (test data, not real secrecy).
    import random
    rng = random.Random(20240101)
    try:
        from msoffcrypto.method import ecma376_agile
        saved = ecma376_agile._random_buffer
        ecma376_agile._random_buffer = lambda sz: bytes(rng.getrandbits(8) for _ in range(sz))
    except (ImportError, AttributeError):
        ecma376_agile, saved = None, None
    try:
        from msoffcrypto.method.container import ecma376_encrypted as container
        saved_dt = container.datetime

        class _FixedDateTime(datetime.datetime):
            @classmethod
            def now(cls, tz=None):
                return cls(2024, 1, 1)
        container.datetime = _FixedDateTime
    except (ImportError, AttributeError):
        container, saved_dt = None, None
    # Source must be > 4 KiB: msoffcrypto 5.x/6.x mis-writes small packages (its
    # own decrypt then fails), so the larger XlsxWriter file is encrypted.
    src = os.path.join(out, "xlsxwriter-python.xlsx")
    try:
        with open(src, "rb") as f:
            buf = io.BytesIO()
            OOXMLFile(f).encrypt("rahasia", buf)
    finally:
        if saved is not None:
            ecma376_agile._random_buffer = saved
        if saved_dt is not None:
            container.datetime = saved_dt
    check = msoffcrypto.OfficeFile(io.BytesIO(buf.getvalue()))
    check.load_key(password="rahasia")
    plain = io.BytesIO()
    check.decrypt(plain)
    if plain.getvalue() != open(src, "rb").read():
        raise SystemExit("encrypted-real.xlsx does not decrypt back to xlsxwriter-python.xlsx")
    open(dest, "wb").write(buf.getvalue())
    add("encrypted-real.xlsx", "msoffcrypto-tool %s (ECMA-376 agile encryption of xlsxwriter-python.xlsx)"
        % importlib.metadata.version("msoffcrypto-tool"), expect="error", error_kind="encrypted",
        note="A genuinely password-protected workbook (password 'rahasia'): a CFB container with "
             "EncryptionInfo and EncryptedPackage streams. Salts are pinned with a seeded RNG so the file is "
             "reproducible with the same msoffcrypto-tool version.")


# ---------------------------------------------------------------- CSV

def make_csv(out):
    d = os.path.join(out, "csv")
    os.makedirs(d, exist_ok=True)

    def w(name, data, sheets_cells, **meta):
        open(os.path.join(d, name), "wb").write(data)
        stem = os.path.splitext(name)[0]
        add("csv/" + name, "hand-written bytes (Scripts/make-fixtures.py)",
            [sheet(stem, sheets_cells)], note="CSV cells are raw text; number inference is reader policy.",
            **meta)

    def grid(rows):
        """rows: list of (line_number, [fields]) -> A1 cells (text), skipping empty fields"""
        cells = {}
        for line, fields in rows:
            for i, v in enumerate(fields):
                if v != "":
                    cells["%s%d" % (chr(65 + i), line)] = t(v)
        return cells

    recs = [["NO", "PROSES", "JENIS PROSES", "KODE"],
            ["1", "Perencanaan Pendidikan", "Utama", "MTR.01"],
            ["2", "Pengelolaan Keuangan", "Pendukung", "MTR.02"],
            ["3", "Layanan Perizinan", "", "MTR.03"]]
    w("semicolon-bom.csv", b"\xef\xbb\xbf" + "".join(";".join(r) + "\r\n" for r in recs).encode(),
      grid([(i + 1, r) for i, r in enumerate(recs)]),
      encoding="utf-8-bom", delimiter=";", lineEnding="CRLF")

    sep = [["NO", "PROSES", "KODE"], ["1", "Perencanaan", "MTR.01"], ["2", "Evaluasi", "MTR.02"]]
    w("sep-line.csv", ("sep=;\n" + "".join(";".join(r) + "\n" for r in sep)).encode(),
      grid([(i + 2, r) for i, r in enumerate(sep)]),
      encoding="utf-8", delimiter=";", lineEnding="LF",
      note2="Line 1 'sep=;' is Excel's delimiter hint, not a record; the header is on line 2 (row 2).")

    data = ('NO,PROSES,KETERANGAN,KODE\n'
            '1,"Perencanaan ""Strategis"" Daerah","Baris pertama\nbaris kedua",MTR.01\n'
            '2,Pengelolaan Keuangan,"Koma, di dalam",MTR.02\n'
            '3,"",,"MTR.03"\n')
    w("comma-quoted-newline.csv", data.encode(), {
        "A1": t("NO"), "B1": t("PROSES"), "C1": t("KETERANGAN"), "D1": t("KODE"),
        "A2": t("1"), "B2": t('Perencanaan "Strategis" Daerah'), "C2": t("Baris pertama\nbaris kedua"),
        "D2": t("MTR.01"),
        "A4": t("2"), "B4": t("Pengelolaan Keuangan"), "C4": t("Koma, di dalam"), "D4": t("MTR.02"),
        "A5": t("3"), "D5": t("MTR.03")},
        encoding="utf-8", delimiter=",", lineEnding="LF",
        note2="The record starting on line 2 spans lines 2-3, so the next record is row 4.")

    tab = [["NO", "PROSES", "JENIS PROSES", "KODE"],
           ["1", "Perencanaan Pendidikan", "Utama", "1.1"],
           ["2", "Pembinaan Sekolah", "Utama", "1.2"]]
    w("tab.tsv", "\n".join("\t".join(r) for r in tab).encode(),
      grid([(i + 1, r) for i, r in enumerate(tab)]),
      encoding="utf-8", delimiter="\t", lineEnding="LF", note2="No newline after the last record.")

    cp = [["NO", "PROSES", "KETERANGAN"],
          ["1", "Pendidikan Anak Usia Dini", "\u201cKurikulum\u201d caf\u00e9 \u2013 PAUD"]]
    w("windows-1252.csv", "".join(";".join(r) + "\r\n" for r in cp).encode("cp1252"),
      grid([(i + 1, r) for i, r in enumerate(cp)]),
      encoding="windows-1252", delimiter=";", lineEnding="CRLF",
      note2="Bytes 0x93/0x94 (curly quotes), 0xE9 (e acute) and 0x96 (en dash) are not valid UTF-8.")

    u16 = [["NO", "PROSES", "UNIT"], ["1", "Ketertiban Umum", "Satpol PP \u2013 Bidang Trantib"],
           ["2", "Pemadam Kebakaran", "Dinas Damkar"]]
    w("utf16le-bom.csv", b"\xff\xfe" + "".join("\t".join(r) + "\r\n" for r in u16).encode("utf-16-le"),
      grid([(i + 1, r) for i, r in enumerate(u16)]),
      encoding="utf-16le-bom", delimiter="\t", lineEnding="CRLF",
      note2="What Excel's 'Unicode Text' export writes.")

    cr = [["NO", "PROSES", "KODE"], ["1", "Perencanaan", "MTR.01"], ["2", "Evaluasi", "MTR.02"]]
    w("cr-only.csv", "".join(",".join(r) + "\r" for r in cr).encode(),
      grid([(i + 1, r) for i, r in enumerate(cr)]),
      encoding="utf-8", delimiter=",", lineEnding="CR")

    w("empty.csv", b"", {}, encoding="utf-8", delimiter=None, lineEnding=None,
      note2="0 bytes: one sheet named 'empty' with no cells (a reader may instead report an empty file).")


# ---------------------------------------------------------------- ODS (LibreOffice conversions)

# XLSX fixtures that LibreOffice converts to ods/<name>.ods. Tests/SpreadsheetTests/ODS reads each
# .ods and its .xlsx and asserts the same sheets, cells, merges and hidden rows, apart from the
# changes LibreOffice itself makes on the way (listed in that test).
ODS_FROM_XLSX = ["openpyxl-basic", "xlsxwriter-python", "libreoffice", "merged-cells", "sheet-order-visibility",
                 "inline-strings", "rich-text-shared", "formula-cached", "missing-r-attributes",
                 "xlsxwriter-constant-memory", "namespace-prefixed", "strict-ooxml"]


def make_ods_features_source(path):
    """ods/ods-features.xlsx: what the instrument tables need and the other fixtures lack, hidden
    rows above all (written with openpyxl, converted to .ods by make_ods)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sub Proses"
    rows = [["NO", "KODE", "SUB PROSES", "KETERANGAN"],
            [1, 1.1, "Perencanaan\nAnggaran", "kode angka"],
            [2, "1.10", "Penyusunan  Rencana", "kode teks"],
            [3, 2.01, "  spasi di depan", "baris tersembunyi"],
            [4, "MTR.01.02", "Evaluasi", "baris tersembunyi"],
            [None, None, None, None],
            [5, 0.15, "Pelaporan\n\nTahunan", "baris kosong di atas tersembunyi"],
            [6, 45306, "Arsip", "tanggal"]]
    for row in rows:
        ws.append(row)
    ws["B8"].number_format = "dd/mm/yyyy"
    ws["B7"].number_format = "0%"
    for hidden in (4, 5, 6):
        ws.row_dimensions[hidden].hidden = True
    ws.merge_cells("A10:D10")
    ws["A10"] = "Catatan gabungan"
    ws.merge_cells("E2:E4")
    ws["E2"] = "Vertikal"
    ref = wb.create_sheet("Daftar")
    ref["A1"] = "Utama"
    ref["A2"] = "Pendukung"
    ref.sheet_state = "hidden"
    wb.properties.created = FIXED_DATE
    wb.save(path)
    rewrite_zip_fixed(path, lambda name, data: pin_core_dates(data) if name == "docProps/core.xml" else data)


def pin_core_dates(data):
    import re
    data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
    return re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)


def pin_ods_meta(name, data):
    """meta.xml carries the conversion time and LibreOffice's build: pinned for reproducibility."""
    import re
    if name != "meta.xml":
        return data
    data = re.sub(rb"(<meta:creation-date>)[^<]*", rb"\g<1>2024-01-01T00:00:00", data)
    data = re.sub(rb"(<dc:date>)[^<]*", rb"\g<1>2024-01-01T00:00:00", data)
    return re.sub(rb"(<meta:editing-duration>)[^<]*", rb"\g<1>PT0S", data)


def make_ods(out, enabled=True):
    """Converts XLSX fixtures to ods/*.ods with LibreOffice; skipped (files kept) without soffice."""
    soffice = enabled and (shutil.which("soffice") or shutil.which("libreoffice"))
    ods_dir = os.path.join(out, "ods")
    os.makedirs(ods_dir, exist_ok=True)
    if not soffice:
        print("WARNING: soffice not used; ods/*.ods not regenerated", file=sys.stderr)
        return
    make_ods_features_source(os.path.join(ods_dir, "ods-features.xlsx"))
    sources = [os.path.join(out, name + ".xlsx") for name in ODS_FROM_XLSX]
    sources.append(os.path.join(ods_dir, "ods-features.xlsx"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run([soffice, "--headless", "--norestore", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "ods", "--outdir", ods_dir] + sources,
                       check=True, capture_output=True, env=env, timeout=300)
    for source in sources:
        path = os.path.join(ods_dir, os.path.splitext(os.path.basename(source))[0] + ".ods")
        rewrite_zip_fixed(path, pin_ods_meta)
        if os.path.getsize(path) > 50 * 1024:
            print("SIZE FAILED %s" % path, file=sys.stderr)
            sys.exit(1)
    print("wrote %d .ods fixtures to %s" % (len(sources), ods_dir))


# ---------------------------------------------------------------- verification

def a1(row, col):
    s = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        s = chr(65 + r) + s
    return "%s%d" % (s, row + 1)


def unescape_ooxml(s):
    import re
    # only control characters: openpyxl 3.1 already decodes _x005F_ itself
    return re.sub(r"_x(00[01][0-9A-Fa-f])_", lambda m: chr(int(m.group(1), 16)), s)


def to_serial(v):
    from openpyxl.utils.datetime import to_excel
    return to_excel(v)


def read_openpyxl(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    res = []
    for ws in wb.worksheets:
        cells = {}
        for (_r, _c), c in sorted(ws._cells.items()):   # sparse: far-cell-refs.xlsx
            if True:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, bool):
                    cells[c.coordinate] = ("bool", v)
                elif isinstance(v, (int, float)):
                    cells[c.coordinate] = ("number", v)
                elif isinstance(v, (datetime.datetime, datetime.date)):
                    cells[c.coordinate] = ("number", to_serial(v))
                elif c.data_type == "e":
                    cells[c.coordinate] = ("error", v)
                else:   # known quirk: openpyxl leaves _xHHHH_ escapes undecoded
                    cells[c.coordinate] = ("text", unescape_ooxml(str(v)))
        res.append({"name": ws.title, "visibility": ws.sheet_state,
                    "merged": sorted(str(r) for r in ws.merged_cells.ranges), "cells": cells})
    return res


def read_calamine(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    vis = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}
    res = []
    for md in wb.sheets_metadata:
        sh = wb.get_sheet_by_name(md.name)
        cells = {}
        r0, c0 = sh.start if sh.start else (0, 0)
        for i, row in enumerate(sh.to_python(skip_empty_area=True)):
            for j, v in enumerate(row):
                if v == "" or v is None:
                    continue
                ref = a1(r0 + i, c0 + j)
                if isinstance(v, bool):
                    cells[ref] = ("bool", v)
                elif isinstance(v, (int, float)):
                    cells[ref] = ("number", v)
                elif isinstance(v, (datetime.datetime, datetime.date)):
                    cells[ref] = ("number", to_serial(v))
                else:
                    cells[ref] = ("text", v)
        merged = []
        for (ra, ca), (rb, cb) in (sh.merged_cell_ranges or []):
            merged.append("%s:%s" % (a1(ra, ca), a1(rb, cb)))
        res.append({"name": md.name, "visibility": vis.get(str(md.visible).split(".")[-1], str(md.visible)),
                    "merged": sorted(merged), "cells": cells})
    return res


def compare(entry, got, reader):
    """Return a list of disagreements between manifest entry and a reader's view."""
    problems = []
    want = entry["sheets"]
    if [s["name"] for s in want] != [s["name"] for s in got]:
        return ["sheet names %r != %r" % ([s["name"] for s in want], [s["name"] for s in got])]
    for ws, gs in zip(want, got):
        if ws["visibility"] != gs["visibility"]:
            problems.append("%s: visibility %s != %s" % (ws["name"], ws["visibility"], gs["visibility"]))
        if sorted(ws["merged"]) != gs["merged"]:
            problems.append("%s: merged %s != %s" % (ws["name"], sorted(ws["merged"]), gs["merged"]))
        wc = {k: v for k, v in ws["cells"].items() if v["kind"] != "empty"}
        if reader == "calamine":
            wc = {k: v for k, v in wc.items() if v["kind"] != "error"}   # known quirk
        gc = gs["cells"]
        for ref in sorted(set(wc) | set(gc)):
            if ref not in gc:
                problems.append("%s!%s: missing (want %r)" % (ws["name"], ref, wc[ref]))
                continue
            if ref not in wc:
                problems.append("%s!%s: unexpected %r" % (ws["name"], ref, gc[ref]))
                continue
            kind, val = gc[ref]
            w = wc[ref]
            if kind != w["kind"]:
                problems.append("%s!%s: kind %s != %s (%r)" % (ws["name"], ref, w["kind"], kind, val))
            elif kind == "number":
                if abs(float(val) - float(w["value"])) > 1e-9 * max(1.0, abs(float(w["value"]))):
                    problems.append("%s!%s: %r != %r" % (ws["name"], ref, w["value"], val))
            elif val != w["value"]:
                problems.append("%s!%s: %r != %r" % (ws["name"], ref, w["value"], val))
    return problems


def verify_csv(out):
    """Re-parse each CSV with Python's csv module and compare with the manifest."""
    import csv
    codecs = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "windows-1252": "cp1252", "utf-16le-bom": "utf-16"}
    ok = True
    for entry in MANIFEST:
        if not entry["file"].startswith("csv/"):
            continue
        raw = open(os.path.join(out, entry["file"]), "rb").read()
        text = raw.decode(codecs[entry["encoding"]])
        first_line = 1
        if text.startswith("sep="):
            text = text.split("\n", 1)[1]
            first_line = 2
        cells = {}
        if text:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=entry["delimiter"])
            start = first_line
            for rec in reader:
                for i, v in enumerate(rec):
                    if v != "":
                        cells["%s%d" % (chr(65 + i), start)] = t(v)
                start = first_line + reader.line_num
        want = entry["sheets"][0]["cells"]
        if cells != want:
            print("VERIFY FAILED %s with Python csv:\n  want %r\n  got  %r" % (entry["file"], want, cells),
                  file=sys.stderr)
            ok = False
        entry["crossCheck"] = {"Python csv module": "agrees" if cells == want else "differs"}
    return ok


def verify(out):
    import warnings
    warnings.filterwarnings("ignore", module="openpyxl")
    import openpyxl
    import python_calamine
    readers = [("openpyxl %s" % openpyxl.__version__, "openpyxl", read_openpyxl),
               ("python-calamine %s" % importlib.metadata.version("python-calamine"), "calamine", read_calamine)]
    failed = False
    for entry in MANIFEST:
        if entry["expect"] != "ok" or entry["file"].startswith("csv/"):
            continue
        path = os.path.join(out, entry["file"])
        checks = {}
        for label, key, fn in readers:
            if key in entry.get("skipReaders", ()):
                checks[label] = "skipped (reader builds a dense grid)"
                continue
            try:
                problems = compare(entry, fn(path), key)
            except Exception as ex:  # noqa: BLE001
                problems = ["reader failed: %s: %s" % (type(ex).__name__, str(ex)[:200])]
            checks[label] = "agrees" if not problems else "differs: " + "; ".join(problems)
            if problems and entry.get("producerKind") == "producer":
                print("VERIFY FAILED %s with %s:\n  %s" % (entry["file"], label, "\n  ".join(problems)),
                      file=sys.stderr)
                failed = True
        entry["crossCheck"] = checks
    return not failed


# ---------------------------------------------------------------- main

def dump_json(obj, indent=0):
    """Pretty JSON with each cell, list of strings and crossCheck on one line."""
    pad, inner = " " * indent, " " * (indent + 1)
    if isinstance(obj, dict) and obj and not ("kind" in obj or all(isinstance(v, str) and len(v) < 60 for v in obj.values())):
        items = ["%s%s: %s" % (inner, json.dumps(k, ensure_ascii=False), dump_json(v, indent + 1)) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list) and obj and not all(isinstance(v, str) for v in obj):
        return "[\n" + ",\n".join(inner + dump_json(v, indent + 1) for v in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--no-libreoffice", action="store_true")
    ap.add_argument("--only-ods", action="store_true",
                    help="only convert the existing XLSX fixtures to ods/*.ods (needs soffice and openpyxl)")
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    if args.only_ods:
        make_ods(out)
        return

    make_openpyxl(out)
    make_xlsxwriter(out)
    make_libreoffice(out, enabled=not args.no_libreoffice)
    make_inline_strings(out)
    make_rich_text_shared(out)
    make_missing_r(out)
    make_namespace_prefixed(out)
    make_strict(out)
    make_nonstandard_parts(out)
    make_formula_cached(out)
    make_sheet_order(out)
    make_merged(out)
    make_empty_sheet(out)
    make_far_refs(out)
    make_truncated(out)
    make_bombs(out)
    make_dtd(out)
    make_non_zip(out)
    make_encrypted_real(out)
    make_csv(out)
    make_ods(out, enabled=not args.no_libreoffice)

    ok = verify(out)
    ok = verify_csv(out) and ok
    for entry in MANIFEST:
        if "note2" in entry:
            entry["note"] = entry["note"] + " " + entry.pop("note2")
        entry.pop("producerKind", None)
        entry.pop("skipReaders", None)
        size = os.path.getsize(os.path.join(out, entry["file"]))
        entry["bytes"] = size
        limit = 500 * 1024 if entry.get("errorKind") == "zipBomb" else 50 * 1024
        if size > limit:
            print("SIZE FAILED %s: %d bytes > %d" % (entry["file"], size, limit), file=sys.stderr)
            ok = False
    manifest = {"generatedBy": "Scripts/make-fixtures.py",
                "conventions": {
                    "cells": "Every non-empty cell by A1 reference. kind is text|number|bool|error|empty; "
                             "'empty' marks a formula cell without a cached value. 'formula' (optional) is the "
                             "<f> text without '='. Text is what Excel displays: rich-text runs concatenated, "
                             "_xHHHH_ escapes and XML entities decoded. Dates are numbers (serials) with numFmt.",
                    "csv": "Sheet name = file name without extension; row = 1-based line on which the record "
                           "starts (a 'sep=' line counts as line 1 but is no record); every cell is text.",
                    "errors": "expect 'error' with errorKind; alsoAcceptable lists other kinds a reader may "
                              "reasonably report instead.",
                    "crossCheck": "Result of reading the file back with independent readers; for producer files "
                                  "any disagreement (beyond knownReaderQuirks) fails the generator."},
                "knownReaderQuirks": KNOWN_QUIRKS.replace("\n", " "),
                "fixtures": MANIFEST}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(dump_json(manifest) + "\n")
    print("wrote %d fixtures + manifest.json to %s" % (len(MANIFEST), out))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
