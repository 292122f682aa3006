#!/usr/bin/env python3
"""Reference reader for Scripts/bench: python-calamine, one process, one core.

Opens every workbook under FOLDER (recursively), reads every sheet (hidden ones too) with
get_sheet_by_name(name).to_python(), and counts the non-empty cells (a cell whose value is
not ""; calamine gives "" for empty and style-only cells). Prints one line:

    files=N sheets=N cells=N errors=N
"""
import sys

from python_calamine import CalamineWorkbook

from bench_walk import workbooks


def main():
    root = sys.argv[1]
    files = sheets = cells = errors = empty_strings = 0
    for path in workbooks(root):
        files += 1
        try:
            wb = CalamineWorkbook.from_path(path)
            for name in wb.sheet_names:
                rows = wb.get_sheet_by_name(name).to_python()
                sheets += 1
                for row in rows:  # counted in C: the loop costs ~nothing next to the read
                    cells += len(row) - row.count("")
            close = getattr(wb, "close", None)
            if close:
                close()
        except Exception as e:  # a broken file counts as an error, like probis would
            errors += 1
            print("error: %s: %s" % (path, e), file=sys.stderr)
    print("files=%d sheets=%d cells=%d errors=%d" % (files, sheets, cells, errors))


if __name__ == "__main__":
    main()
