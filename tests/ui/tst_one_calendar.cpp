// One working-day calendar everywhere (issue 21, point 9). Working days leave out every bank
// holiday in any part of the UK (FOIA s10(6), EIR reg 2(1)), and a one-off holiday appointed by
// proclamation under the Banking and Financial Dealings Act 1971 s1(3) reaches the workbench
// only through an imported GOV.UK file. After such an import the due date stored with an open
// case (the case list, its colours and filters), the checker, the letter and the command line's
// `list --json` must all count with it and agree on the new date.

#include "core/law/EffectiveCalendar.h"
#include "core/rules/CaseDeadline.h"
#include "core/services/CalendarImportService.h"
#include "core/services/ReplyService.h"
#include "tests/cli/CliRunner.h"
#include "tests/ui/WorkbenchFixture.h"
#include "ui/models/CaseListModel.h"
#include "ui/settings/CalendarImportPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Labels.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

using namespace foi;

namespace {

const QDate received(2026, 11, 2); // a Monday

bool hasFinding(const QList<core::Finding> &findings, const QString &code)
{
    for (const core::Finding &finding : findings) {
        if (finding.code == code)
            return true;
    }
    return false;
}

QString lateMessage(const QList<core::Finding> &findings)
{
    for (const core::Finding &finding : findings) {
        if (finding.code == QLatin1String("S10-LATE-WITHOUT-APOLOGY"))
            return finding.message;
    }
    return {};
}

// The built-in GOV.UK data with one more England and Wales holiday on `day`.
QString fileWithOneOff(const QTemporaryDir &dir, const QDate &day)
{
    QFile builtIn(QStringLiteral(":/calendar/bank-holidays.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject division = root.value(QStringLiteral("england-and-wales")).toObject();
    QJsonArray events = division.value(QStringLiteral("events")).toArray();
    events.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("One-off test holiday")},
                              {QStringLiteral("date"), day.toString(Qt::ISODate)},
                              {QStringLiteral("notes"), QString()},
                              {QStringLiteral("bunting"), true}});
    division.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("england-and-wales"), division);
    root.remove(QStringLiteral("updated")); // as GOV.UK publishes it
    const QString path = dir.filePath(QStringLiteral("bank-holidays-one-off.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

class TestOneCalendar : public QObject
{
    Q_OBJECT

private slots:
    void importedOneOffHolidayMovesEveryDueDateAlike();
};

void TestOneCalendar::importedOneOffHolidayMovesEveryDueDateAlike()
{
    QTemporaryDir dir;
    // The GUI's calendar file is where the command line keeps its own (XDG_DATA_HOME).
    WorkbenchFixture fixture(dir.path());
    const core::WorkingDayCalendar &builtIn = core::WorkingDayCalendar::builtIn();
    const auto authority = fixture.workbench->authorityProfile();
    QVERIFY(authority);

    auto logged =
        fixture.cases->logNewRequest(received, core::Authority{authority->name, authority->kind});
    QVERIFY2(logged, qPrintable(logged ? QString() : logged.error().message));
    const core::Case theCase = *logged;
    const QDate oldDue = core::CaseDeadline::due(theCase, builtIn); // s10(1): 20th working day
    QVERIFY(oldDue.isValid());
    const QDate oneOff = builtIn.addWorkingDays(received, 5);
    const QDate newDue = builtIn.addWorkingDays(oldDue, 1);
    QVERIFY(newDue > oldDue);

    // Before the import: the list shows the built-in count.
    ui::CaseListModel &list = fixture.workbench->caseListModel();
    fixture.workbench->showCaseList(); // the case logged since the workbench opened
    QTRY_COMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, ui::CaseListModel::Due).data().toString(), ui::Labels::date(oldDue));

    // The officer imports the file in Settings, Calendar, as the workbench shows it.
    const QString file = fileWithOneOff(dir, oneOff);
    QVERIFY(!file.isEmpty());
    QString told;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *page = dialog->findChild<ui::CalendarImportPage *>()) {
            page->importFile(file);
            told = page->findChild<QLabel *>(QStringLiteral("calendarImportResultLabel"))->text();
        }
        dialog->reject();
    });
    fixture.workbench->showSettings();
    QVERIFY2(told.contains(
                 QStringLiteral("Due dates moved for 1 of 1 open cases: %1 from %2 to %3")
                     .arg(theCase.reference, ui::Labels::date(oldDue), ui::Labels::date(newDue))),
             qPrintable(told));

    // The case list (the stored due date), read again.
    QTRY_COMPARE(list.index(0, ui::CaseListModel::Due).data().toString(), ui::Labels::date(newDue));

    // The checker the workbench was built with counts with the imported day at once.
    core::CheckContext onNewDue{newDue, {}};
    QVERIFY(!hasFinding(fixture.checker.check(theCase, onNewDue),
                        QStringLiteral("S10-LATE-WITHOUT-APOLOGY")));
    core::CheckContext dayAfter{newDue.addDays(1), {}};
    QVERIFY(lateMessage(fixture.checker.check(theCase, dayAfter))
                .contains(newDue.toString(Qt::ISODate)));

    // The letter: dated on the new due date it is in time; the built-in count called it late.
    const auto inTime = core::ReplyService::compose(theCase, *authority,
                                                    {core::ExemptionCatalogue::builtIn(),
                                                     fixture.calendar.workingDays(),
                                                     core::EnvironmentalTerms::builtIn()},
                                                    newDue);
    QVERIFY(inTime);
    QVERIFY(!hasFinding(inTime->findings, QStringLiteral("S10-LATE-WITHOUT-APOLOGY")));
    const auto builtInLetter = core::ReplyService::compose(
        theCase, *authority,
        {core::ExemptionCatalogue::builtIn(), builtIn, core::EnvironmentalTerms::builtIn()},
        newDue);
    QVERIFY(builtInLetter);
    QVERIFY(lateMessage(builtInLetter->findings).contains(oldDue.toString(Qt::ISODate)));

    // The command line's list gives the stored due date.
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--store"), fixture.storePath},
                              dir.filePath(QStringLiteral("cli")));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cases = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("due_date")).toString(),
             newDue.toString(Qt::ISODate));

    // One audited recount, in the officer's name.
    const auto rows = fixture.store->audit().rowsAbout({QStringLiteral("due-dates")},
                                                       QStringLiteral("open-cases"), 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).action, QStringLiteral("recount-due-dates"));
    QCOMPARE(rows->at(0).officer, QStringLiteral("Test Officer"));
}

QTEST_MAIN(TestOneCalendar)
#include "tst_one_calendar.moc"
