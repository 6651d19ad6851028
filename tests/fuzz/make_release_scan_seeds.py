#!/usr/bin/env python3
"""Writes the seed corpora of the release-scan fuzz targets (tests/fuzz/corpus/release_*).

Each seed is a small file that reaches one finding of docs/release-scan.md (a hidden sheet, a
pivot cache, tracked changes, hidden text, a PDF note...) or a clean file, built here part by
part with Python's zipfile so that nothing in the corpus is of unknown origin.
Run: python3 tests/fuzz/make_release_scan_seeds.py
"""
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "corpus"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zipped(parts) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:  # a fixed date, so the seeds are the same on every run
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text,
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def rels(*items) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{TYPE}{k}" Target="{t}"/>' for i, k, t in items)
    return f'<Relationships xmlns="{RELS}">{body}</Relationships>'


def core(creator="") -> str:
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator>{creator}</dc:creator></cp:coreProperties>")


def xlsx(state="", sheet_extra="", names="", extra=(), creator="") -> bytes:
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Grade</t></is></c></row>'
            '<row r="2" hidden="1"><c r="A2"><v>5</v></c><c r="C2"><f>A2*2</f></c></row>')
    sheets = '<sheet name="Summary" sheetId="1" r:id="rId1"/>'
    if state:
        sheets += f'<sheet name="Staff" sheetId="2" r:id="rId2" state="{state}"/>'
    parts = [
        ("_rels/.rels", rels(("rId1", "officeDocument", "xl/workbook.xml"))),
        ("xl/workbook.xml",
         f'<workbook xmlns="{SML}" xmlns:r="{TYPE[:-1]}"><sheets>{sheets}</sheets>'
         f"<definedNames>{names}</definedNames></workbook>"),
        ("xl/_rels/workbook.xml.rels",
         rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet2.xml"))),
        ("xl/worksheets/sheet1.xml",
         f'<worksheet xmlns="{SML}"><cols><col min="3" max="3" hidden="1"/></cols>'
         f"<sheetData>{rows}</sheetData>{sheet_extra}</worksheet>"),
        ("xl/worksheets/sheet2.xml", f'<worksheet xmlns="{SML}"><sheetData>{rows}</sheetData></worksheet>'),
        ("xl/worksheets/_rels/sheet1.xml.rels", rels(("rId1", "comments", "../comments1.xml"))),
        ("xl/comments1.xml",
         f'<comments xmlns="{SML}"><authors><author>J Bloggs</author></authors><commentList>'
         '<comment ref="A1" authorId="0"><text><t>note</t></text></comment></commentList></comments>'),
        ("docProps/core.xml", core(creator)),
    ]
    return zipped(parts + list(extra))


def docx(body, styles="", creator="") -> bytes:
    return zipped([
        ("_rels/.rels", rels(("rId1", "officeDocument", "word/document.xml"))),
        ("word/document.xml", f'<w:document xmlns:w="{WML}"><w:body>{body}</w:body></w:document>'),
        ("word/styles.xml", f'<w:styles xmlns:w="{WML}">{styles}</w:styles>'),
        ("word/_rels/document.xml.rels",
         rels(("rId2", "comments", "comments.xml"), ("rId3", "footer", "footer1.xml"))),
        ("word/comments.xml",
         f'<w:comments xmlns:w="{WML}"><w:comment w:id="0" w:author="J Bloggs"/></w:comments>'),
        ("word/footer1.xml", f'<w:ftr xmlns:w="{WML}"><w:p><w:r><w:t>Footer</w:t></w:r></w:p></w:ftr>'),
        ("docProps/core.xml", core(creator)),
    ])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odf(kind, styles, body) -> bytes:
    return zipped([
        ("mimetype", f"application/vnd.oasis.opendocument.{kind}"),
        ("content.xml",
         f'<office:document-content {ODF_NS}><office:automatic-styles>{styles}'
         f"</office:automatic-styles><office:body><office:{kind}>{body}</office:{kind}>"
         "</office:body></office:document-content>"),
        ("meta.xml",
         f"<office:document-meta {ODF_NS}><office:meta><meta:initial-creator>Jane Smith"
         "</meta:initial-creator></office:meta></office:document-meta>"),
    ])


def pdf(objects) -> bytes:
    out = b"%PDF-1.7\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 9 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_page(content: str, catalog="", annots="") -> bytes:
    stream = content.encode()
    return pdf([
        f"<< /Type /Catalog /Pages 2 0 R {catalog} >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R >> >> {annots} >>",
        f"<< /Length {len(stream)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /T (J Bloggs) /Contents (note) >>",
        "<< /Names [(init) 8 0 R] >>",
        "<< /S /JavaScript /JS (app.alert\\(1\\);) >>",
        "<< /Author (Jane Smith) /Title (Figures) >>",
    ])


SEEDS = {
    "release_xlsx": {
        "base.xlsx": xlsx(),
        "hidden.xlsx": xlsx("hidden", names='<definedName name="All">Staff!$A$1:$A$2</definedName>'),
        "very-hidden.xlsx": xlsx("veryHidden", creator="Jane Smith"),
        "pivot.xlsx": xlsx(extra=[
            ("xl/pivotCache/pivotCacheDefinition1.xml",
             f'<pivotCacheDefinition xmlns="{SML}" recordCount="2"><cacheSource type="worksheet">'
             '<worksheetSource ref="A1:B3" sheet="Staff"/></cacheSource></pivotCacheDefinition>'),
            ("xl/externalLinks/externalLink1.xml", f'<externalLink xmlns="{SML}"/>'),
            ("xl/model/item.data", "model")]),
    },
    "release_docx": {
        "base.docx": docx("<w:p><w:r><w:t>We hold it.</w:t></w:r></w:p>"),
        "changes.docx": docx('<w:p><w:ins w:author="A"><w:r><w:t>x</w:t></w:r></w:ins>'
                             '<w:del w:author="B"><w:r><w:delText>y</w:delText></w:r></w:del></w:p>'),
        "hidden.docx": docx('<w:p><w:r><w:rPr><w:rStyle w:val="S"/></w:rPr><w:t>secret</w:t></w:r>'
                            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>more</w:t></w:r></w:p>',
                            styles='<w:style w:styleId="S"><w:rPr><w:vanish/></w:rPr></w:style>',
                            creator="Jane Smith"),
    },
    "release_odf": {
        "sheets.ods": odf("spreadsheet",
                          '<style:style style:name="ta2" style:family="table"><style:table-properties '
                          'table:display="false"/></style:style>',
                          '<table:table table:name="A"><table:table-column table:visibility="collapse"/>'
                          '<table:table-row table:visibility="collapse" table:number-rows-repeated="3">'
                          '<table:table-cell office:value-type="string"><office:annotation><dc:creator>J'
                          '</dc:creator></office:annotation><text:p>x</text:p></table:table-cell>'
                          '</table:table-row></table:table><table:table table:name="B" '
                          'table:style-name="ta2"/><table:data-pilot-tables><table:data-pilot-table/>'
                          '</table:data-pilot-tables>'),
        "text.odt": odf("text",
                        '<style:style style:name="T1" style:family="text"><style:text-properties '
                        'text:display="none"/></style:style>',
                        '<text:tracked-changes><text:changed-region><text:deletion><office:change-info>'
                        '<dc:creator>A</dc:creator></office:change-info></text:deletion></text:changed-region>'
                        '</text:tracked-changes><text:p>v <text:span text:style-name="T1">h</text:span></text:p>'
                        '<text:section text:display="none"><text:p>s</text:p></text:section>'
                        '<draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>'),
    },
    "release_pdf": {
        "base.pdf": pdf_page("BT /F1 12 Tf 20 150 Td (Headcount 1100) Tj ET"),
        "covered.pdf": pdf_page("BT /F1 12 Tf 20 100 Td (Jane Smith) Tj ET 0 g 10 90 120 30 re f",
                                catalog="/Names << /JavaScript 7 0 R >>", annots="/Annots [6 0 R]"),
        "invisible.pdf": pdf_page("BT 3 Tr /F1 12 Tf 20 100 Td (Hidden) Tj ET"),
    },
    "release_csv": {
        "base.csv": b"Grade,Headcount\r\nConstable,5200\r\nSergeant,1100\r\n",
        "personal.csv": b"Surname;Email;Phone;Postcode\nSmith;j@example.org;07700 900123;SW1A 1AA\n"
                        b"\"Jones, A\";a@example.org;\"01632 960001\";M1 1AE\n",
        "quotes.csv": b"\xef\xbb\xbfa\tb\n\"x\"\"y\nz\"\t\"\n",
    },
}

for target, seeds in SEEDS.items():
    folder = ROOT / target
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds.items():
        (folder / name).write_bytes(data)
