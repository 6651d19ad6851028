// Case › Prepare for disclosure log… in the workbench (issue 18 point 5): the hits in context
// with Redact and Keep with a reason, the published preview without the requester (FOIA
// s40(2)), submission, approval refused to the preparer and given by a second officer (the
// officer named in Settings), publication and the versions.

#include "tests/core/services/DisclosureLogTestCases.h"
#include "tests/ui/WorkbenchFixture.h"

#include "core/services/CaseEditingService.h"
#include "core/services/CaseRecordMapper.h"
#include "ui/disclosure/DisclosureLogActions.h"
#include "ui/disclosure/DisclosureLogDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace foi;

class TestDisclosureLogGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;

    ui::Workbench &workbench() { return *m_fixture->workbench; }
    QAction *action() { return workbench().disclosureLogActions().prepareAction(); }

    void store(const core::Case &c)
    {
        QVERIFY(m_fixture->store->cases().save(
            core::CaseRecordMapper::toRecord(c, m_fixture->calendar.workingDays()),
            QStringLiteral("Test Officer")));
    }

    static int rowOf(QTableWidget *table, const QString &id)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == id)
                return row;
        return -1;
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString folder = m_dir.filePath(QString::number(++n));
        QDir().mkpath(folder);
        m_fixture = std::make_unique<WorkbenchFixture>(folder);
        store(disclosurelogtest::closedCase(QStringLiteral("DL-1")));
        core::Case open = disclosurelogtest::closedCase(QStringLiteral("DL-2"));
        open.reply = {};
        store(open);
    }

    void actionNeedsAnAnsweredCase()
    {
        QVERIFY(!action()->isEnabled());
        QVERIFY(action()->toolTip().contains(QStringLiteral("Open a case")));
        workbench().openCase(QStringLiteral("DL-2"));
        QVERIFY(!action()->isEnabled());
        QVERIFY(action()->toolTip().contains(QStringLiteral("send the reply first")));
        workbench().openCase(QStringLiteral("DL-1"));
        QVERIFY(action()->isEnabled());
    }

    void prepareDecideApproveByASecondOfficerAndPublish()
    {
        workbench().openCase(QStringLiteral("DL-1"));
        action()->trigger();
        auto *dialog = workbench().window().findChild<ui::DisclosureLogDialog *>(
            QStringLiteral("disclosureLogDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *prepare = dialog->findChild<QPushButton *>(QStringLiteral("prepareButton"));
        auto *hits = dialog->findChild<QTableWidget *>(QStringLiteral("hitsTable"));
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("publishedPreviewEdit"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("keepReasonEdit"));
        auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("keepButton"));
        auto *redact = dialog->findChild<QPushButton *>(QStringLiteral("redactButton"));
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
        auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *publish = dialog->findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *versions = dialog->findChild<QListWidget *>(QStringLiteral("versionsList"));
        QVERIFY(prepare && hits && preview && reason && keep && redact && submit && approve &&
                publish && versions);
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(prepare, Qt::LeftButton);
        QTRY_COMPARE(versions->count(), 1);
        // s40(2): the requester is gone from the preview and from the hits' context.
        for (const QString &detail : {QStringLiteral("Priya"), QStringLiteral("Raman"),
                                      QStringLiteral("Beech Close"), QStringLiteral("WF1 2PQ")}) {
            QVERIFY2(!preview->toPlainText().contains(detail, Qt::CaseInsensitive),
                     qPrintable(detail));
            for (int row = 0; row < hits->rowCount(); ++row)
                QVERIFY(!hits->item(row, 2)->text().contains(detail, Qt::CaseInsensitive));
        }
        // A requester's hit can only be redacted.
        hits->selectRow(rowOf(hits, QStringLiteral("request-1")));
        QVERIFY(!redact->isEnabled());
        QVERIFY(!keep->isEnabled());
        QVERIFY(submit->toolTip().contains(QStringLiteral("reply-2")));
        // The highways team's number, kept with a reason.
        const int phone = rowOf(hits, QStringLiteral("reply-2"));
        QVERIFY(phone >= 0);
        QVERIFY(hits->item(phone, 2)->text().contains(QStringLiteral("»01924 306090«")));
        hits->selectRow(phone);
        QVERIFY(!keep->isEnabled()); // no reason yet
        QTest::keyClicks(reason, QStringLiteral("the highways team's published number"));
        QVERIFY(keep->isEnabled());
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(hits->item(rowOf(hits, QStringLiteral("reply-2")), 3)
                        ->text()
                        .startsWith(QStringLiteral("Kept")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("01924 306090")));
        QTRY_VERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        // The officer who prepared it cannot approve it.
        QTRY_VERIFY(!approve->isEnabled());
        QVERIFY(approve->toolTip().contains(QStringLiteral("second officer")));
        m_fixture->cases->setOfficer(QStringLiteral("Second Officer"));
        dialog->reload();
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY(publish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_VERIFY(versions->item(0)->text().contains(QStringLiteral("published")));
        QCOMPARE(prepare->text(), QStringLiteral("&Prepare a correction"));
        QVERIFY(m_fixture->notifier.errors.isEmpty());
        const auto rows = m_fixture->store->audit().rowsAbout({QStringLiteral("disclosure-log")},
                                                              QStringLiteral("DL-1"), 10);
        QVERIFY(rows);
        QCOMPARE(rows->constFirst().action, QStringLiteral("publish-disclosure-log"));
        QCOMPARE(rows->at(1).action, QStringLiteral("approve-disclosure-log"));
        QCOMPARE(rows->at(1).officer, QStringLiteral("Second Officer"));
    }
};

QTEST_MAIN(TestDisclosureLogGui)
#include "tst_disclosure_log_gui.moc"
