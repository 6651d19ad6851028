#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// A closed case: the requester's details in the request and the reply, and a third party's
// phone number (the authority's switchboard) in the reply.
const QByteArray closedCase = R"({
    "formatVersion": 1,
    "reference": "DL-1",
    "title": "Gritting routes in winter 2025",
    "regime": "FOIA",
    "dateOfReceipt": "2026-01-05",
    "requester": {
        "name": "Tomasz Wiśniewski",
        "email": "tomasz.w@example.com",
        "addressForCorrespondence": "9 Quarry Road\nOtley\nLS21 3XY"
    },
    "requestText": "Please send the gritting routes.\nTomasz\nWiśniewski, 9 Quarry Road, LS21 3XY",
    "questions": [
        {"id": "Q1", "text": "Which roads are gritted?",
         "determination": {"holding": "held", "communication": "in-full"}}
    ],
    "reply": {
        "sentOn": "2026-01-28",
        "sent": [{"version": 1, "sentOn": "2026-01-28",
                  "decision": ["Dear Mr Wiśniewski,", "The routes are attached. Ring 0113 222 4444 with questions."]}]
    }
})";

const QByteArray openCase = R"({
    "formatVersion": 1,
    "reference": "DL-2",
    "regime": "FOIA",
    "dateOfReceipt": "2026-02-02",
    "requester": {"name": "Someone Else"},
    "requestText": "Not answered yet.",
    "questions": [{"id": "Q1", "text": "Anything?"}]
})";

const QStringList requesterStrings{u"Tomasz"_s, u"Wiśniewski"_s, u"tomasz.w@example.com"_s,
                                   u"9 Quarry Road"_s, u"LS21 3XY"_s};

} // namespace

// foi-workbench-cli disclosure-log (issue 18 points 5 and 6): the whole flow scriptable, the
// export in three formats holding no requester detail (FOIA s40(2)), exit 1 naming the case
// and the hit for an undecided one, exit 2 naming the option for bad input.
class TestCliDisclosureLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    CliRun run(QStringList args)
    {
        args.prepend(m_store);
        args.prepend(u"--store"_s);
        return runCli(args, m_dir.filePath(u"home"_s));
    }

    CliRun log(const QStringList &args) { return run(QStringList{u"disclosure-log"_s} + args); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    static QString readAll(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(u"log.foistore"_s);
        const CliRun imported =
            run({u"import"_s, u"--officer"_s, u"Jo Officer"_s, write(u"dl1.json"_s, closedCase),
                 write(u"dl2.json"_s, openCase)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void caseWithoutSentReplyIsRefused()
    {
        const CliRun prepared = log({u"prepare"_s, u"DL-2"_s, u"--officer"_s, u"Jo Officer"_s});
        QCOMPARE(prepared.exitCode, 1);
        QVERIFY2(prepared.err.contains(u"DL-2"_s), qPrintable(prepared.err));
    }

    void badInputNamesTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("no verb") << QStringList() << u"VERB"_s;
        QTest::newRow("no reference") << QStringList{u"prepare"_s} << u"reference"_s;
        QTest::newRow("bad day") << QStringList{u"publish"_s, u"DL-1"_s, u"--on"_s, u"31/31/2026"_s}
                                 << u"--on"_s;
        QTest::newRow("no decision")
            << QStringList{u"resolve"_s, u"DL-1"_s, u"reply-2"_s} << u"--redact"_s;
        QTest::newRow("no out") << QStringList{u"export"_s} << u"--out"_s;
        QTest::newRow("bad format")
            << QStringList{u"export"_s, u"--out"_s, u"x"_s, u"--format"_s, u"pdf"_s}
            << u"--format"_s;
        QTest::newRow("period backwards")
            << QStringList{u"export"_s,     u"--out"_s, u"x"_s,         u"--from"_s,
                           u"2026-03-01"_s, u"--to"_s,  u"2026-02-01"_s}
            << u"--to"_s;
        QTest::newRow("return without reason")
            << QStringList{u"return"_s, u"DL-1"_s} << u"--reason"_s;
    }

    void badInputNamesTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliRun result = log(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
    }

    // s40(2): nothing goes out while a hit is undecided, and the preparer cannot approve.
    void wholeFlowThenExportInEachFormat()
    {
        const CliRun prepared = log(
            {u"prepare"_s, u"DL-1"_s, u"--officer"_s, u"Jo Officer"_s, u"--on"_s, u"2026-02-10"_s});
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.err));
        const CliRun shown = log({u"show"_s, u"DL-1"_s});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(u"reply-2  phone  unresolved  \"0113 222 4444\""_s),
                 qPrintable(shown.out));
        for (const QString &detail : requesterStrings)
            QVERIFY2(!shown.out.contains(detail, Qt::CaseInsensitive), qPrintable(shown.out));
        const CliRun early = log({u"submit"_s, u"DL-1"_s, u"--officer"_s, u"Jo Officer"_s});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(u"DL-1"_s) && early.err.contains(u"reply-2"_s),
                 qPrintable(early.err));
        QCOMPARE(log({u"resolve"_s, u"DL-1"_s, u"request-1"_s, u"--keep"_s, u"why not"_s}).exitCode,
                 1);
        QCOMPARE(log({u"resolve"_s, u"DL-1"_s, u"reply-2"_s, u"--keep"_s,
                      u"our published switchboard"_s, u"--officer"_s, u"Jo Officer"_s})
                     .exitCode,
                 0);
        QCOMPARE(log({u"submit"_s, u"DL-1"_s, u"--officer"_s, u"Jo Officer"_s}).exitCode, 0);
        const CliRun self = log({u"approve"_s, u"DL-1"_s, u"--officer"_s, u"Jo Officer"_s});
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains(u"second officer"_s), qPrintable(self.err));
        QCOMPARE(log({u"approve"_s, u"DL-1"_s, u"--officer"_s, u"Sam Second"_s}).exitCode, 0);
        QCOMPARE(log({u"publish"_s, u"DL-1"_s, u"--officer"_s, u"Sam Second"_s, u"--on"_s,
                      u"2026-02-12"_s})
                     .exitCode,
                 0);

        const QString out = m_dir.filePath(u"site"_s);
        for (const QString &format : {u"html"_s, u"csv"_s, u"json"_s}) {
            const CliRun exported = log({u"export"_s, u"--out"_s, out, u"--format"_s, format});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
        const QString index = readAll(out + u"/index.html"_s);
        const QString page = readAll(out + u"/DL-1.html"_s);
        const QString csv = readAll(out + u"/disclosure-log.csv"_s);
        const QString json = readAll(out + u"/disclosure-log.json"_s);
        QVERIFY(index.contains(u"<html lang=\"en\">"_s));
        QVERIFY(index.contains(u"<caption>"_s) && index.contains(u"<th scope=\"col\">"_s));
        QVERIFY(index.contains(u"href=\"DL-1.html\""_s));
        QVERIFY(page.contains(u"<h1>DL-1: Gritting routes in winter 2025</h1>"_s));
        QVERIFY(page.contains(u"Ring 0113 222 4444 with questions."_s)); // kept with a reason
        QVERIFY(page.contains(u"Dear Mr [redacted: personal data],"_s));
        QVERIFY(csv.startsWith(u"reference,version,title,regime,received,answered,"
                               "first_published,published,amended,outcome,exemptions,"
                               "request_text,reply_text,released_files\r\n"_s));
        QVERIFY(json.contains(u"\"first_published\": \"2026-02-12\""_s));
        for (const QString &text : {index, page, csv, json}) {
            QVERIFY(!text.contains(u"<script"_s, Qt::CaseInsensitive));
            for (const QString &detail : requesterStrings)
                QVERIFY2(!text.contains(detail, Qt::CaseInsensitive), qPrintable(detail));
        }
        // A period with nothing published in it gives an empty log.
        const CliRun none =
            log({u"export"_s, u"--out"_s, m_dir.filePath(u"empty"_s), u"--from"_s, u"2026-03-01"_s,
                 u"--to"_s, u"2026-03-31"_s, u"--format"_s, u"json"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.startsWith(u"0 entries"_s));
    }

    // Issue 18 point 6: an entry whose hit is undecided (here, the store altered behind the
    // workbench's back) stops the export, which names the case and the hit.
    void exportRefusesAnUndecidedHit()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_store);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE disclosure_log_entries SET entry = replace(entry, "
                               "'\"decision\":\"keep\"', '\"decision\":\"unresolved\"')"_s));
            QVERIFY(query.numRowsAffected() > 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const QString out = m_dir.filePath(u"refused"_s);
        const CliRun exported = log({u"export"_s, u"--out"_s, out, u"--format"_s, u"csv"_s});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(u"DL-1"_s) && exported.err.contains(u"reply-2"_s),
                 qPrintable(exported.err));
        QVERIFY(!QFile::exists(out + u"/disclosure-log.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDisclosureLog)
#include "tst_cli_disclosure_log.moc"
