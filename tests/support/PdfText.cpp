#include "tests/support/PdfText.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace testsupport {

namespace {

// What pdftotext writes for the PDF `bytes`, run with `options`.
QString runPdftotext(const QByteArray &bytes, const QStringList &options)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reply.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), QStringList(options)
                                                     << path << QStringLiteral("-"));
    if (!pdftotext.waitForFinished(60000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QString unescaped(QString text)
{
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

QString pdfText(const QByteArray &bytes)
{
    return runPdftotext(bytes, {});
}

QList<PdfWord> pdfWords(const QByteArray &bytes)
{
    static const QRegularExpression element(
        QStringLiteral("<page width=\"([0-9.]+)\"|<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                       "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    double pageWidth = 0;
    const QString html = runPdftotext(bytes, {QStringLiteral("-bbox")});
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            ++page;
            pageWidth = match.captured(1).toDouble();
            continue;
        }
        const QPointF topLeft(match.captured(2).toDouble(), match.captured(3).toDouble());
        const QPointF bottomRight(match.captured(4).toDouble(), match.captured(5).toDouble());
        words.append(
            PdfWord{page, QRectF(topLeft, bottomRight), pageWidth, unescaped(match.captured(6))});
    }
    return words;
}

qsizetype indexOfPhrase(const QList<PdfWord> &words, const QString &phrase, qsizetype from)
{
    const QStringList wanted = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return -1;
    for (qsizetype i = std::max<qsizetype>(from, 0); i + wanted.size() <= words.size(); ++i) {
        qsizetype matched = 0;
        while (matched < wanted.size() && words.at(i + matched).text == wanted.at(matched))
            ++matched;
        if (matched == wanted.size())
            return i;
    }
    return -1;
}

} // namespace testsupport
