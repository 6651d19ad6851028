// `foi-workbench-cli intake`: emails written by the test (tests/support/TestMail.h) taken in as
// an officer would, with a private data folder for each test: a new case with its date of
// receipt and where it came from (s10(1)), a WhatDoTheyKnow follow-up filed with its case, and
// the README's sample message.
#include "tests/cli/CliRunner.h"

#include "tests/support/TestMail.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString writeMail(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    CliRun intake(QStringList args)
    {
        args.prepend(u"intake"_s);
        args << u"--officer"_s << u"Jo Officer"_s;
        return runCli(args, m_home.path());
    }

    static QByteArray followUp()
    {
        return testmail::message(
            "Received: by mail.force.police.uk; Mon, 30 Nov 2026 14:00:00 +0000\n"
            "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
            "Subject: Re: Freedom of Information request - Speed cameras\n",
            testmail::textPart("I am not satisfied with the answer to question 2.\n"));
    }

    static QByteArray whatDoTheyKnowRequest()
    {
        return testmail::message(
            "Received: by mail.force.police.uk; Tue, 3 Nov 2026 10:30:00 +0000\n"
            "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
            "Subject: Freedom of Information request - Speed cameras\n",
            testmail::multipart(
                "mixed", "w",
                {testmail::textPart("1. How many speed cameras?\n2. What did they raise?\n"),
                 testmail::attachmentPart("application/pdf", "filename*=UTF-8''Cais%20%C5%B5.pdf",
                                          "%PDF-1.4")}));
    }

private slots:
    void init() { QVERIFY(QDir(m_home.path()).mkpath(u"foi-workbench"_s)); }
    void cleanup() { QDir(m_home.path() + u"/foi-workbench"_s).removeRecursively(); }

    void requestBecomesACaseAndSaysWhereItsDateCameFrom()
    {
        const CliRun run = intake({writeMail(u"request.eml"_s, testmail::plainRequest())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"request.eml: created case 1_26\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"date of receipt: 2026-11-02, arrived at the mail server at "
                                 "09:00 on Monday 2 November 2026 (its Received header)"_s));
        QVERIFY(run.out.contains(u"requester: Alex Jones <alex@example.org>"_s));
        QVERIFY(run.out.contains(u"questions: 2"_s));
        QVERIFY(run.out.contains(u"kept: request.eml (the request as received"_s));
    }

    void jsonListsTheFilesKept()
    {
        const CliRun run = intake({writeMail(u"wdtk.eml"_s, whatDoTheyKnowRequest()), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject message = QJsonDocument::fromJson(run.out.toUtf8())
                                        .object()
                                        .value(u"messages"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(message.value(u"reference"_s).toString(), u"1_26"_s);
        QCOMPARE(message.value(u"created"_s).toBool(), true);
        QCOMPARE(message.value(u"dateOfReceipt"_s).toString(), u"2026-11-03"_s);
        QCOMPARE(message.value(u"receiptSource"_s).toString(), u"received-header"_s);
        QCOMPARE(message.value(u"requester"_s).toObject().value(u"email"_s).toString(),
                 u"request-123456-a1b2c3d4@whatdotheyknow.com"_s);
        const QJsonArray files = message.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toObject().value(u"name"_s).toString(), u"Cais ŵ.pdf"_s);
        QCOMPARE(files.at(1).toObject().value(u"kind"_s).toString(), u"other"_s);
    }

    void followUpJoinsItsThreadAndOffersAReview()
    {
        QCOMPARE(intake({writeMail(u"wdtk.eml"_s, whatDoTheyKnowRequest())}).exitCode, 0);
        const QString path = writeMail(u"followup.eml"_s, followUp());
        CliRun run = intake({path, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"would be correspondence for case 1_26"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"thread: case 1_26: it comes from the WhatDoTheyKnow address"_s));
        QVERIFY(run.out.contains(u"offers: an internal review (the message says \"not "
                                 "satisfied\")"_s));
        run = intake({path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"followup.eml: filed with case 1_26 as correspondence"_s));
    }

    void clarificationNeedsOneToHaveBeenSought()
    {
        QCOMPARE(intake({writeMail(u"wdtk.eml"_s, whatDoTheyKnowRequest())}).exitCode, 0);
        const CliRun run = intake({writeMail(u"followup.eml"_s, followUp()), u"--clarification"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(u"no request for clarification"_s));
    }

    void unreadableMessageExitsTwoAndSaysWhy()
    {
        const CliRun run = intake({writeMail(u"empty.eml"_s, "\n")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(u"empty.eml: not taken in: The file is empty"_s));
    }

    void badDateIsAUsageError()
    {
        const CliRun run = intake(
            {writeMail(u"r.eml"_s, testmail::plainRequest()), u"--received"_s, u"2026-13-01"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--received must be a real date"_s));
    }

    // The sample the README points to.
    void readmeSampleTakesIn()
    {
        const CliRun run = intake({QStringLiteral(FOI_SOURCE_DIR "/docs/examples/request.eml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(u"request.eml: created case 1_26"_s));
        QVERIFY(run.out.contains(u"kept: Ymateb blaenorol.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliIntake)
#include "tst_cli_intake.moc"
