#include "core/reply/PdfReplyWriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {

ReplyDocument longLetter(int paragraphs)
{
    ReplyDocument reply;
    reply.title = QStringLiteral("Freedom of Information request 13457_18");
    reply.author = QStringLiteral("Example Constabulary");
    reply.reference = QStringLiteral("13457_18");
    reply.blocks << ReplyBlock{ReplyBlock::Kind::Heading, QStringLiteral("Your request"), {}, {}};
    reply.blocks << ReplyBlock{ReplyBlock::Kind::Question,
                               QStringLiteral("Are you currently paying for the software?"),
                               QStringLiteral("1"),
                               {}};
    for (int i = 0; i < paragraphs; ++i)
        reply.blocks << ReplyBlock{ReplyBlock::Kind::Paragraph,
                                   QStringLiteral("Paragraph %1 explains the decision with enough "
                                                  "words to wrap across more than one line of the "
                                                  "page body.")
                                       .arg(i + 1),
                                   {},
                                   {}};
    reply.blocks << ReplyBlock{ReplyBlock::Kind::List,
                               {},
                               QStringLiteral("Factors:"),
                               {QStringLiteral("First factor"), QStringLiteral("Second factor")}};
    return reply;
}

QString writeTemp(const QTemporaryDir &dir, const ReplyDocument &reply)
{
    const QString path = dir.filePath(QStringLiteral("reply.pdf"));
    const Status written = PdfReplyWriter::write(reply, path);
    return written ? path : QString();
}

QString allText(QPdfDocument &pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestPdfReplyWriter : public QObject
{
    Q_OBJECT
private slots:
    void paginatesWithAHeaderAndPageNOfMOnEveryPage()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, longLetter(60));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() >= 2, "sixty paragraphs fit on one page?");
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QString text = pdf.getAllText(page).text().simplified();
            QVERIFY2(
                text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pdf.pageCount())),
                qPrintable(text.left(300)));
            QVERIFY(text.contains(QStringLiteral("Our reference: 13457_18")));
        }
    }

    void keepsTheWordsInReadingOrder()
    {
        QTemporaryDir dir;
        QPdfDocument pdf;
        QCOMPARE(pdf.load(writeTemp(dir, longLetter(30))), QPdfDocument::Error::None);
        const QString text = allText(pdf).simplified();
        qsizetype last = -1;
        for (int i = 1; i <= 30; ++i) {
            const qsizetype at = text.indexOf(QStringLiteral("Paragraph %1 explains").arg(i));
            QVERIFY2(at > last, qPrintable(QStringLiteral("paragraph %1 out of order").arg(i)));
            last = at;
        }
        QVERIFY(text.indexOf(QStringLiteral("Second factor")) > last);
    }

    void carriesTitleAuthorAndSubject()
    {
        QTemporaryDir dir;
        QPdfDocument pdf;
        QCOMPARE(pdf.load(writeTemp(dir, longLetter(3))), QPdfDocument::Error::None);
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 QStringLiteral("Freedom of Information request 13457_18"));
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Author).toString(),
                 QStringLiteral("Example Constabulary"));
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Subject).toString(),
                 QStringLiteral("13457_18"));
    }

    void isAPdfA1bWithEveryFontEmbedded()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, longLetter(10));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        QVERIFY(bytes.contains("<dc:creator><rdf:Seq><rdf:li>Example Constabulary</rdf:li>"));
        if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("qpdf or pdffonts is not installed (apt-get install qpdf poppler-utils)");
        const QString check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(check.contains(QStringLiteral("No syntax or stream encoding errors")),
                 qPrintable(check));
        const QStringList fonts = runTool(QStringLiteral("pdffonts"), {path})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString &line : fonts.mid(2)) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            // name type... emb sub uni id gen: emb and uni are the 5th and 3rd from the end.
            QCOMPARE(columns.value(columns.size() - 5), QStringLiteral("yes"));
            QCOMPARE(columns.value(columns.size() - 3), QStringLiteral("yes"));
            QVERIFY2(line.startsWith(QStringLiteral("DejaVu")), qPrintable(line));
        }
    }

    void marksEveryPageOfADraft()
    {
        ReplyDocument reply = longLetter(60);
        reply.draft = true;
        QTemporaryDir dir;
        QPdfDocument pdf;
        QCOMPARE(pdf.load(writeTemp(dir, reply)), QPdfDocument::Error::None);
        for (int page = 0; page < pdf.pageCount(); ++page)
            QVERIFY(pdf.getAllText(page).text().contains(QStringLiteral("DRAFT")));
    }

    void hostileTextStaysPlainText()
    {
        ReplyDocument reply = longLetter(2);
        const QString markup = QStringLiteral("<b>Bold</b> &amp; <script>x</script>");
        const QString rtl = QStringLiteral("\u202EoN\u202C \u05E9\u05DC\u05D5\u05DD");
        reply.blocks.prepend(ReplyBlock{ReplyBlock::Kind::RecipientAddress,
                                        {},
                                        {},
                                        {markup, rtl, QString(2000, QLatin1Char('W'))}});
        QTemporaryDir dir;
        QPdfDocument pdf;
        QCOMPARE(pdf.load(writeTemp(dir, reply)), QPdfDocument::Error::None);
        const QString text = allText(pdf);
        QVERIFY2(text.contains(QStringLiteral("<b>Bold</b>")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("&amp;")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    void aFailedWriteSaysWhereAndLeavesNothingBehind()
    {
        QTemporaryDir dir;
        // A folder that is really a file: no privilege lets anyone write beneath it.
        const QString notAFolder = dir.filePath(QStringLiteral("letters"));
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString path = notAFolder + QStringLiteral("/reply.pdf");
        const Status written = PdfReplyWriter::write(longLetter(2), path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("letters")});
    }

    void rewritingReplacesTheFileWholeWithNoTemporaryLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reply.pdf"));
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier reply");
        }
        QVERIFY(PdfReplyWriter::write(longLetter(2), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-1.4"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("reply.pdf")});
    }
};

QTEST_MAIN(TestPdfReplyWriter)
#include "tst_pdf_reply_writer.moc"
