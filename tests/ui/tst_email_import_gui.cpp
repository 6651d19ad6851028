// Email intake in the GUI (issue 19): File ▸ Import email… and an .eml dropped on the case list
// open a preview of what will be created, which thread the message joins and where its date of
// receipt came from (s10(1)), before anything is saved. Every message is written by the test
// (tests/support/TestMail.h). With FOI_EMAIL_SCREENSHOTS=FOLDER the previews are saved there as
// PNG files (docs/screenshots/email-import-*.png were made so).
#include "tests/ui/WorkbenchFixture.h"

#include "core/law/BankHolidayCalendar.h"
#include "core/law/RegulatorClocks.h"
#include "core/law/RegulatorDeadlineCalculator.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseDocument.h"
#include "core/services/EmailIntakeService.h"
#include "core/services/MatterService.h"
#include "ui/caselist/CaseListView.h"
#include "ui/intake/EmailImportDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/DateField.h"

#include "tests/support/TestMail.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace foi;

class TestEmailImportGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;
    core::RegulatorClocks m_clocks = *core::RegulatorClocks::builtIn();
    std::unique_ptr<core::RegulatorDeadlineCalculator> m_regulator;
    std::unique_ptr<core::MatterService> m_matters;
    std::unique_ptr<core::AttachmentService> m_attachments;
    std::unique_ptr<core::EmailIntakeService> m_intake;

    QString writeMail(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    static QByteArray whatDoTheyKnowRequest()
    {
        return testmail::message(
            "Received: by mail.force.police.uk; Tue, 3 Nov 2026 10:30:00 +0000\n"
            "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
            "Subject: Freedom of Information request - Speed cameras\n"
            "Date: Tue, 3 Nov 2026 10:29:00 +0000\n",
            testmail::multipart(
                "mixed", "w",
                {testmail::textPart("Dear West Midlands Police,\n\n1. How many speed cameras "
                                    "are there in the force area?\n2. How much did they raise "
                                    "in fines in 2025?\n\nYours faithfully,\nRobin Hall\n"),
                 testmail::attachmentPart("application/pdf",
                                          "filename*=UTF-8''Camera%20map%20%E2%80%93%202025.pdf",
                                          "%PDF-1.4")}));
    }

    static QByteArray followUp()
    {
        return testmail::message(
            "Received: by mail.force.police.uk; Mon, 30 Nov 2026 14:00:00 +0000\n"
            "From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
            "Subject: Internal review of Freedom of Information request - Speed cameras\n",
            testmail::textPart("Dear West Midlands Police,\n\nPlease pass this on to the person "
                               "who conducts Freedom of Information reviews. I am not satisfied "
                               "with the answer to question 2.\n\nRobin Hall\n"));
    }

    // Runs `use` on the preview the next import opens, then closes it with `accept`.
    static void onPreview(const std::function<void(ui::EmailImportDialog &)> &use, bool accept,
                          bool *seen)
    {
        QTimer::singleShot(0, [use, accept, seen] {
            auto *dialog = qobject_cast<ui::EmailImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *seen = true;
            use(*dialog);
            if (accept)
                dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
            else
                dialog->reject();
        });
    }

    // As a file manager's drag would: enter, then drop.
    static void dropOn(QWidget *target, QMimeData &data)
    {
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

    static QString text(ui::EmailImportDialog &dialog, const char *name)
    {
        return dialog.findChild<QLabel *>(QLatin1String(name))->text();
    }

    static void screenshot(ui::EmailImportDialog &dialog, const QString &name)
    {
        const QString folder = qEnvironmentVariable("FOI_EMAIL_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(folder).filePath(name));
    }

private slots:
    void initTestCase()
    {
        // The look of docs/screenshots (scripts/screenshots): Fusion, DejaVu Sans.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    }

    void init()
    {
        const QString folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(QDir().mkpath(folder));
        m_fixture = std::make_unique<WorkbenchFixture>(folder);
        m_fixture->cases->setOfficer(QStringLiteral("Test Officer"));
        m_regulator = std::make_unique<core::RegulatorDeadlineCalculator>(
            m_clocks, core::BankHolidayCalendar::builtIn());
        m_matters = std::make_unique<core::MatterService>(
            *m_fixture->store, *m_fixture->cases, core::WorkingDayCalendar::builtIn(), *m_regulator,
            [] { return QDate(2026, 12, 7); });
        m_attachments = std::make_unique<core::AttachmentService>(
            *m_fixture->store, core::AttachmentService::contentFolderFor(m_fixture->storePath));
        m_intake = std::make_unique<core::EmailIntakeService>(
            *m_fixture->store, *m_fixture->cases, *m_attachments, *m_matters,
            core::EmailReader(core::EmailLimits::standard()),
            *core::DissatisfactionWords::builtIn());
    }

    void cleanup()
    {
        m_fixture.reset();
        m_intake.reset();
        m_attachments.reset();
        m_matters.reset();
    }

    // The composition root gives the workbench its email intake as it opens it, as in the
    // program: File ▸ Import email… is on from the start on a store that can be written, and
    // stays on when another intake is put in.
    void importEmailIsOnOnceTheWorkbenchOpens()
    {
        QAction *action = m_fixture->workbench->window().importEmailAction();
        QVERIFY(action->isEnabled());
        m_fixture->workbench->setEmailIntake(*m_intake);
        QVERIFY(action->isEnabled());
    }

    // s10(1): the preview says the date of receipt and where it came from before anything is
    // saved; accepting it opens the new case.
    void previewShowsTheNewCaseBeforeItIsSaved()
    {
        m_fixture->workbench->setEmailIntake(*m_intake);
        bool seen = false;
        onPreview(
            [](ui::EmailImportDialog &dialog) {
                QCOMPARE(text(dialog, "requesterLabel"),
                         QStringLiteral("Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>"));
                QCOMPARE(
                    dialog.findChild<ui::DateField *>(QStringLiteral("receivedDateEdit"))->date(),
                    QDate(2026, 11, 3));
                QVERIFY(
                    text(dialog, "receiptSourceLabel").contains(QStringLiteral("Received header")));
                QVERIFY(text(dialog, "threadLabel").contains(QStringLiteral("new request")));
                QCOMPARE(
                    dialog.findChild<QComboBox *>(QStringLiteral("actionCombo"))->currentText(),
                    QStringLiteral("Make a new case (channel: email)"));
                QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("questionsList"))
                            ->item(0)
                            ->text()
                            .startsWith(QStringLiteral("Q1. How many")));
                QCOMPARE(
                    dialog.findChild<QListWidget *>(QStringLiteral("attachmentsList"))->count(), 2);
                screenshot(dialog, QStringLiteral("email-import-new-case.png"));
            },
            true, &seen);
        m_fixture->workbench->importEmails(
            {writeMail(QStringLiteral("wdtk.eml"), whatDoTheyKnowRequest())});
        QVERIFY(seen);
        QTRY_COMPARE(m_fixture->workbench->document().current().reference, QStringLiteral("1_26"));
        const core::Case opened = m_fixture->workbench->document().current();
        QCOMPARE(opened.dateOfReceipt, QDate(2026, 11, 3));
        QCOMPARE(opened.requester.name, QStringLiteral("Robin Hall"));
        QCOMPARE(opened.questions.size(), 2);
        QCOMPARE(m_attachments->attachmentsOf(QStringLiteral("1_26"))->size(), 2);
    }

    void cancelSavesNothing()
    {
        m_fixture->workbench->setEmailIntake(*m_intake);
        bool seen = false;
        onPreview([](ui::EmailImportDialog &) {}, false, &seen);
        m_fixture->workbench->importEmails(
            {writeMail(QStringLiteral("r.eml"), testmail::plainRequest())});
        QVERIFY(seen);
        QVERIFY(!*m_fixture->cases->hasCases());
    }

    // s45 Code of Practice, part 5: dropped on the case list, a follow-up on the thread of a
    // case offers an internal review, which needs a reviewer before it can be opened.
    void droppedFollowUpJoinsItsThreadAndOffersAReview()
    {
        m_fixture->workbench->setEmailIntake(*m_intake);
        bool seen = false;
        onPreview([](ui::EmailImportDialog &) {}, true, &seen);
        m_fixture->workbench->importEmails(
            {writeMail(QStringLiteral("wdtk.eml"), whatDoTheyKnowRequest())});
        QVERIFY(seen);
        core::Case answered = *m_fixture->cases->open(QStringLiteral("1_26"));
        answered.reply.sentOn = QDate(2026, 11, 20);
        QVERIFY(m_fixture->cases->save(answered));
        m_fixture->workbench->showCaseList();
        auto *list = m_fixture->workbench->window().findChild<ui::CaseListView *>(
            QStringLiteral("caseListView"));
        QVERIFY(list);

        seen = false;
        onPreview(
            [](ui::EmailImportDialog &dialog) {
                QCOMPARE(
                    text(dialog, "threadLabel"),
                    QStringLiteral("Joins case 1_26: it comes from the WhatDoTheyKnow address "
                                   "of case 1_26 (request-123456-a1b2c3d4@whatdotheyknow.com)."));
                auto *action = dialog.findChild<QComboBox *>(QStringLiteral("actionCombo"));
                QCOMPARE(action->currentText(),
                         QStringLiteral("Open an internal review of case 1_26"));
                auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
                QVERIFY(!import->isEnabled()); // no reviewer yet
                auto *reviewer = dialog.findChild<QLineEdit *>(QStringLiteral("reviewerEdit"));
                QVERIFY(reviewer->isVisibleTo(&dialog));
                QTest::keyClicks(reviewer, QStringLiteral("A. Senior"));
                QVERIFY(import->isEnabled());
                QVERIFY(
                    text(dialog, "warningsLabel").contains(QStringLiteral("\"internal review\"")));
                screenshot(dialog, QStringLiteral("email-import-thread-review.png"));
            },
            true, &seen);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(writeMail(QStringLiteral("review.eml"), followUp()))});
        QSignalSpy dropped(list, &ui::CaseListView::filesDropped);
        dropOn(list, data);
        QCOMPARE(dropped.size(), 1);
        QVERIFY2(seen, qPrintable(m_fixture->notifier.errors.join(u'\n')));
        const core::Case reviewed = *m_fixture->cases->open(QStringLiteral("1_26"));
        QCOMPARE(reviewed.internalReviews.size(), 1);
        QCOMPARE(reviewed.internalReviews.constFirst().requestReceived, QDate(2026, 11, 30));
        QCOMPARE(reviewed.internalReviews.constFirst().reviewer, QStringLiteral("A. Senior"));
    }

    void droppingOtherFilesSaysWhatCanBeDropped()
    {
        m_fixture->workbench->setEmailIntake(*m_intake);
        bool seen = false;
        onPreview([](ui::EmailImportDialog &) {}, false, &seen);
        m_fixture->workbench->importEmails(
            {writeMail(QStringLiteral("r.eml"), testmail::plainRequest())});
        auto *list = m_fixture->workbench->window().findChild<ui::CaseListView *>(
            QStringLiteral("caseListView"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(writeMail(QStringLiteral("notes.txt"), "notes"))});
        seen = false;
        dropOn(list, data);
        QVERIFY(!seen);
        QVERIFY(!*m_fixture->cases->hasCases());
    }

    void unreadableEmailIsToldThroughTheNotifier()
    {
        m_fixture->workbench->setEmailIntake(*m_intake);
        m_fixture->workbench->importEmails({writeMail(QStringLiteral("empty.eml"), "\n")});
        QCOMPARE(m_fixture->notifier.errors.size(), 1);
        QVERIFY(m_fixture->notifier.errors.constFirst().contains(QStringLiteral("empty")));
    }
};

QTEST_MAIN(TestEmailImportGui)
#include "tst_email_import_gui.moc"
