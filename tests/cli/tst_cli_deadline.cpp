#include "tests/cli/CliRunner.h"
#include "tests/support/ReferenceCase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `foi-workbench-cli deadline` and `calendar`, run as an officer would, each with a private
// data folder (XDG_DATA_HOME) so an imported calendar never leaks between tests.
class TestCliDeadline : public QObject
{
    Q_OBJECT

private slots:
    void deadlineVectors_data();
    void deadlineVectors();
    void jsonExplainsTheCount();
    void badDatesAndContradictionsExitTwoWithAMessage_data();
    void badDatesAndContradictionsExitTwoWithAMessage();
    void reviewGivesTargetAndLimit();
    void internalReviewKindVectors_data();
    void internalReviewKindVectors();
    void decisionNoticeKindVectors_data();
    void decisionNoticeKindVectors();
    void decisionNoticeExplainsWhyADateMovedOrNot();
    void kindMisuseExitsTwoNamingTheOption_data();
    void kindMisuseExitsTwoNamingTheOption();
    void calendarShowListsNonWorkingDays();
    void calendarShowGivesTheDateOfTheData();
    void malformedImportExitsTwoAndChangesNothing();
    void importedCalendarIsUsedByLaterRuns();
    void calendarImportRecountsStoredDueDates();

private:
    static QJsonObject json(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
};

void TestCliDeadline::deadlineVectors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("refusal");
    // law-reference.md §2.5.1 and FOIA s10(1)-(3), s17(1); EIR regs 5 and 7.
    QTest::newRow("FOIA, 2 Jan 2025 in Scotland")
        << QStringList{u"--regime"_s, u"FOIA"_s, u"--received"_s, u"2024-12-02"_s}
        << u"2025-01-03"_s << u"2025-01-03"_s;
    QTest::newRow("Saturday receipt")
        << QStringList{u"--received"_s, u"2024-12-21"_s} << u"2025-01-23"_s << u"2025-01-23"_s;
    QTest::newRow("clarification restarts")
        << QStringList{u"--received"_s, u"2025-11-03"_s, u"--clarified"_s, u"2025-11-10"_s}
        << u"2025-12-09"_s << u"2025-12-09"_s;
    QTest::newRow("fees pause") << QStringList{u"--received"_s, u"2025-02-27"_s, u"--fee-notice"_s,
                                               u"2025-03-05"_s, u"--fee-paid"_s, u"2025-03-11"_s}
                                << u"2025-04-04"_s << u"2025-04-04"_s;
    QTest::newRow("s10(3) extension keeps refusal at day 20")
        << QStringList{u"--received"_s, u"2025-06-27"_s, u"--extension"_s, u"20"_s}
        << u"2025-08-27"_s << u"2025-07-28"_s;
    QTest::newRow("EIR reg 7") << QStringList{u"--regime"_s,   u"EIR"_s,         u"--received"_s,
                                              u"2025-11-10"_s, u"--extension"_s, u"20"_s}
                               << u"2026-01-12"_s << u"2026-01-12"_s;
}

void TestCliDeadline::deadlineVectors()
{
    QFETCH(QStringList, args);
    QTemporaryDir home;
    const CliRun run = runCli(QStringList{u"deadline"_s, u"--json"_s} + args, home.path());
    QCOMPARE(run.exitCode, 0);
    QTEST(json(run).value(u"due"_s).toString(), "due");
    QTEST(json(run).value(u"refusal_notice_due"_s).toString(), "refusal");
}

void TestCliDeadline::jsonExplainsTheCount()
{
    QTemporaryDir home;
    const CliRun run =
        runCli({u"deadline"_s, u"--received"_s, u"2026-11-10"_s, u"--json"_s}, home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = json(run);
    QCOMPARE(o.value(u"received"_s).toString(), QStringLiteral("2026-11-10"));
    QCOMPARE(o.value(u"day_zero"_s).toString(), QStringLiteral("2026-11-10"));
    QCOMPARE(o.value(u"working_days"_s).toInt(), 20);
    QCOMPARE(o.value(u"projected_holidays_used"_s).toBool(true), false);
    QVERIFY(o.value(u"warnings"_s).isArray());
    QVERIFY(o.value(u"events"_s).toArray().size() >= 1);
    QVERIFY(o.value(u"explanation"_s)
                .toArray()
                .contains(QStringLiteral("30 Nov 2026 - St Andrew's Day (Scotland)")));
    const QJsonObject first = o.value(u"skipped"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"date"_s).toString(), QStringLiteral("2026-11-14"));
    QCOMPARE(first.value(u"reason"_s).toString(), QStringLiteral("Saturday"));

    const CliRun text = runCli({u"deadline"_s, u"--received"_s, u"2026-11-10"_s}, home.path());
    QVERIFY2(text.out.contains(QStringLiteral("Wed 9 Dec 2026")), qPrintable(text.out));
}

void TestCliDeadline::badDatesAndContradictionsExitTwoWithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no receipt date") << QStringList{} << u"--received YYYY-MM-DD is required"_s;
    QTest::newRow("impossible date")
        << QStringList{u"--received"_s, u"2026-02-30"_s} << u"real date written YYYY-MM-DD"_s;
    QTest::newRow("UK-style date")
        << QStringList{u"--received"_s, u"10/11/2026"_s} << u"not '10/11/2026'"_s;
    QTest::newRow("unknown regime")
        << QStringList{u"--regime"_s, u"FOISA"_s, u"--received"_s, u"2026-11-10"_s}
        << u"FOIA or EIR"_s;
    QTest::newRow("clarified before receipt")
        << QStringList{u"--received"_s, u"2026-11-10"_s, u"--clarified"_s, u"2026-11-09"_s}
        << u"before the request"_s;
    QTest::newRow("fee notice without payment")
        << QStringList{u"--received"_s, u"2026-11-10"_s, u"--fee-notice"_s, u"2026-11-12"_s}
        << u"the fee is unpaid"_s;
    QTest::newRow("fees under EIR")
        << QStringList{u"--regime"_s,     u"EIR"_s,        u"--received"_s, u"2026-11-10"_s,
                       u"--fee-notice"_s, u"2026-11-12"_s, u"--fee-paid"_s, u"2026-11-13"_s}
        << u"does not apply to EIR"_s;
    QTest::newRow("EIR beyond 40 days")
        << QStringList{u"--regime"_s,   u"EIR"_s,         u"--received"_s,
                       u"2026-11-10"_s, u"--extension"_s, u"25"_s}
        << u"40 working days at most"_s;
    QTest::newRow("extension not a number")
        << QStringList{u"--received"_s, u"2026-11-10"_s, u"--extension"_s, u"ten"_s}
        << u"whole number"_s;
}

void TestCliDeadline::badDatesAndContradictionsExitTwoWithAMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir home;
    const CliRun run = runCli(QStringList{u"deadline"_s} + args, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliDeadline::reviewGivesTargetAndLimit()
{
    QTemporaryDir home;
    const CliRun run = runCli(
        {u"deadline"_s, u"--review"_s, u"--received"_s, u"2025-11-10"_s, u"--json"_s}, home.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"target"_s).toString(), QStringLiteral("2025-12-09"));
    QCOMPARE(json(run).value(u"latest"_s).toString(), QStringLiteral("2026-01-12"));
}

// s45 Code of Practice (2018) and ICO guidance: 20 working days, 40 at most (FOIA);
// EIR reg 11(4): 40, no extension. Vectors of after-the-reply-and-publishing.md §0.1.
void TestCliDeadline::internalReviewKindVectors_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("maximum");
    QTest::newRow("6 Jan 2025") << u"2025-01-06"_s << u"2025-02-03"_s << u"2025-03-03"_s;
    QTest::newRow("14 Apr 2025") << u"2025-04-14"_s << u"2025-05-15"_s << u"2025-06-13"_s;
    QTest::newRow("17 Nov 2025") << u"2025-11-17"_s << u"2025-12-16"_s << u"2026-01-19"_s;
}

void TestCliDeadline::internalReviewKindVectors()
{
    QFETCH(QString, received);
    QFETCH(QString, due);
    QFETCH(QString, maximum);
    QTemporaryDir home;
    const CliRun foia = runCli({u"deadline"_s, u"--kind"_s, u"internal-review"_s, u"--regime"_s,
                                u"FOIA"_s, u"--received"_s, received, u"--json"_s},
                               home.path());
    QCOMPARE(foia.exitCode, 0);
    QCOMPARE(json(foia).value(u"due"_s).toString(), due);
    QCOMPARE(json(foia).value(u"maximum"_s).toString(), maximum);
    QVERIFY(!json(foia).value(u"skipped"_s).toArray().isEmpty());
    const CliRun eir = runCli({u"deadline"_s, u"--kind"_s, u"internal-review"_s, u"--regime"_s,
                               u"EIR"_s, u"--received"_s, received, u"--json"_s},
                              home.path());
    QCOMPARE(eir.exitCode, 0);
    QCOMPARE(json(eir).value(u"due"_s).toString(), maximum);
    QVERIFY(!json(eir).contains(u"maximum"_s)); // reg 11(4) has no longer limit
    const CliRun text = runCli(
        {u"deadline"_s, u"--kind"_s, u"internal-review"_s, u"--received"_s, received}, home.path());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Days not counted:"_s), qPrintable(text.out));
}

// FOIA s50(6): steps 35 calendar days from the notice, never moved; GRC Rules 2009 r22(1)(b)
// and r12(2): the appeal received within 28 days, in time on the next working day.
void TestCliDeadline::decisionNoticeKindVectors_data()
{
    QTest::addColumn<QString>("dated");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("appeal");
    QTest::newRow("10 Mar 2025") << u"2025-03-10"_s << u"2025-04-14"_s << u"2025-04-07"_s;
    QTest::newRow("21 Mar 2025") << u"2025-03-21"_s << u"2025-04-25"_s << u"2025-04-22"_s;
    QTest::newRow("27 Nov 2025") << u"2025-11-27"_s << u"2026-01-01"_s << u"2025-12-29"_s;
}

void TestCliDeadline::decisionNoticeKindVectors()
{
    QFETCH(QString, dated);
    QFETCH(QString, steps);
    QFETCH(QString, appeal);
    QTemporaryDir home;
    const CliRun run =
        runCli({u"deadline"_s, u"--kind"_s, u"decision-notice"_s, u"--dated"_s, dated, u"--json"_s},
               home.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"steps_due"_s).toString(), steps);
    QCOMPARE(json(run).value(u"appeal_due"_s).toString(), appeal);
}

void TestCliDeadline::decisionNoticeExplainsWhyADateMovedOrNot()
{
    QTemporaryDir home;
    const CliRun run =
        runCli({u"deadline"_s, u"--kind"_s, u"decision-notice"_s, u"--dated"_s, u"2025-11-27"_s},
               home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Steps due:             Thu 1 Jan 2026"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"does not move"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Appeal received by:    Mon 29 Dec 2025"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"moved over 25 Dec 2025 - Christmas Day"_s), qPrintable(run.out));
    const CliRun json = runCli({u"deadline"_s, u"--kind"_s, u"decision-notice"_s, u"--dated"_s,
                                u"2025-11-27"_s, u"--json"_s},
                               home.path());
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!object.value(u"steps"_s).toObject().value(u"warning"_s).toString().isEmpty());
    QCOMPARE(object.value(u"appeal"_s).toObject().value(u"moved_over"_s).toArray().size(), 4);
}

void TestCliDeadline::kindMisuseExitsTwoNamingTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind")
        << QStringList{u"--kind"_s, u"appeal"_s, u"--dated"_s, u"2025-03-10"_s}
        << u"--kind must be request, internal-review or decision-notice"_s;
    QTest::newRow("decision notice without its date")
        << QStringList{u"--kind"_s, u"decision-notice"_s} << u"needs --dated"_s;
    QTest::newRow("decision notice with a receipt date")
        << QStringList{u"--kind"_s,     u"decision-notice"_s, u"--dated"_s,
                       u"2025-03-10"_s, u"--received"_s,      u"2025-03-01"_s}
        << u"takes only --dated"_s;
    QTest::newRow("impossible notice date")
        << QStringList{u"--kind"_s, u"decision-notice"_s, u"--dated"_s, u"2025-02-30"_s}
        << u"--dated must be a real date"_s;
    QTest::newRow("--dated on a request")
        << QStringList{u"--received"_s, u"2025-03-10"_s, u"--dated"_s, u"2025-03-10"_s}
        << u"--dated goes with --kind decision-notice"_s;
    QTest::newRow("--review with another kind")
        << QStringList{u"--review"_s, u"--kind"_s, u"decision-notice"_s, u"--dated"_s,
                       u"2025-03-10"_s}
        << u"--review is --kind internal-review"_s;
}

void TestCliDeadline::kindMisuseExitsTwoNamingTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir home;
    const CliRun run = runCli(QStringList{u"deadline"_s} + args, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliDeadline::calendarShowListsNonWorkingDays()
{
    QTemporaryDir home;
    const CliRun run =
        runCli({u"calendar"_s, u"show"_s, u"--year"_s, u"2028"_s, u"--json"_s}, home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = json(run);
    QVERIFY(o.value(u"projected"_s).toBool());
    QCOMPARE(o.value(u"non_working_days"_s).toArray().size(), 13);
    const CliRun bad = runCli({u"calendar"_s, u"show"_s, u"--year"_s, u"1066"_s}, home.path());
    QCOMPARE(bad.exitCode, 2);
}

void TestCliDeadline::calendarShowGivesTheDateOfTheData()
{
    // Scotland's one-off 15 June 2026 (Banking and Financial Dealings Act 1971, s1(3)) is in the
    // built-in data, and the date of that data and of any imported file is shown.
    QTemporaryDir home;
    const CliRun run =
        runCli({u"calendar"_s, u"show"_s, u"--year"_s, u"2026"_s, u"--json"_s}, home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = json(run);
    QCOMPARE(o.value(u"built_in_data_date"_s).toString(), QStringLiteral("2026-12-07"));
    QVERIFY(o.value(u"imported_file_date"_s).isNull());
    QVERIFY(o.value(u"data_out_of_date"_s).isBool());
    bool worldCup = false;
    for (const QJsonValue &day : o.value(u"non_working_days"_s).toArray())
        worldCup = worldCup || day.toObject().value(u"date"_s).toString() == u"2026-06-15"_s;
    QVERIFY(worldCup);

    const QString file = home.filePath(u"update.json"_s);
    QVERIFY(
        QFile::copy(QStringLiteral(FOI_SOURCE_DIR "/resources/calendar/bank-holidays.json"), file));
    QCOMPARE(runCli({u"calendar"_s, u"import"_s, file}, home.path()).exitCode, 0);
    const CliRun text = runCli({u"calendar"_s, u"show"_s, u"--year"_s, u"2026"_s}, home.path());
    QVERIFY2(text.out.contains(QStringLiteral("15 Jun 2026 - Bank holiday for Scotland's return "
                                              "to the World Cup (Scotland)")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Data: Built-in bank holidays checked on 7 Dec "
                                              "2026; your imported GOV.UK file of %1.")
                                   .arg(QDate::currentDate().toString(u"d MMM yyyy"_s))),
             qPrintable(text.out));
}

void TestCliDeadline::malformedImportExitsTwoAndChangesNothing()
{
    QTemporaryDir home;
    const QString file = home.filePath(u"bad.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"j({"england-and-wales":{"events":[{"title":"x","date":"2031-13-01"}]}})j");
    out.close();
    const CliRun run = runCli({u"calendar"_s, u"import"_s, file}, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("england-and-wales.events[0].date")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(home.filePath(u"foi-workbench/bank-holidays.json"_s)));
    const CliRun missing =
        runCli({u"calendar"_s, u"import"_s, home.filePath(u"none.json"_s)}, home.path());
    QCOMPARE(missing.exitCode, 2);
}

void TestCliDeadline::importedCalendarIsUsedByLaterRuns()
{
    QTemporaryDir home;
    // A proclaimed one-off day in 2031 that the rules cannot know: Fri 6 Jun 2031, all of the UK.
    QJsonObject root;
    for (const QString &division : {u"england-and-wales"_s, u"scotland"_s, u"northern-ireland"_s}) {
        const QJsonArray events{
            QJsonObject{{u"title"_s, u"New Year's Day"_s}, {u"date"_s, u"2031-01-01"_s}},
            QJsonObject{{u"title"_s, u"Special bank holiday"_s}, {u"date"_s, u"2031-06-06"_s}}};
        root.insert(division, QJsonObject{{u"division"_s, division}, {u"events"_s, events}});
    }
    const QString file = home.filePath(u"update.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const CliRun before =
        runCli({u"deadline"_s, u"--received"_s, u"2031-06-02"_s, u"--json"_s}, home.path());
    const CliRun import = runCli({u"calendar"_s, u"import"_s, file}, home.path());
    QCOMPARE(import.exitCode, 0);
    QVERIFY(import.out.contains(QStringLiteral("2031")));
    const CliRun after =
        runCli({u"deadline"_s, u"--received"_s, u"2031-06-02"_s, u"--json"_s}, home.path());
    QCOMPARE(QDate::fromString(json(before).value(u"due"_s).toString(), Qt::ISODate).addDays(1),
             QDate::fromString(json(after).value(u"due"_s).toString(), Qt::ISODate));
    QVERIFY(json(after)
                .value(u"explanation"_s)
                .toArray()
                .contains(QStringLiteral("6 Jun 2031 - Special bank holiday")));
}

// FOIA s10(1) and s10(6): an imported one-off holiday (Banking and Financial Dealings Act 1971
// s1(3)) moves the due date stored with an open case, in one audited recount that says what
// moved, and `list --json` then gives the new date, the one `deadline` counts.
void TestCliDeadline::calendarImportRecountsStoredDueDates()
{
    QTemporaryDir home;
    const QString store = home.filePath(u"cases.foistore"_s);
    QJsonObject theCase = testsupport::referenceCaseObject();
    theCase.insert(u"reference"_s, u"CAL-1"_s);
    theCase.insert(u"dateOfReceipt"_s, u"2026-11-02"_s);
    QJsonObject reply = theCase.value(u"reply"_s).toObject();
    reply.remove(u"sentOn"_s); // still open
    theCase.insert(u"reply"_s, reply);
    const QString caseFile = testsupport::writeJsonFile(home.filePath(u"cal-1.json"_s), theCase);
    QCOMPARE(runCli({u"--store"_s, store, u"import"_s, u"--officer"_s, u"Jo Officer"_s, caseFile},
                    home.path())
                 .exitCode,
             0);
    const auto storedDue = [&] {
        const CliRun list = runCli({u"--store"_s, store, u"list"_s, u"--json"_s}, home.path());
        return QJsonDocument::fromJson(list.out.toUtf8())
            .array()
            .at(0)
            .toObject()
            .value(u"due_date"_s)
            .toString();
    };
    const auto counted = [&] {
        return json(runCli({u"deadline"_s, u"--received"_s, u"2026-11-02"_s, u"--json"_s},
                           home.path()))
            .value(u"due"_s)
            .toString();
    };
    const QString before = storedDue();
    QCOMPARE(before, counted());

    // The built-in data with a one-off England and Wales holiday on Monday 9 November 2026.
    QFile builtIn(QStringLiteral(FOI_SOURCE_DIR "/resources/calendar/bank-holidays.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject england = root.value(u"england-and-wales"_s).toObject();
    QJsonArray events = england.value(u"events"_s).toArray();
    events.append(QJsonObject{{u"title"_s, u"One-off holiday"_s}, {u"date"_s, u"2026-11-09"_s}});
    england.insert(u"events"_s, events);
    root.insert(u"england-and-wales"_s, england);
    const QString file = home.filePath(u"one-off.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    const CliRun import = runCli(
        {u"--store"_s, store, u"calendar"_s, u"import"_s, u"--officer"_s, u"Jo Officer"_s, file},
        home.path());
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(u"Due dates moved for 1 of 1 open cases: CAL-1 from "_s),
             qPrintable(import.out + import.err));
    const QString after = storedDue();
    QCOMPARE(QDate::fromString(after, Qt::ISODate),
             QDate::fromString(before, Qt::ISODate).addDays(1));
    QCOMPARE(after, counted());
    // The recount is in the audit chain, which still verifies.
    const CliRun audit = runCli({u"--store"_s, store, u"audit"_s, u"verify"_s}, home.path());
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
}

QTEST_GUILESS_MAIN(TestCliDeadline)
#include "tst_cli_deadline.moc"
