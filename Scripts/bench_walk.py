"""Shared by the bench helpers: the workbooks under a folder, in a stable order."""
import os

EXTENSIONS = (".xlsx", ".xlsm", ".ods", ".xls")


def workbooks(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.lower().endswith(EXTENSIONS) and not f.startswith("~$"):
                out.append(os.path.join(d, f))
    return out
