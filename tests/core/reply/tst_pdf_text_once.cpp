#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/ReplyTextLayout.h"
#include "core/services/ReplyService.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace foi::core;

namespace {

using testsupport::referenceCase;

// The reference case with 30 more questions, each answered at length in words of its own, so
// paragraphs break across many pages.
Case longCase()
{
    Case c = referenceCase();
    for (int i = 0; i < 30; ++i) {
        Question question;
        question.id = QStringLiteral("Q%1").arg(c.questions.size() + 1);
        question.text = QStringLiteral("Question number %1: how many devices of kind %1 did the "
                                       "force buy in each year from 2010 to 2018?")
                            .arg(i + 1);
        question.determination.holding = Holding::Held;
        question.determination.communication = Communication::InFull;
        QString answer;
        for (int sentence = 0; sentence < 6; ++sentence)
            answer += QStringLiteral("In year %1 the force bought %2 devices of kind %3, as the "
                                     "procurement ledger for that year records in full. ")
                          .arg(2010 + sentence)
                          .arg(i * 7 + sentence)
                          .arg(i + 1);
        question.determination.answer = answer.trimmed();
        c.questions.append(question);
    }
    return c;
}

AuthorityProfile force()
{
    AuthorityProfile profile;
    profile.name = QStringLiteral("West Midlands Police");
    profile.kind = AuthorityKind::Police;
    profile.addressLines = {QStringLiteral("PO Box 52"), QStringLiteral("Birmingham B4 6NQ")};
    profile.foiUnitName = QStringLiteral("Freedom of Information Unit");
    profile.foiUnitEmail = QStringLiteral("foi@example.police.uk");
    return profile;
}

QString normalised(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

using testsupport::pdfText;

} // namespace

Q_DECLARE_METATYPE(Case)

// Every line of a reply letter is drawn once: pdftotext (as a screen reader or a search would)
// reads no line more often than the letter has it, at page breaks included (issue 24, point 6).
class TestPdfTextOnce : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void noLineIsReadTwice_data()
    {
        QTest::addColumn<Case>("theCase");
        QTest::newRow("reference case 13457_18") << referenceCase();
        QTest::newRow("a long case over many pages") << longCase();
    }

    void noLineIsReadTwice()
    {
        QFETCH(Case, theCase);
        const auto rendered =
            ReplyService::render(theCase, force(),
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()},
                                 QDate(2018, 6, 8), ReplyService::Format::Pdf);
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
        const QString text = pdfText(rendered->bytes);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2, "the letter should run over a page break");

        // What the letter says, once: the text of its laid-out document.
        QTextDocument letter;
        ReplyTextLayout::build(rendered->document, letter);
        const QString says = normalised(letter.toPlainText());

        QHash<QString, int> seen;
        for (const QString &page : pages) {
            for (const QString &raw : page.split(QLatin1Char('\n'))) {
                const QString line = normalised(raw);
                // Page bands (author, reference, page number) repeat by design; short lines
                // (list numbers, "Question 3") may well recur.
                if (line.size() < 30 || line.startsWith(QStringLiteral("Page ")) ||
                    line.contains(QStringLiteral("Our reference")))
                    continue;
                ++seen[line];
            }
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            const int inLetter = int(says.count(it.key()));
            QVERIFY2(it.value() <= std::max(inLetter, 1),
                     qPrintable(QStringLiteral("read %1 times, the letter has it %2 times: %3")
                                    .arg(it.value())
                                    .arg(inLetter)
                                    .arg(it.key())));
        }
    }

    void everyLineOfTheLetterIsDrawn()
    {
        // Drawing line by line must not lose any: every word of the letter is in the PDF.
        const auto rendered =
            ReplyService::render(longCase(), force(),
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()},
                                 QDate(2018, 6, 8), ReplyService::Format::Pdf);
        QVERIFY(rendered);
        const QString pdf = normalised(pdfText(rendered->bytes));
        QVERIFY2(!pdf.isEmpty(), "pdftotext read nothing");
        QTextDocument letter;
        ReplyTextLayout::build(rendered->document, letter);
        static const QRegularExpression words(QStringLiteral("\\s+"));
        const QStringList expected = letter.toPlainText().split(words, Qt::SkipEmptyParts);
        const QStringList got = pdf.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(got.size() >= expected.size(),
                 qPrintable(QStringLiteral("%1 words in the PDF, %2 in the letter")
                                .arg(got.size())
                                .arg(expected.size())));
        QVERIFY(
            pdf.contains(QStringLiteral("In year 2015 the force bought 208 devices of kind 30")));
        QVERIFY(pdf.contains(QStringLiteral("1.")));
    }

    // A bulleted list (the provisions an NCND relies on) keeps its bullet: a lone full stop was
    // drawn instead once the lines were drawn one by one.
    void bulletsAreDrawnAsBullets()
    {
        const auto rendered =
            ReplyService::render(longCase(), force(),
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()},
                                 QDate(2018, 6, 8), ReplyService::Format::Pdf);
        QVERIFY(rendered);
        const QString text = pdfText(rendered->bytes);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        static const QRegularExpression bulletedSection(QStringLiteral("\\x{2022}\\s*Section "));
        static const QRegularExpression strayStop(QStringLiteral("(^|\\n)\\s*\\.\\s*Section "));
        QVERIFY2(bulletedSection.match(text).hasMatch(), qPrintable(text.left(3000)));
        QVERIFY2(!strayStop.match(text).hasMatch(), qPrintable(text.left(3000)));
    }
};

QTEST_MAIN(TestPdfTextOnce)
#include "tst_pdf_text_once.moc"
