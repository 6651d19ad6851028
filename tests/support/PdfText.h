#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace testsupport {

// The text pdftotext (poppler-utils) reads from the PDF `bytes`, as a screen reader or a search
// would; empty when it cannot be read. Tests that call it QSKIP when pdftotext is missing.
QString pdfText(const QByteArray &bytes);

// One word as `pdftotext -bbox` places it: its page (from 1), its box in points from the
// page's top-left corner, and the page's width.
struct PdfWord
{
    int page = 0;
    QRectF box;
    double pageWidth = 0;
    QString text;
};

// The words of the PDF `bytes` in the order the file gives them; empty when it cannot be read.
QList<PdfWord> pdfWords(const QByteArray &bytes);

// Where the words of `phrase` (split at spaces) stand one after another in `words`, from
// `from` on: the index of the first, or -1.
qsizetype indexOfPhrase(const QList<PdfWord> &words, const QString &phrase, qsizetype from = 0);

} // namespace testsupport
