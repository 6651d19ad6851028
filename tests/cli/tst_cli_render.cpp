#include "CliRunner.h"
#include "ReferenceCase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString referenceCase = testsupport::referenceCasePath();
const QString authority = QStringLiteral(FOI_SOURCE_DIR "/packaging/authority.example.json");

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
