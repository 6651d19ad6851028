// The case list as the officer uses it on a store larger than a page: the count beside the
// filters, Ctrl+End straight to the last case, the scroll bar to the middle, and a search as
// typed whose results replace the list, with the current case kept where it can be.

#include "core/law/WorkingDayCalendar.h"
#include "core/model/LetterLanguage.h"
#include "core/services/CaseQueryService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/store/CaseStore.h"
#include "core/store/ReviewRegister.h"
#include "tests/support/StoreOptions.h"
#include "ui/caselist/CaseListView.h"
#include "ui/models/CaseListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace foi;

class TestCaseListView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::CaseStore> m_store;

    static bool rowsInViewRead(const QTableView &table)
    {
        const int top = qMax(0, table.rowAt(0));
        int bottom = table.rowAt(table.viewport()->height() - 1);
        if (bottom < 0)
            bottom = table.model()->rowCount() - 1;
        for (int row = top; row <= bottom; ++row) {
            if (!table.model()->index(row, 0).data(ui::CaseListModel::LoadedRole).toBool())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto store = core::CaseStore::open(m_dir.filePath(QStringLiteral("v.foistore")),
                                           core::CaseStore::OpenMode::CreateIfMissing,
                                           testsupport::storeOptions());
        QVERIFY(store);
        m_store = std::move(store).value();
        QList<core::CaseRecord> records;
        for (int i = 1; i <= 1234; ++i) {
            core::Case c;
            c.reference = QStringLiteral("%1_26").arg(i, 4, 10, QLatin1Char('0'));
            c.dateOfReceipt = QDate(2026, 1, 1).addDays(i / 10);
            c.requester.name = QStringLiteral("Requester %1").arg(i);
            c.requestText = i % 100 == 0 ? QStringLiteral("Speed cameras on the ring road")
                                         : QStringLiteral("Overtime spending by department");
            // Twelve cases in Welsh, and the twelve about speed cameras bilingual.
            if (i % 100 == 50)
                c.languageOfCorrespondence = core::LetterLanguage::Welsh;
            else if (i % 100 == 0)
                c.languageOfCorrespondence = core::LetterLanguage::Bilingual;
            records.append(
                core::CaseRecordMapper::toRecord(c, core::WorkingDayCalendar::builtIn()));
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Test Officer")));
    }

    void ctrlEndReachesTheLastCaseAtOnceAndTheScrollBarAnyRow()
    {
        core::CaseQueryService queries(m_store->caseList(), m_store->search(),
                                       core::StoreAddress::file(m_store->path()),
                                       m_store->cases().clock());
        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        ui::CaseListView view(model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *status = view.findChild<QLabel *>(QStringLiteral("caseListStatusLabel"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QTableView *table = view.tableView();
        table->setFocus();
        table->setCurrentIndex(model.index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 1233); // one press, whatever was read before
        QTRY_VERIFY(rowsInViewRead(*table));
        // Newest first: the last row is the oldest case.
        QCOMPARE(model.index(1233, 0).data().toString(), QStringLiteral("0001_26"));

        QScrollBar *bar = table->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        QTRY_VERIFY(rowsInViewRead(*table));
        const int middle = table->rowAt(0);
        QVERIFY(middle > 400 && middle < 800);
        QCOMPARE(model.index(middle, 0).data().toString(),
                 QStringLiteral("%1_26").arg(1234 - middle, 4, 10, QLatin1Char('0')));
    }

    // Every order, both ways, by the header as the officer clicks it: the first row and, after
    // Ctrl+End, the last row are those the store's order puts first and last.
    void everySortOrderReachesItsLastRow()
    {
        core::CaseQueryService queries(m_store->caseList(), m_store->search(),
                                       core::StoreAddress::file(m_store->path()),
                                       m_store->cases().clock());
        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        ui::CaseListView view(model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.tableView();
        table->setFocus();
        for (int column = 0; column < ui::CaseListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                table->horizontalHeader()->setSortIndicator(column, order);
                QTRY_VERIFY(model.isOutlined());
                QTRY_VERIFY(rowsInViewRead(*table));
                QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
                QCOMPARE(table->currentIndex().row(), 1233);
                QTRY_VERIFY(rowsInViewRead(*table));
                QCOMPARE(table->rowAt(table->viewport()->height() - 1), 1233);
                QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
                QCOMPARE(table->currentIndex().row(), 0);
            }
        }
    }

    void searchAsTypedReplacesTheListAndClearingBringsItBack()
    {
        core::CaseQueryService queries(m_store->caseList(), m_store->search(),
                                       core::StoreAddress::file(m_store->path()),
                                       m_store->cases().clock());
        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        ui::CaseListView view(model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *status = view.findChild<QLabel *>(QStringLiteral("caseListStatusLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QTest::keyClicks(view.searchEdit(), QStringLiteral("speed cam"));
        QTRY_COMPARE(status->text(), QStringLiteral("12 cases"));
        QCOMPARE(model.rowCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data().toString().section(QLatin1Char('_'), 0, 0).toInt() %
                         100,
                     0);
        // The current case stays current when the list comes back (it is on the first page).
        const QString chosen = QStringLiteral("1200_26");
        QVERIFY(model.rowOf(chosen) >= 0);
        view.tableView()->setCurrentIndex(model.index(model.rowOf(chosen), 0));
        view.searchEdit()->clear();
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QCOMPARE(view.tableView()->currentIndex().data().toString(), chosen);
        QCOMPARE(view.tableView()->currentIndex().row(), 1234 - 1200);
    }

    // Issue 25, point 6: the Review column says where each case stands in the offline review,
    // and the Review filter shows only the cases at one stage, counted by the store's query;
    // a search keeps to the filter too. (Last: it sends cases of the shared store for review.)
    void reviewColumnAndFilterShowEachStageOfReview()
    {
        const auto sendForReview = [this](const QString &reference, const QString &decision) {
            const auto stored = m_store->cases().load(reference);
            QVERIFY(stored);
            core::ReviewExportRecord exported;
            exported.reference = reference;
            exported.bundleSha256 = reference.repeated(8);
            exported.documentSha256 = core::AuditTrail::sha256Hex(stored->record.document);
            exported.exportedBy = QStringLiteral("Test Officer");
            exported.exporterFingerprint = QStringLiteral("OFFICER-KEY");
            QVERIFY(m_store->reviews().recordExport(exported).ok());
            if (decision.isEmpty())
                return;
            core::ReviewDecisionRecord decided;
            decided.reference = reference;
            decided.bundleSha256 = exported.bundleSha256;
            decided.responseSha256 = (reference + decision).repeated(4);
            decided.caseDocumentSha256 = exported.documentSha256;
            decided.decision = decision;
            decided.reviewer = QStringLiteral("Sam Senior");
            decided.reviewerFingerprint = QStringLiteral("REVIEWER-KEY");
            decided.importedBy = QStringLiteral("Test Officer");
            decided.importedAt = QStringLiteral("2026-03-02T10:00:00Z");
            QVERIFY(m_store->reviews().recordDecision(decided));
        };
        sendForReview(QStringLiteral("0150_26"), QString());
        sendForReview(QStringLiteral("0250_26"), QStringLiteral("return"));
        sendForReview(QStringLiteral("0300_26"), QStringLiteral("approve"));
        sendForReview(QStringLiteral("0400_26"), QStringLiteral("approve"));

        core::CaseQueryService queries(m_store->caseList(), m_store->search(),
                                       core::StoreAddress::file(m_store->path()),

                                       m_store->cases().clock());

        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        ui::CaseListView view(model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *status = view.findChild<QLabel *>(QStringLiteral("caseListStatusLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QCOMPARE(model.headerData(ui::CaseListModel::Review, Qt::Horizontal).toString(),
                 QStringLiteral("Review"));
        const auto reviewOf = [&model](const QString &reference) {
            const int row = model.rowOf(reference);
            return row < 0 ? QStringLiteral("(not read)")
                           : model.index(row, ui::CaseListModel::Review).data().toString();
        };
        QCOMPARE(reviewOf(QStringLiteral("1234_26")), QString());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("1234_26")), ui::CaseListModel::Review)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("Not sent for review"));

        auto *review = view.findChild<QComboBox *>(QStringLiteral("reviewFilterCombo"));
        QVERIFY(review);
        const auto choose = [&](const QString &label) {
            const int index = review->findText(label);
            QVERIFY2(index >= 0, qPrintable(label));
            review->setCurrentIndex(index);
            emit review->activated(index);
        };
        choose(QStringLiteral("Awaiting review"));
        QTRY_COMPARE(status->text(), QStringLiteral("1 case"));
        QCOMPARE(reviewOf(QStringLiteral("0150_26")), QStringLiteral("Awaiting review"));
        choose(QStringLiteral("Returned"));
        QTRY_COMPARE(status->text(), QStringLiteral("1 case"));
        QCOMPARE(reviewOf(QStringLiteral("0250_26")), QStringLiteral("Returned"));
        choose(QStringLiteral("Approved"));
        QTRY_COMPARE(status->text(), QStringLiteral("2 cases"));
        QCOMPARE(reviewOf(QStringLiteral("0400_26")), QStringLiteral("Approved"));
        QCOMPARE(reviewOf(QStringLiteral("0300_26")), QStringLiteral("Approved"));
        // A search keeps to the filter: of the twelve "speed cameras" cases, two are approved.
        QTest::keyClicks(view.searchEdit(), QStringLiteral("speed cam"));
        QTRY_COMPARE(status->text(), QStringLiteral("2 cases"));
        view.searchEdit()->clear();
        choose(QStringLiteral("Not sent for review"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,230 cases"));
        choose(QStringLiteral("Any review stage"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QCOMPARE(view.filters().review, -1);
    }

    // Issue 23 point 2: the officer reaches the language filter from the filter before it with
    // Tab and chooses with the arrow keys; the list, its count and a search keep to it.
    void languageFilterIsReachedByTheKeyboardAndNarrowsTheListAndItsSearch()
    {
        core::CaseQueryService queries(m_store->caseList(), m_store->search(),
                                       core::StoreAddress::file(m_store->path()),
                                       m_store->cases().clock());
        ui::CaseListModel model(queries, core::WorkingDayCalendar::builtIn(),
                                core::Clock::system());
        ui::CaseListView view(model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *status = view.findChild<QLabel *>(QStringLiteral("caseListStatusLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        auto *review = view.findChild<QComboBox *>(QStringLiteral("reviewFilterCombo"));
        auto *language = view.findChild<QComboBox *>(QStringLiteral("languageFilterCombo"));
        QVERIFY(review && language);
        QCOMPARE(language->accessibleName(), QStringLiteral("Language of correspondence"));
        QStringList choices;
        for (int i = 0; i < language->count(); ++i)
            choices.append(language->itemText(i));
        QCOMPARE(choices,
                 (QStringList{QStringLiteral("Any language"), QStringLiteral("English"),
                              QStringLiteral("Welsh (Cymraeg)"), QStringLiteral("Bilingual")}));
        view.activateWindow();
        review->setFocus();
        QTRY_VERIFY(review->hasFocus());
        QTest::keyClick(review, Qt::Key_Tab);
        QTRY_VERIFY(language->hasFocus());

        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,210 cases"));
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("Welsh (Cymraeg)"));
        QTRY_COMPARE(status->text(), QStringLiteral("12 cases"));
        // Newest first: case 1150 is the newest in Welsh.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1150_26"));
        QCOMPARE(model.index(11, 0).data().toString(), QStringLiteral("0050_26"));
        QCOMPARE(view.filters().language, static_cast<int>(core::LetterLanguage::Welsh));

        // A search keeps to the filter: none of the speed cameras cases is in Welsh, all of
        // them are bilingual.
        QTest::keyClicks(view.searchEdit(), QStringLiteral("speed cam"));
        QTRY_COMPARE(status->text(), QStringLiteral("0 cases"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("Bilingual"));
        QTRY_COMPARE(status->text(), QStringLiteral("12 cases"));
        view.searchEdit()->clear();
        QTRY_COMPARE(status->text(), QStringLiteral("12 cases"));
        QTest::keyClick(language, Qt::Key_Home);
        QCOMPARE(language->currentText(), QStringLiteral("Any language"));
        QTRY_COMPARE(status->text(), QStringLiteral("1,234 cases"));
        QCOMPARE(view.filters().language, -1);
    }
};

QTEST_MAIN(TestCaseListView)
#include "tst_case_list_view.moc"
