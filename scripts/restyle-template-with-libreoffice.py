#!/usr/bin/env python3
"""Makes the "restyled copy" test fixture the way an office would: open the built-in
gz-district template in LibreOffice, change the table fonts to 楷体_GB2312, make the title
smaller, widen the 三级指标 column of the indicator table, and save it as .docx.

Needs LibreOffice with its Python bridge (apt-get install -y libreoffice-writer python3-uno).
Run from the repository root:  python3 scripts/restyle-template-with-libreoffice.py
"""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "templates", "gz-district", "template.docx")
TARGET = os.path.join(ROOT, "src", "test", "resources", "templates", "restyled", "template.docx")
TABLE_STYLES = {"栏目名称", "填写内容", "填写长文字", "指标内容", "指标表头"}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def main():
    profile = tempfile.mkdtemp()
    pipe = "declgen_restyle"
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=pipe,name={pipe};urp;"])
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(SOURCE), "_blank", 0,
                                           (prop("Hidden", True),))
        styles = doc.StyleFamilies.getByName("ParagraphStyles")
        for name in styles.ElementNames:
            style = styles.getByName(name)
            if style.DisplayName in TABLE_STYLES:
                style.CharFontNameAsian = "楷体_GB2312"
            if style.DisplayName == "表格标题":
                style.CharHeight = 18.0
                style.CharHeightAsian = 18.0
        indicators = doc.TextTables.getByIndex(1)
        separators = list(indicators.TableColumnSeparators)
        # Separators sit between 绩效指标|一级|二级|三级|…: moving the third one left widens
        # the 三级指标 column at the cost of 二级指标.
        separators[2].Position -= 600
        indicators.TableColumnSeparators = tuple(separators)
        os.makedirs(os.path.dirname(TARGET), exist_ok=True)
        doc.storeToURL(uno.systemPathToFileUrl(TARGET), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        print("wrote", os.path.relpath(TARGET, ROOT))
    finally:
        office.terminate()
        office.wait(timeout=30)


if __name__ == "__main__":
    main()
