#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Offline review from the command line, as two officers on two machines would do it: each has
// a data folder of their own (their keys), the officer has the store, the reviewer has none.
class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_officerHome;
    QString m_reviewerHome;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun officer(QStringList args)
    {
        args.append({QStringLiteral("--officer"), QStringLiteral("Jo Officer")});
        return runCli(QStringList{QStringLiteral("--store"), m_store} + args, m_officerHome);
    }

    CliRun reviewer(QStringList args, const QString &home = {})
    {
        args.append({QStringLiteral("--officer"), QStringLiteral("Sam Senior")});
        return runCli(args, home.isEmpty() ? m_reviewerHome : home);
    }

    QString writeCase(const QString &requestText)
    {
        const QString path = file(QStringLiteral("RV-1.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write the case file");
        out.write(QStringLiteral(R"({"formatVersion":1,"reference":"RV-1","regime":"FOIA",)"
                                 R"("authority":{"name":"Test Constabulary","kind":"police"},)"
                                 R"("dateOfReceipt":"2026-02-02",)"
                                 R"("requester":{"name":"Ada Asker","email":"ada@example.org"},)"
                                 R"("requestText":"%1","questions":[{"id":"Q1","text":"%1"}]})")
                      .arg(requestText)
                      .toUtf8());
        return path;
    }

    static QString show(const CliRun &run)
    {
        return QStringLiteral("exit %1\n%2\n%3").arg(run.exitCode).arg(run.out, run.err);
    }

private slots:
    void initTestCase()
    {
        m_store = file(QStringLiteral("cases.foistore"));
        m_officerHome = file(QStringLiteral("officer-home"));
        m_reviewerHome = file(QStringLiteral("reviewer-home"));
        const CliRun imported =
            officer({QStringLiteral("import"), writeCase(QStringLiteral("How many drones?"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(show(imported)));
        // The two officers swap public keys and trust each other's.
        QCOMPARE(officer({QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                          file(QStringLiteral("officer.pub"))})
                     .exitCode,
                 0);
        QCOMPARE(reviewer({QStringLiteral("keys"), QStringLiteral("export"),
                           QStringLiteral("--out"), file(QStringLiteral("reviewer.pub"))})
                     .exitCode,
                 0);
        const CliRun trusted = officer({QStringLiteral("keys"), QStringLiteral("trust"),
                                        file(QStringLiteral("reviewer.pub"))});
        QVERIFY2(trusted.exitCode == 0, qPrintable(show(trusted)));
        QVERIFY(trusted.out.contains(QStringLiteral("Fingerprint: ")));
        QCOMPARE(reviewer({QStringLiteral("keys"), QStringLiteral("trust"),
                           file(QStringLiteral("officer.pub"))})
                     .exitCode,
                 0);
    }

    void keysShowAndListGiveFingerprints()
    {
        const CliRun shown = officer({QStringLiteral("keys"), QStringLiteral("show")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(QStringLiteral("Jo Officer")));
        const CliRun listed = officer({QStringLiteral("keys"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("Sam Senior")));
        QVERIFY(listed.out.contains(QStringLiteral("trusted")));
        QCOMPARE(officer({QStringLiteral("keys"), QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(officer({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("12AB")})
                     .exitCode,
                 2);
    }

    void exportRespondImportRoundTrip()
    {
        const QString bundle = file(QStringLiteral("rv1.foireview"));
        const CliRun exported =
            officer({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("RV-1"),
                     QStringLiteral("--out"), bundle, QStringLiteral("--reviewer"),
                     QStringLiteral("Sam Senior")});
        QVERIFY2(exported.exitCode == 0, qPrintable(show(exported)));
        QVERIFY(exported.out.contains(QStringLiteral("Encrypted for Sam Senior")));
        QVERIFY(exported.out.contains(QStringLiteral("[Requester]")));

        const CliRun verified =
            reviewer({QStringLiteral("review"), QStringLiteral("verify"), bundle});
        QVERIFY2(verified.exitCode == 0, qPrintable(show(verified)));
        QVERIFY(verified.out.contains(QStringLiteral("Valid review bundle of case RV-1")));
        QVERIFY(verified.out.contains(QStringLiteral("withheld")));

        const QString response = file(QStringLiteral("rv1.foiresponse"));
        const CliRun responded =
            reviewer({QStringLiteral("review"), QStringLiteral("respond"), bundle,
                      QStringLiteral("--approve"), QStringLiteral("--comment"),
                      QStringLiteral("Sound reasoning."), QStringLiteral("--question-comment"),
                      QStringLiteral("Q1=Clear answer."), QStringLiteral("--out"), response});
        QVERIFY2(responded.exitCode == 0, qPrintable(show(responded)));

        const CliRun checked =
            officer({QStringLiteral("review"), QStringLiteral("verify"), response});
        QVERIFY2(checked.exitCode == 0, qPrintable(show(checked)));
        QVERIFY(checked.out.contains(QStringLiteral("APPROVED")));
        QVERIFY(checked.out.contains(QStringLiteral("unchanged")));

        const CliRun imported =
            officer({QStringLiteral("review"), QStringLiteral("import"), response});
        QVERIFY2(imported.exitCode == 0, qPrintable(show(imported)));
        QVERIFY(imported.out.contains(QStringLiteral("ready to send")));
        QVERIFY(imported.out.contains(QStringLiteral("Q1: Clear answer.")));
        const CliRun status =
            officer({QStringLiteral("review"), QStringLiteral("status"), QStringLiteral("RV-1")});
        QVERIFY(status.out.contains(QStringLiteral("ready to send")));
        // Issue 25, point 2: the reviewer's comments, each open until the officer answers it.
        QVERIFY2(status.out.contains(QStringLiteral("Sam Senior on question Q1")),
                 qPrintable(show(status)));
        QVERIFY(status.out.contains(QStringLiteral("Clear answer.")));
        QVERIFY(status.out.contains(QStringLiteral("Sound reasoning.")));
        QVERIFY(status.out.contains(QStringLiteral("OPEN: not answered yet")));
        const CliRun audit = runCli(
            {QStringLiteral("--store"), m_store, QStringLiteral("audit"), QStringLiteral("verify")},
            m_officerHome);
        QVERIFY2(audit.exitCode == 0, qPrintable(show(audit)));

        const CliRun again =
            officer({QStringLiteral("review"), QStringLiteral("import"), response});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already imported")));
    }

    void strangerAndTamperedFilesAreRefused()
    {
        const QString bundle = file(QStringLiteral("plain.foireview"));
        QCOMPARE(officer({QStringLiteral("review"), QStringLiteral("export"),
                          QStringLiteral("RV-1"), QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);
        const CliRun stranger =
            reviewer({QStringLiteral("review"), QStringLiteral("verify"), bundle},
                     file(QStringLiteral("stranger-home")));
        QCOMPARE(stranger.exitCode, 1);
        QVERIFY(stranger.err.contains(QStringLiteral("review.untrusted-signer")));

        QFile in(bundle);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        in.close();
        bytes[bytes.indexOf("How many drones")] = 'W';
        const QString tampered = file(QStringLiteral("tampered.foireview"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const CliRun refused =
            reviewer({QStringLiteral("review"), QStringLiteral("verify"), tampered});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("review.tampered")));
    }

    // Issue 25, point 4: with no --officer, the command line signs as the officer the
    // workbench's Settings name, so both use the same key.
    void keysFollowTheOfficerNamedInTheWorkbenchSettings()
    {
        qunsetenv("FOI_OFFICER");
        const QString home = file(QStringLiteral("gui-home"));
        const CliRun paths = runCli({QStringLiteral("paths"), QStringLiteral("--json")}, home);
        QCOMPARE(paths.exitCode, 0);
        const QString settingsFile = QJsonDocument::fromJson(paths.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("settings"))
                                         .toString();
        QVERIFY2(settingsFile.startsWith(home), qPrintable(paths.out));
        QVERIFY(QDir().mkpath(QFileInfo(settingsFile).path()));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[officer]\nname=Sam Senior\n");
        settings.close();
        const CliRun named = runCli({QStringLiteral("keys"), QStringLiteral("show"),
                                     QStringLiteral("--officer"), QStringLiteral("Sam Senior")},
                                    home);
        const CliRun unnamed = runCli({QStringLiteral("keys"), QStringLiteral("show")}, home);
        QCOMPARE(unnamed.exitCode, 0);
        QVERIFY2(unnamed.out.contains(QStringLiteral("Key of Sam Senior")),
                 qPrintable(show(unnamed)));
        const auto fingerprint = [](const CliRun &run) {
            return run.out.section(QStringLiteral("Fingerprint: "), 1).section(u'\n', 0, 0);
        };
        QVERIFY(!fingerprint(named).isEmpty());
        QCOMPARE(fingerprint(unnamed), fingerprint(named));
    }

    // Issue 25, point 3: `review respond --approve` refuses a bundle signed with your own key.
    void anOfficerCannotApproveTheirOwnBundle()
    {
        const QString bundle = file(QStringLiteral("own.foireview"));
        QCOMPARE(officer({QStringLiteral("review"), QStringLiteral("export"),
                          QStringLiteral("RV-1"), QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);
        const QString response = file(QStringLiteral("own.foiresponse"));
        const CliRun approved =
            officer({QStringLiteral("review"), QStringLiteral("respond"), bundle,
                     QStringLiteral("--approve"), QStringLiteral("--comment"),
                     QStringLiteral("Fine by me."), QStringLiteral("--out"), response});
        QCOMPARE(approved.exitCode, 1);
        QVERIFY2(approved.err.contains(QStringLiteral("review.self-approval")),
                 qPrintable(show(approved)));
        QVERIFY(!QFile::exists(response));
    }

    void usageProblemsExitWithTwo()
    {
        QCOMPARE(reviewer({QStringLiteral("review"), QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(reviewer({QStringLiteral("review"), QStringLiteral("verify"),
                           file(QStringLiteral("missing.foireview"))})
                     .exitCode,
                 2);
        QCOMPARE(reviewer({QStringLiteral("review"), QStringLiteral("respond"),
                           file(QStringLiteral("rv1.foireview")), QStringLiteral("--approve"),
                           QStringLiteral("--return"), QStringLiteral("--comment"),
                           QStringLiteral("x"), QStringLiteral("--out"), file(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(
            officer({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("RV-1")})
                .exitCode,
            2);
        QCOMPARE(officer({QStringLiteral("review"), QStringLiteral("dance")}).exitCode, 2);
    }

    // Runs last: it changes the case.
    void zStaleResponseIsRefusedWithTheDifferences()
    {
        const QString bundle = file(QStringLiteral("stale.foireview"));
        QCOMPARE(officer({QStringLiteral("review"), QStringLiteral("export"),
                          QStringLiteral("RV-1"), QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);
        const QString response = file(QStringLiteral("stale.foiresponse"));
        QCOMPARE(reviewer({QStringLiteral("review"), QStringLiteral("respond"), bundle,
                           QStringLiteral("--return"), QStringLiteral("--comment"),
                           QStringLiteral("Cite s31."), QStringLiteral("--out"), response})
                     .exitCode,
                 0);
        QCOMPARE(
            officer({QStringLiteral("import"), writeCase(QStringLiteral("How many drones now?"))})
                .exitCode,
            0);
        const CliRun verified =
            officer({QStringLiteral("review"), QStringLiteral("verify"), response});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY(verified.out.contains(QStringLiteral("STALE")));
        const CliRun imported =
            officer({QStringLiteral("review"), QStringLiteral("import"), response});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("review.stale")), qPrintable(show(imported)));
        QVERIFY(imported.out.contains(QStringLiteral("requestText")));
        QVERIFY(imported.out.contains(QStringLiteral("How many drones now?")));
        const CliRun status =
            officer({QStringLiteral("review"), QStringLiteral("status"), QStringLiteral("RV-1")});
        QVERIFY2(status.out.contains(QStringLiteral("awaiting review")), qPrintable(show(status)));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
