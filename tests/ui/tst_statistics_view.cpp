#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/services/CaseImportService.h"
#include "core/services/StatisticsService.h"
#include "core/services/StatisticsViewService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using foi::ui::StatisticsDialog;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList rowOf(const QTableView *table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        cells.append(table->model()->index(row, column).data().toString());
    return cells;
}

} // namespace

// Issue 18 point 4: View ▸ Statistics over the 30 hand-made cases of tests/data/statistics (whose
// hand counts are in tests/data/statistics/expected and its README), each chart with its table,
// worked by keyboard, each exported as PNG and CSV.
class TestStatisticsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<StatisticsService> m_statistics;
    std::unique_ptr<StatisticsViewService> m_view;
    ScriptedFileChooser m_files;
    std::unique_ptr<StatisticsDialog> m_dialog;
    std::unique_ptr<QSignalSpy> m_counted;

    template<typename T> T *child(const QString &name)
    {
        auto *found = m_dialog->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

private slots:
    void initTestCase()
    {
        auto store =
            CaseStore::open(m_dir.filePath(u"stats.foistore"_s),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        m_store = std::move(store).value();
        QStringList files;
        const QDir cases(QStringLiteral(FOI_TEST_DATA_DIR "/statistics/cases"));
        for (const QString &name : cases.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(cases.filePath(name));
        CaseImportService import(*m_store, WorkingDayCalendar::builtIn());
        const auto imported = import.importFiles(files, u"Jo Officer"_s);
        QVERIFY(imported && imported->created == 30);
        m_statistics = std::make_unique<StatisticsService>(*m_store, WorkingDayCalendar::builtIn(),
                                                           ExemptionCatalogue::builtIn());
        m_view = std::make_unique<StatisticsViewService>(
            *m_statistics, StoreAddress::file(m_store->path()), WorkingDayCalendar::builtIn(),
            Clock::system());
        m_dialog = std::make_unique<StatisticsDialog>(
            *m_view, [] { return d("2026-04-30"); }, m_files);
        m_counted = std::make_unique<QSignalSpy>(m_dialog.get(), &StatisticsDialog::counted);
        // Opening counts the last twelve whole months as at today.
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QTRY_COMPARE(m_counted->count(), 1);
        QCOMPARE(child<QDateEdit>(u"fromDateEdit"_s)->date(), d("2025-04-01"));
        QCOMPARE(child<QDateEdit>(u"toDateEdit"_s)->date(), d("2026-03-31"));
        // The first quarter of 2026, as the golden reports count it.
        child<QDateEdit>(u"fromDateEdit"_s)->setDate(d("2026-01-01"));
        QTest::mouseClick(child<QPushButton>(u"countButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_counted->count(), 2);
    }

    void tablesHoldTheHandCountedFigures()
    {
        for (const QString &name : {u"received-answered"_s, u"in-time"_s, u"outcomes"_s,
                                    u"exemptions"_s, u"open-by-age"_s}) {
            QTableView *table = m_dialog->tableOf(name);
            QVERIFY(table);
            QAbstractItemModelTester tester(table->model());
            QVERIFY(!table->accessibleName().isEmpty());
        }
        // timeliness.csv: January 5 counted, 4 in time; February 18, 14; March 2, 1; Q1 25, 19.
        const QTableView *inTime = m_dialog->tableOf(u"in-time"_s);
        QCOMPARE(inTime->model()->rowCount(), 4);
        QCOMPARE(rowOf(inTime, 0),
                 (QStringList{u"2026-01"_s, u"5"_s, u"4"_s, u"80.0"_s, u"unsatisfactory"_s}));
        QCOMPARE(rowOf(inTime, 1),
                 (QStringList{u"2026-02"_s, u"18"_s, u"14"_s, u"77.8"_s, u"unsatisfactory"_s}));
        QCOMPARE(rowOf(inTime, 3),
                 (QStringList{u"2026-Q1"_s, u"25"_s, u"19"_s, u"76.0"_s, u"unsatisfactory"_s}));
        // code-of-practice.csv: 28 received; 2 not yet processed and 2 suspended (4 not
        // processed), 7 granted, 5 partly refused, 2 partly not held, 1 not held, 8 refused,
        // and the one of the 24 processed left: lapsed or withdrawn.
        const QTableView *received = m_dialog->tableOf(u"received-answered"_s);
        int total = 0;
        for (int row = 0; row < received->model()->rowCount(); ++row)
            total += rowOf(received, row).at(1).toInt();
        QCOMPARE(total, 28);
        const QTableView *outcomes = m_dialog->tableOf(u"outcomes"_s);
        QStringList counts;
        for (int row = 0; row < outcomes->model()->rowCount(); ++row)
            counts.append(rowOf(outcomes, row).at(1));
        QCOMPARE(counts, (QStringList{u"4"_s, u"7"_s, u"5"_s, u"2"_s, u"1"_s, u"8"_s, u"1"_s}));
        QCOMPARE(rowOf(outcomes, 0).at(0), u"Not yet processed"_s);
        // cabinet-office.csv: s31(1)(a) relied on by 3 requests, the most of any provision.
        QCOMPARE(rowOf(m_dialog->tableOf(u"exemptions"_s), 0),
                 (QStringList{u"s31(1)(a)"_s, u"3"_s}));
    }

    void everyPartIsReachedByTab()
    {
        auto *tabs = child<QTabWidget>(u"chartTabs"_s);
        tabs->setCurrentIndex(1);
        child<QDateEdit>(u"fromDateEdit"_s)->setFocus();
        QTRY_VERIFY(child<QDateEdit>(u"fromDateEdit"_s)->hasFocus());
        QStringList reached;
        for (int press = 0; press < 30; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached.append(QApplication::focusWidget()->objectName());
        }
        for (const QString &name :
             {u"toDateEdit"_s, u"asAtDateEdit"_s, u"regimeCombo"_s, u"countButton"_s,
              u"qt_tabwidget_tabbar"_s, u"in-time-tableView"_s, u"in-time-pngButton"_s,
              u"in-time-csvButton"_s, u"closeButton"_s})
            QVERIFY2(reached.contains(name), qPrintable(reached.join(u", "_s)));
        // Ctrl+Tab moves to the next chart.
        m_dialog->tableOf(u"in-time"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(tabs->currentIndex(), 2);
    }

    void chartExportsAsPngAndTableAsCsv()
    {
        auto *tabs = child<QTabWidget>(u"chartTabs"_s);
        tabs->setCurrentIndex(1);
        m_files.answer(m_dir.filePath(u"in-time.csv"_s));
        m_files.answer(m_dir.filePath(u"in-time.png"_s));
        QTest::mouseClick(child<QPushButton>(u"in-time-csvButton"_s), Qt::LeftButton);
        QCOMPARE(m_files.asked.size(), 1);
        QCOMPARE(m_files.asked.at(0).kind, ScriptedFileChooser::Kind::SaveFile);
        QCOMPARE(m_files.asked.at(0).start, u"in-time.csv"_s);
        QFile csv(m_dir.filePath(u"in-time.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("Period,Counted,In time,Share in time (%),ICO band\r"));
        QCOMPARE(lines.at(4), QByteArray("2026-Q1,25,19,76.0,unsatisfactory\r"));
        QTest::mouseClick(child<QPushButton>(u"in-time-pngButton"_s), Qt::LeftButton);
        QCOMPARE(m_files.asked.size(), 2);
        QCOMPARE(m_files.asked.at(1).start, u"in-time.png"_s);
        const QImage image(m_dir.filePath(u"in-time.png"_s));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 150);
        QVERIFY(m_dialog->statusLabel()->text().contains(u"in-time.png"_s));
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_view.reset();
        m_statistics.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestStatisticsView)
#include "tst_statistics_view.moc"
