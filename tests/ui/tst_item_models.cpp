// Every item model of the user interface under QAbstractItemModelTester, driven through the
// changes the officer makes: the case list fetched lazily from a store, the questions, claims,
// provisions and findings of a case.

#include "core/intake/QuestionEdits.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseHistory.h"
#include "core/services/CaseQueryService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "ui/models/CaseHistoryModel.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/ClaimListModel.h"
#include "ui/models/FindingListModel.h"
#include "ui/models/ProvisionFilterModel.h"
#include "ui/models/ProvisionListModel.h"
#include "ui/models/QuestionListModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace foi;

namespace {

core::Case storedCase(int number, const QDate &received, core::Regime regime)
{
    core::Case c;
    c.reference = QStringLiteral("%1_26").arg(number);
    c.dateOfReceipt = received;
    c.regime = regime;
    c.requester.name = QStringLiteral("Requester %1").arg(number);
    c.requester.email = QStringLiteral("r%1@example.org").arg(number);
    c.requestText = number % 2 ? QStringLiteral("Drone flights over the city")
                               : QStringLiteral("Overtime spending by department");
    return c;
}

// Asks for every row and waits until all are read.
bool loadAll(const ui::CaseListModel &model)
{
    return QTest::qWaitFor([&model] {
        bool all = true;
        for (int row = 0; row < model.rowCount(); row += 1)
            all = model.index(row, 0).data(ui::CaseListModel::LoadedRole).toBool() && all;
        return all && model.isOutlined();
    });
}

QDate received(const ui::CaseListModel &model, int row)
{
    return QLocale().toDate(model.index(row, ui::CaseListModel::Received).data().toString(),
                            QStringLiteral("d MMMM yyyy"));
}

int requesterNumber(const ui::CaseListModel &model, int row)
{
    return model.index(row, ui::CaseListModel::Requester)
        .data()
        .toString()
        .section(QLatin1Char(' '), 1)
        .toInt();
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // The case list knows its count and reads the pages around the rows asked for, under the
    // tester through every change the officer makes: the count and outline from the worker,
    // the last row at once, filters, each sort order across pages, the bounded page cache,
    // searches on the worker where a newer one always wins, and a reload after a save.
    void caseListCountsAndReadsThePagesAskedFor()
    {
        QTemporaryDir dir;
        auto store = core::CaseStore::open(dir.filePath(QStringLiteral("s.foistore")),
                                           core::CaseStore::OpenMode::CreateIfMissing,
                                           testsupport::storeOptions());
        QVERIFY(store.ok());
        QList<core::CaseRecord> records;
        const QDate today(2026, 11, 26);
        for (int i = 1; i <= 450; ++i)
            records.append(core::CaseRecordMapper::toRecord(
                storedCase(i, today.addDays(-(i % 60)),
                           i % 3 ? core::Regime::Foia : core::Regime::Eir),
                core::WorkingDayCalendar::builtIn()));
        QVERIFY((*store)->cases().saveAll(records, QStringLiteral("Test Officer")).ok());

        core::CaseQueryService queries((*store)->caseList(), (*store)->search(),
                                       core::StoreAddress::file((*store)->path()),

                                       (*store)->cases().clock());

        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(today);
        QVERIFY(model.rowCount() >= ui::CaseListModel::pageSize);
        QTRY_COMPARE(model.rowCount(), 450);
        QCOMPARE(model.count(), std::optional<qint64>(450));
        // The last row, straight away: a placeholder, then the row once its page is read.
        const QModelIndex last = model.index(449, ui::CaseListModel::Received);
        if (!last.data(ui::CaseListModel::LoadedRole).toBool())
            QCOMPARE(model.index(449, 0).data().toString(), QStringLiteral("\u2026"));
        QTRY_VERIFY(last.data(ui::CaseListModel::LoadedRole).toBool());
        QTRY_VERIFY(model.isOutlined());
        QVERIFY(loadAll(model));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(received(model, row - 1) >= received(model, row));

        model.setRegimeFilter(core::Regime::Eir);
        QTRY_COMPARE(model.rowCount(), 150);
        QVERIFY(loadAll(model));
        model.setRegimeFilter(std::nullopt);
        model.setDueWindow(ui::CaseListModel::DueWindow::Overdue);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(ui::CaseListModel::DaysLeftRole).toInt() < 0);
        model.setDueWindow(ui::CaseListModel::DueWindow::DueSoon);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int left = model.index(row, 0).data(ui::CaseListModel::DaysLeftRole).toInt();
            QVERIFY2(left >= 0 && left <= ui::CaseListModel::dueSoonDays,
                     qPrintable(QString::number(left)));
        }

        // Sorted by the store, page by page: requesters A to Z, then due dates latest first.
        model.setDueWindow(ui::CaseListModel::DueWindow::Any);
        model.sort(ui::CaseListModel::Requester, Qt::AscendingOrder);
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(loadAll(model));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, ui::CaseListModel::Requester)
                        .data()
                        .toString()
                        .compare(model.index(row, ui::CaseListModel::Requester).data().toString(),
                                 Qt::CaseInsensitive) <= 0);
        model.sort(ui::CaseListModel::Due, Qt::DescendingOrder);
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(loadAll(model));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(ui::CaseListModel::DaysLeftRole).toInt() >=
                    model.index(row, 0).data(ui::CaseListModel::DaysLeftRole).toInt());
        for (int column : {int(ui::CaseListModel::Reference), int(ui::CaseListModel::Status),
                           int(ui::CaseListModel::Outcome)}) {
            model.sort(column, Qt::DescendingOrder);
            QTRY_COMPARE(model.rowCount(), 450);
            QVERIFY(loadAll(model));
        }
        QVERIFY(model.cachedPageCount() <= ui::CaseListModel::cachedPages);

        // Saved elsewhere, then read again: the rows stay, one more arrives at the end.
        model.sort(ui::CaseListModel::Received, Qt::DescendingOrder);
        QTRY_VERIFY(model.isOutlined());
        QVERIFY((*store)->cases().save(core::CaseRecordMapper::toRecord(
                                           storedCase(451, today.addYears(-1), core::Regime::Foia),
                                           core::WorkingDayCalendar::builtIn()),
                                       QStringLiteral("Test Officer")));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 451);
        QVERIFY(loadAll(model));
        QCOMPARE(model.index(450, 0).data().toString(), QStringLiteral("451_26"));

        // Search on the worker: results as typed, and a newer search always wins.
        model.setSearchText(QStringLiteral("drone"));
        QTRY_VERIFY(!model.isSearching());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(
            model.index(0, ui::CaseListModel::Received)
                .data()
                .toString()
                .contains(QRegularExpression(QStringLiteral("^\\d{1,2} [A-Z][a-z]+ 20\\d\\d$"))));
        for (int round = 0; round < 5; ++round) {
            model.setSearchText(QStringLiteral("drone flights"));
            model.setSearchText(QStringLiteral("overtime"));
            QVERIFY(model.isSearching());
            QTRY_VERIFY(!model.isSearching());
            QTest::qWait(20); // a stale result would arrive now
            QVERIFY(model.rowCount() > 0);
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY2(
                    requesterNumber(model, row) % 2 == 0,
                    qPrintable(model.index(row, ui::CaseListModel::Requester).data().toString()));
        }
        model.setSearchText(QString());
        QTRY_COMPARE(model.rowCount(), 451);
    }

    // Memory stays flat: scrolling reads page after page, and only the latest are kept.
    void caseListKeepsABoundedNumberOfPages()
    {
        QTemporaryDir dir;
        auto store = core::CaseStore::open(dir.filePath(QStringLiteral("p.foistore")),
                                           core::CaseStore::OpenMode::CreateIfMissing,
                                           testsupport::storeOptions());
        QVERIFY(store.ok());
        QList<core::CaseRecord> records;
        for (int i = 1; i <= 1000; ++i)
            records.append(core::CaseRecordMapper::toRecord(
                storedCase(i, QDate(2026, 1, 1).addDays(i % 300), core::Regime::Foia),
                core::WorkingDayCalendar::builtIn()));
        QVERIFY((*store)->cases().saveAll(records, QStringLiteral("Test Officer")).ok());
        core::CaseQueryService queries((*store)->caseList(), (*store)->search(),
                                       core::StoreAddress::file((*store)->path()),
                                       (*store)->cases().clock());
        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageCacheLimit(2);
        QTRY_VERIFY(model.isOutlined());
        QSet<QString> seen;
        for (int row = 0; row < 1000; row += 50) {
            const QModelIndex index = model.index(row, 0);
            index.data();
            QTRY_VERIFY(index.data(ui::CaseListModel::LoadedRole).toBool());
            seen.insert(index.data().toString());
            QVERIFY(model.cachedPageCount() <= 2);
        }
        QCOMPARE(seen.size(), 20);
        // Back to the top: read again, the same row as before.
        QTRY_VERIFY(model.index(0, 0).data(ui::CaseListModel::LoadedRole).toBool());
    }

    void caseHistoryModelShowsWhenWhoAndWhat()
    {
        QTemporaryDir dir;
        auto store = core::CaseStore::open(dir.filePath(QStringLiteral("h.foistore")),
                                           core::CaseStore::OpenMode::CreateIfMissing,
                                           testsupport::storeOptions());
        QVERIFY(store.ok());
        core::Case c = storedCase(1, QDate(2026, 11, 20), core::Regime::Foia);
        QVERIFY((*store)->cases().save(
            core::CaseRecordMapper::toRecord(c, core::WorkingDayCalendar::builtIn()),
            QStringLiteral("Jo")));
        c.requestText = QStringLiteral("Changed wording");
        QVERIFY((*store)->cases().save(
            core::CaseRecordMapper::toRecord(c, core::WorkingDayCalendar::builtIn()),
            QStringLiteral("Sam")));
        core::CaseHistory history((*store)->audit());
        ui::CaseHistoryModel model(history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(c.reference);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::CaseHistoryModel::Officer).data().toString(),
                 QStringLiteral("Sam"));
        // The change, then each value as it was and is now (issue 24, point 11).
        QCOMPARE(model.index(0, ui::CaseHistoryModel::Change).data().toString(),
                 QStringLiteral("Changed the request text\nThe request text: was \u201CDrone "
                                "flights over the city\u201D, now \u201CChanged wording\u201D"));
        model.load(QStringLiteral("2_26"));
        QCOMPARE(model.rowCount(), 0);
    }

    void questionAndClaimModelsFollowTheDocument()
    {
        core::CaseDocument document;
        ui::QuestionListModel questions(document);
        ui::ClaimListModel claims(document, core::ExemptionCatalogue::builtIn());
        QAbstractItemModelTester questionTester(
            &questions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester claimTester(
            &claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.edit(QStringLiteral("paste"), [](core::Case &c) {
            c.requestText = QStringLiteral("1. One?\n2. Two?\n3. Three?");
            core::QuestionEdits::propose(c);
        });
        QCOMPARE(questions.rowCount(), 3);
        QVERIFY(questions.index(1).data().toString().startsWith(QStringLiteral("Q2. Two?")));
        document.edit(QStringLiteral("claim"), [](core::Case &c) {
            core::ExemptionClaim claim;
            claim.provision = QStringLiteral("s31(1)(a)");
            claim.questions = {QStringLiteral("Q3")};
            c.claims.append(claim);
        });
        QCOMPARE(claims.rowCount(), 1);
        QVERIFY(claims.index(0).data().toString().contains(QStringLiteral("covers Q3")));
        document.edit(QStringLiteral("merge"),
                      [](core::Case &c) { core::QuestionEdits::mergeWithNext(c, 1); });
        QCOMPARE(questions.rowCount(), 2);
        QVERIFY(claims.index(0).data().toString().contains(QStringLiteral("covers Q2")));
        document.undo();
        QCOMPARE(questions.rowCount(), 3);
        document.reset({});
        QCOMPARE(questions.rowCount(), 0);
        QCOMPARE(claims.rowCount(), 0);
    }

    void provisionFilterFindsByNumberAndWords()
    {
        ui::ProvisionListModel provisions(core::ExemptionCatalogue::builtIn());
        ui::ProvisionFilterModel filter(provisions);
        QAbstractItemModelTester sourceTester(
            &provisions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setAuthorityKind(core::AuthorityKind::Police);
        filter.setSearchText(QStringLiteral("31"));
        QVERIFY(filter.rowCount() >= 10);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0)
                        .data(ui::ProvisionListModel::IdRole)
                        .toString()
                        .startsWith(QStringLiteral("s31")));
        filter.setSearchText(QStringLiteral("s24(2)"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("national security"));
        QVERIFY(filter.rowCount() >= 2);
        // s35 (formulation of government policy) is for government departments only.
        filter.setSearchText(QStringLiteral("s35"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setAuthorityKind(core::AuthorityKind::GovernmentDepartment);
        QVERIFY(filter.rowCount() > 0);
        filter.setRegime(core::Regime::Eir);
        filter.setSearchText(QString());
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0)
                        .data(ui::ProvisionListModel::IdRole)
                        .toString()
                        .startsWith(QStringLiteral("reg")));
    }

    void findingModelShowsSeverityAndLocator()
    {
        ui::FindingListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(
            {core::Finding::error(QStringLiteral("S17-PIT-MISSING"), QStringLiteral("s17(3)"),
                                  QStringLiteral("claims[1].publicInterest"),
                                  QStringLiteral("No public interest test."))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ui::FindingListModel::LocatorRole).toString(),
                 QStringLiteral("claims[1].publicInterest"));
        QVERIFY(model.index(0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Error:")));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
