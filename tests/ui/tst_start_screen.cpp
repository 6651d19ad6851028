// Issue 25 point 9, the start screen: Space on the empty state logs nothing (the button's own
// activation and Ctrl+N do); a case logged in the GUI records the officer's name, never a generic
// "officer"; the case list follows changes another process makes to the store, filters kept.

#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseDocument.h"
#include "core/support/Profiles.h"
#include "tests/support/StoreOptions.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/CaseListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace foi;

class TestStartScreen : public QObject
{
    Q_OBJECT
private:
    static QStringList officersOf(core::CaseStore &store, const QString &reference)
    {
        QStringList officers;
        const auto rows = store.audit().rowsFor(reference, {QStringLiteral("case")});
        if (rows) {
            for (const auto &row : *rows)
                officers << row.officer;
        }
        return officers;
    }

private slots:
    void spaceOnTheEmptyStateLogsNothing()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        fixture.workbench->showCaseList();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyStateWidget"));
        auto *button =
            window.findChild<QPushButton *>(QStringLiteral("emptyStateNewRequestButton"));
        QVERIFY(empty->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), empty);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(*fixture.cases->hasCases(), false);
        QVERIFY(empty->isVisible());

        // Tab reaches the button; Space there is the button's own activation.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(button, Qt::Key_Space);
        QTRY_COMPARE(*fixture.cases->hasCases(), true);
    }

    void ctrlNOnTheEmptyStateLogsARequest()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        fixture.workbench->showCaseList();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(*fixture.cases->hasCases(), true);
    }

    void aCaseLoggedInTheGuiRecordsTheOfficersName()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.workbench->newRequest();
        const QString reference = fixture.workbench->document().current().reference;
        QVERIFY(!reference.isEmpty());
        QCOMPARE(officersOf(*fixture.store, reference),
                 QStringList{QStringLiteral("Test Officer")});
    }

    void withNoNameInSettingsTheAccountNamesTheOfficer()
    {
        qunsetenv("FOI_OFFICER");
        const QString recorded = core::Profiles{}.officerForAudit();
        QVERIFY(!recorded.trimmed().isEmpty());
        QVERIFY2(recorded.compare(QStringLiteral("officer"), Qt::CaseInsensitive) != 0,
                 qPrintable(recorded));
        qputenv("FOI_OFFICER", "Sam Officer");
        QCOMPARE(core::Profiles{}.officerForAudit(), QStringLiteral("Sam Officer"));
        qunsetenv("FOI_OFFICER");
    }

    void theCaseListFollowsAnotherProcessAndKeepsItsFilter()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        fixture.workbench->newRequest(); // a FOIA case of our own
        fixture.workbench->showCaseList();
        ui::MainWindow &window = fixture.workbench->window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *regime = window.findChild<QComboBox *>(QStringLiteral("regimeFilterCombo"));
        regime->setCurrentIndex(regime->findData(static_cast<int>(core::Regime::Eir)));
        emit regime->activated(regime->currentIndex());
        ui::CaseListModel &list = fixture.workbench->caseListModel();
        QTRY_COMPARE(list.count().value_or(-1), qint64(0));

        // Another process: its own connection to the same file logs an EIR and a FOIA case.
        auto other = core::CaseStore::open(fixture.storePath, core::CaseStore::OpenMode::ReadWrite,
                                           testsupport::storeOptions());
        QVERIFY(other);
        core::CaseEditingService elsewhere(
            **other, *core::ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            core::WorkingDayCalendar::builtIn());
        elsewhere.setOfficer(QStringLiteral("Other Officer"));
        auto eir = elsewhere.logNewRequest(
            QDate::currentDate(), {QStringLiteral("Council"), core::AuthorityKind::Police});
        QVERIFY(eir);
        eir->regime = core::Regime::Eir;
        QVERIFY(elsewhere.save(*eir));
        QVERIFY(elsewhere.logNewRequest(QDate::currentDate(),
                                        {QStringLiteral("Council"), core::AuthorityKind::Police}));

        QTRY_COMPARE_WITH_TIMEOUT(list.count().value_or(-1), qint64(1), 10000);
        QTRY_COMPARE(list.index(0, ui::CaseListModel::Reference)
                         .data(ui::CaseListModel::ReferenceRole)
                         .toString(),
                     eir->reference);
        QCOMPARE(regime->currentData().toInt(), static_cast<int>(core::Regime::Eir));
    }

    // The filters chosen are there again at the next start.
    void theCaseListRemembersItsFiltersFromOneStartToTheNext()
    {
        QTemporaryDir dir;
        auto fixture = std::make_unique<WorkbenchFixture>(dir.path());
        auto *regime = fixture->workbench->window().findChild<QComboBox *>(
            QStringLiteral("regimeFilterCombo"));
        auto *status = fixture->workbench->window().findChild<QComboBox *>(
            QStringLiteral("statusFilterCombo"));
        regime->setCurrentIndex(regime->findData(static_cast<int>(core::Regime::Eir)));
        emit regime->activated(regime->currentIndex());
        status->setCurrentIndex(status->findData(QString()));
        emit status->activated(status->currentIndex());
        auto *review = fixture->workbench->window().findChild<QComboBox *>(
            QStringLiteral("reviewFilterCombo"));
        review->setCurrentIndex(review->findData(static_cast<int>(core::ReviewState::Returned)));
        emit review->activated(review->currentIndex());
        auto *language = fixture->workbench->window().findChild<QComboBox *>(
            QStringLiteral("languageFilterCombo"));
        language->setCurrentIndex(
            language->findData(static_cast<int>(core::LetterLanguage::Bilingual)));
        emit language->activated(language->currentIndex());
        fixture.reset();

        WorkbenchFixture again(dir.path());
        regime =
            again.workbench->window().findChild<QComboBox *>(QStringLiteral("regimeFilterCombo"));
        status =
            again.workbench->window().findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
        QCOMPARE(regime->currentData().toInt(), static_cast<int>(core::Regime::Eir));
        QCOMPARE(status->currentData().toString(), QString());
        review =
            again.workbench->window().findChild<QComboBox *>(QStringLiteral("reviewFilterCombo"));
        QCOMPARE(review->currentData().toInt(), static_cast<int>(core::ReviewState::Returned));
        language =
            again.workbench->window().findChild<QComboBox *>(QStringLiteral("languageFilterCombo"));
        QCOMPARE(language->currentData().toInt(),
                 static_cast<int>(core::LetterLanguage::Bilingual));
    }
};

QTEST_MAIN(TestStartScreen)
#include "tst_start_screen.moc"
