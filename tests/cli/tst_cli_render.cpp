#include "tests/cli/CliRunner.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString referenceCase = testsupport::referenceCasePath();
const QString authority = QStringLiteral(FOI_SOURCE_DIR "/packaging/authority.example.json");

// What pdftotext reads from the PDF at `path`, runs of white space made one space.
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000))
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

// Where each of `parts` is found in `text`, each after the one before; -1 for the first missing.
qsizetype findInOrder(const QString &text, const QStringList &parts, qsizetype from,
                      QString *missing)
{
    for (const QString &part : parts) {
        const qsizetype at = text.indexOf(part, from);
        if (at < 0) {
            *missing = part;
            return -1;
        }
        from = at + part.size();
    }
    return from;
}

// The parts a refusal notice must have (s17(1), (3), (7); s50), as the reference case's Welsh
// letter words them: the decision, the exemption with its section, the public interest test,
// the right to an internal review and the right to complain to the Commissioner under s50.
const QStringList welshParts{
    QStringLiteral("gadarnhau na gwadu a yw'n cadw"),
    QStringLiteral("Adran 24(2) – Diogelwch cenedlaethol: dim cadarnhau na gwadu"),
    QStringLiteral("Prawf budd y cyhoedd ar gyfer adran 24(2)"),
    QStringLiteral("adolygiad mewnol"),
    QStringLiteral("o dan adran 50 o Ddeddf Rhyddid Gwybodaeth 2000 i wneud cais i'r Comisiynydd "
                   "Gwybodaeth"),
};
const QStringList englishParts{
    QStringLiteral("can neither confirm nor deny whether it holds"),
    QStringLiteral("Section 24(2) – National security: neither confirm nor deny"),
    QStringLiteral("The public interest test for section 24(2)"),
    QStringLiteral("internal review"),
    QStringLiteral("under section 50 of the Freedom of Information Act 2000"),
};

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}
} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT
private slots:
    void rendersTheReferenceCaseAsAFinalPdf()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("reply.pdf"));
        const CliRun run = runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"),
                                   out, QStringLiteral("--authority"), authority},
                                  home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Wrote ")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("DRAFT")), qPrintable(run.out));
        QCOMPARE(head(out, 8), QByteArray("%PDF-1.4"));
    }

    // Issue 23: the reference case in Welsh, then in both languages (Welsh first), read back
    // from the PDF: every required part, in Welsh, in order.
    void rendersTheReferenceCaseInWelshAndBilingually()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir home;
        const QString welsh = home.filePath(QStringLiteral("cy.pdf"));
        const CliRun welshRun =
            runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"), welsh,
                    QStringLiteral("--authority"), authority, QStringLiteral("--language"),
                    QStringLiteral("cy"), QStringLiteral("--date"), QStringLiteral("2026-12-07")},
                   home.path());
        QCOMPARE(welshRun.exitCode, 0);
        QString missing;
        const QString welshText = pdfText(welsh);
        QVERIFY2(welshText.contains(QStringLiteral("7 Rhagfyr 2026")), qPrintable(welshText));
        QVERIFY2(findInOrder(welshText, welshParts, 0, &missing) >= 0, qPrintable(missing));
        QVERIFY(!welshText.contains(QStringLiteral("Your request")));

        const QString both = home.filePath(QStringLiteral("both.pdf"));
        const CliRun bothRun =
            runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"), both,
                    QStringLiteral("--authority"), authority, QStringLiteral("--language"),
                    QStringLiteral("bilingual")},
                   home.path());
        QCOMPARE(bothRun.exitCode, 0);
        const QString bothText = pdfText(both);
        const qsizetype welshEnd = findInOrder(bothText, welshParts, 0, &missing);
        QVERIFY2(welshEnd >= 0, qPrintable(missing));
        const qsizetype separator =
            bothText.indexOf(QStringLiteral("Fersiwn Saesneg / English version"), welshEnd);
        QVERIFY(separator > 0);
        QVERIFY2(findInOrder(bothText, englishParts, separator, &missing) >= 0,
                 qPrintable(missing));
    }

    // Issue 23 point 3: the authority profile chooses the bilingual layout, and render uses
    // it: side by side, the Welsh heading on the left level with the English on the right.
    void bilingualRenderFollowsTheProfilesLayout()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir home;
        QFile example(authority);
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(example.readAll()).object();
        const auto writeProfile = [&](const QString &layout) {
            profile.insert(QStringLiteral("bilingual_layout"), layout);
            const QString path = home.filePath(layout + QStringLiteral(".json"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write the profile");
            file.write(QJsonDocument(profile).toJson());
            return path;
        };
        const QString out = home.filePath(QStringLiteral("side.pdf"));
        const CliRun run =
            runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"), out,
                    QStringLiteral("--authority"), writeProfile(QStringLiteral("side_by_side")),
                    QStringLiteral("--language"), QStringLiteral("bilingual")},
                   home.path());
        QCOMPARE(run.exitCode, 0);
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QList<testsupport::PdfWord> words = testsupport::pdfWords(pdf.readAll());
        const qsizetype welsh = testsupport::indexOfPhrase(words, QStringLiteral("Eich cais"));
        const qsizetype english = testsupport::indexOfPhrase(words, QStringLiteral("Your request"));
        QVERIFY(welsh >= 0 && english >= 0);
        QVERIFY(words.at(welsh).box.right() < words.at(welsh).pageWidth / 2);
        QVERIFY(words.at(english).box.left() > words.at(english).pageWidth / 2);
        QCOMPARE(words.at(english).page, words.at(welsh).page);
        QVERIFY(qAbs(words.at(english).box.top() - words.at(welsh).box.top()) < 1.0);
        QVERIFY(!pdfText(out).contains(QStringLiteral("Fersiwn Saesneg / English version")));

        // A layout the profile cannot have is refused, naming the field; nothing is written.
        const QString refusedOut = home.filePath(QStringLiteral("refused.pdf"));
        const CliRun refused =
            runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"), refusedOut,
                    QStringLiteral("--authority"), writeProfile(QStringLiteral("columns")),
                    QStringLiteral("--language"), QStringLiteral("bilingual")},
                   home.path());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("bilingual_layout")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(refusedOut));
    }

    void rendersAnEditableOdtCopy()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("reply.odt"));
        const CliRun run = runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--out"),
                                   out, QStringLiteral("--format"), QStringLiteral("odt"),
                                   QStringLiteral("--authority"), authority},
                                  home.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(head(out, 2), QByteArray("PK"));
    }

    void aCaseWithCheckerErrorsIsWrittenAsADraft() // s17(7): no review procedure blocks sending
    {
        QTemporaryDir home;
        QFile source(referenceCase);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject reply = root.value(QStringLiteral("reply")).toObject();
        reply.insert(QStringLiteral("internalReviewProcedure"), QString());
        root.insert(QStringLiteral("reply"), reply);
        const QString broken = home.filePath(QStringLiteral("no-review.json"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(root).toJson());
        }
        const QString out = home.filePath(QStringLiteral("r.pdf"));
        const CliRun run = runCli({QStringLiteral("render"), broken, QStringLiteral("--out"), out,
                                   QStringLiteral("--authority"), authority},
                                  home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("DRAFT")), qPrintable(run.out));
        QCOMPARE(head(out, 8), QByteArray("%PDF-1.4"));
    }

    void anUnreadableCaseFileWritesNothing()
    {
        QTemporaryDir home;
        const QString broken = home.filePath(QStringLiteral("broken.json"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"formatVersion\": 99}");
        }
        const QString out = home.filePath(QStringLiteral("r.pdf"));
        const CliRun run =
            runCli({QStringLiteral("render"), broken, QStringLiteral("--out"), out}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("broken.json")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    // s17 / issue 7: a final reply is kept with the case, byte for byte, as reply version 1.
    // Issue 24: a sent reply is a fact, so a second --final is refused and says how to amend.
    void aFinalReplyFromTheStoreIsKeptAndCannotBeSentTwice()
    {
        QTemporaryDir home;
        const QString store = home.filePath(QStringLiteral("cases.foistore"));
        const CliRun imported =
            runCli({QStringLiteral("--store"), store, QStringLiteral("import"), referenceCase},
                   home.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto sendFinal = [&](const QString &out) {
            return runCli({QStringLiteral("--store"), store, QStringLiteral("render"),
                           QStringLiteral("13457_18"), QStringLiteral("--final"),
                           QStringLiteral("--out"), out, QStringLiteral("--authority"), authority},
                          home.path());
        };
        const QString first = home.filePath(QStringLiteral("reply-1.pdf"));
        const CliRun sent = sendFinal(first);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(sent.out.contains(QStringLiteral("Recorded as reply version 1 of 13457_18")),
                 qPrintable(sent.out));
        QCOMPARE(head(first, 8), QByteArray("%PDF-1.4"));

        const QString second = home.filePath(QStringLiteral("reply-2.pdf"));
        const CliRun again = sendFinal(second);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("send.already-sent")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("Amend after sending")), qPrintable(again.err));
        QVERIFY(!QFile::exists(second));
    }

    void aFinalReplyIsRefusedForACaseFileOrACaseWithErrors()
    {
        QTemporaryDir home;
        const CliRun fromFile =
            runCli({QStringLiteral("render"), referenceCase, QStringLiteral("--final"),
                    QStringLiteral("--out"), home.filePath(QStringLiteral("r.pdf"))},
                   home.path());
        QCOMPARE(fromFile.exitCode, 2);
        QVERIFY2(fromFile.err.contains(QStringLiteral("reference")), qPrintable(fromFile.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("r.pdf"))));
    }

    void badOptionsAreUsageErrorsThatWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList{referenceCase} << QStringLiteral("--out FILE");
        QTest::newRow("bad format")
            << QStringList{referenceCase, QStringLiteral("--out"), QStringLiteral("x.pdf"),
                           QStringLiteral("--format"), QStringLiteral("docx")}
            << QStringLiteral("pdf or odt");
        QTest::newRow("bad date") << QStringList{referenceCase, QStringLiteral("--out"),
                                                 QStringLiteral("x.pdf"), QStringLiteral("--date"),
                                                 QStringLiteral("26/11/2026")}
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("/nonexistent/case.json"), QStringLiteral("--out"),
                           QStringLiteral("x.pdf")}
            << QStringLiteral("cannot read");
        QTest::newRow("bad language")
            << QStringList{referenceCase, QStringLiteral("--out"), QStringLiteral("x.pdf"),
                           QStringLiteral("--language"), QStringLiteral("welsh")}
            << QStringLiteral("en, cy or bilingual");
    }

    void badOptionsAreUsageErrorsThatWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        arguments.prepend(QStringLiteral("render"));
        const CliRun run = runCli(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
