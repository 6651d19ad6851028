#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/model/OriginalDecisionSnapshot.h"
#include "core/review/KeyRing.h"
#include "core/services/CaseRecordMapper.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/DraftPreview.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewDifferencesDialog.h"
#include "ui/review/ReviewModeWindow.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace foi;

// Offline review in the workbench: the menu entries, the reviewer's read-only review mode on a
// machine with another store, the signed response, and its import (including a stale one, shown
// side by side). Set FOI_REVIEW_SCREENSHOTS=FOLDER to keep pictures of the review mode.
class TestReviewMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static core::Case smallCase(const QString &requestText)
    {
        auto theCase = core::CaseFile::read(
            QStringLiteral(
                R"({"formatVersion":2,"reference":"RV-9","regime":"FOIA",)"
                R"("authority":{"name":"West Midlands Police","kind":"police"},)"
                R"("dateOfReceipt":"2026-02-02","requester":{"name":"Ada Asker","email":"ada@example.org"},)"
                R"("requestText":"%1","questions":[{"id":"Q1","text":"How many drones?",)"
                R"("determination":{"holding":"not-held","searches":[{"where":"Fleet register",)"
                R"("evidence":[{"fileName":"fleet-search.png","sha256":)"
                R"("5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592"}]}]}},)"
                R"({"id":"Q2","text":"Where are they based?","determination":{"holding":"held","communication":"withheld"}}],)"
                R"j("claims":[{"provision":"s31(1)(a)","relieves":"communicate","questions":["Q2"],)j"
                R"("reason":"Disclosing bases would help criminals avoid them."}]})")
                .arg(requestText)
                .toUtf8());
        if (!theCase)
            qFatal("test case does not read: %s", qPrintable(theCase.error().message));
        return *theCase;
    }

    static void saveCase(WorkbenchFixture &fixture, const core::Case &theCase)
    {
        QVERIFY(fixture.store->cases().save(
            core::CaseRecordMapper::toRecord(theCase, core::WorkingDayCalendar::builtIn()),
            QStringLiteral("Test Officer")));
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("FOI_REVIEW_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name));
    }

private slots:
    void reviewerApprovesOfflineAndTheOfficerImports()
    {
        const QString officerKeys = m_dir.filePath(QStringLiteral("officer-keys"));
        const QString reviewerKeys = m_dir.filePath(QStringLiteral("reviewer-keys"));
        core::KeyRing officerRing(officerKeys, core::Clock::system());
        core::KeyRing reviewerRing(reviewerKeys, core::Clock::system());
        QVERIFY(
            reviewerRing.trust(officerRing.ownKey(QStringLiteral("Test Officer"))->publicKey()));
        const core::PublicKey reviewerKey =
            reviewerRing.ownKey(QStringLiteral("Sam Senior"))->publicKey();
        QVERIFY(officerRing.trust(reviewerKey));

        QDir().mkpath(m_dir.filePath(QStringLiteral("officer")));
        WorkbenchFixture officer(m_dir.filePath(QStringLiteral("officer")));
        saveCase(officer, smallCase(QStringLiteral("Drones, please.")));
        auto *officerReview = officer.workbench->findChild<ui::ReviewActions *>();
        QVERIFY(officerReview);
        officerReview->setKeyFolder(officerKeys);
        QMenu *caseMenu =
            officer.workbench->window().menuBar()->findChild<QMenu *>(QStringLiteral("caseMenu"));
        QVERIFY(caseMenu);
        QVERIFY(caseMenu->actions().contains(officerReview->exportAction()));
        QVERIFY(officer.workbench->window()
                    .menuBar()
                    ->findChild<QMenu *>(QStringLiteral("fileMenu"))
                    ->actions()
                    .contains(officerReview->openBundleAction()));

        officer.workbench->openCase(QStringLiteral("RV-9"));
        const QString bundle = m_dir.filePath(QStringLiteral("RV-9.foireview"));
        QVERIFY2(officerReview->exportCaseFile(bundle, reviewerKey, false),
                 qPrintable(officer.notifier.errors.join(QLatin1Char('\n'))));

        // The reviewer's workbench has a store of its own, without the case.
        QDir().mkpath(m_dir.filePath(QStringLiteral("reviewer")));
        WorkbenchFixture reviewer(m_dir.filePath(QStringLiteral("reviewer")));
        reviewer.settings.setValue(QStringLiteral("officer/name"), QStringLiteral("Sam Senior"));
        auto *reviewerActions = reviewer.workbench->findChild<ui::ReviewActions *>();
        reviewerActions->setKeyFolder(reviewerKeys);
        ui::ReviewModeWindow *review = reviewerActions->openBundleFile(bundle);
        QVERIFY2(review, qPrintable(reviewer.notifier.errors.join(QLatin1Char('\n'))));
        review->resize(1200, 760);
        QVERIFY(review->windowTitle().contains(QStringLiteral("read-only")));
        auto *tabs = review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        QCOMPARE(tabs->count(), 4);
        QVERIFY(review->findChild<QPlainTextEdit *>(QStringLiteral("questionComment_Q1")));
        QVERIFY(review->findChild<QPlainTextEdit *>(QStringLiteral("questionComment_Q2")));
        auto *claimComment = review->findChild<QPlainTextEdit *>(QStringLiteral("claimComment_0"));
        QVERIFY(claimComment);
        QCOMPARE(review->bundle().theCase.requester.name, QStringLiteral("[Requester]"));
        // The evidence each search cites travels with the case, read-only for the reviewer.
        auto *searches = review->findChild<QLabel *>(QStringLiteral("reviewSearches_Q1"));
        QVERIFY(searches);
        QCOMPARE(searches->text(), QStringLiteral("Fleet register\n    evidence: fleet-search.png "
                                                  "(SHA-256 5d41402abc4b\u2026)"));
        QVERIFY(!review->findChild<QLabel *>(QStringLiteral("reviewSearches_Q2")));
        auto *preview = review->findChild<ui::DraftPreview *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() >= 1);
        screenshot(review, QStringLiteral("review-mode-case.png"));
        tabs->setCurrentIndex(1);
        if (qEnvironmentVariableIsSet("FOI_REVIEW_SCREENSHOTS"))
            QTest::qWait(1500); // QPdfView renders pages on a worker thread; only for the picture
        screenshot(review, QStringLiteral("review-mode-draft.png"));
        tabs->setCurrentIndex(0);

        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("overallCommentEdit")),
                         QStringLiteral("Sound; approve."));
        QTest::keyClicks(claimComment, QStringLiteral("Good harm argument."));
        const core::ReviewResponse answer = review->answer(core::ReviewResponse::Decision::Approve);
        QCOMPARE(answer.claimComments.size(), 1);
        const QString response = m_dir.filePath(QStringLiteral("RV-9.foiresponse"));
        QVERIFY2(reviewerActions->writeResponse(*review, answer, response),
                 qPrintable(reviewer.notifier.errors.join(QLatin1Char('\n'))));

        QVERIFY2(officerReview->importResponseFile(response),
                 qPrintable(officer.notifier.errors.join(QLatin1Char('\n'))));
        QVERIFY(officer.notifier.information.last().contains(QStringLiteral("ready to send")));
        review->close();
    }

    // Review bundles carry the matters after the reply (issue: after the reply, point 8), so a
    // second officer can review a review: the reviewer sees the internal review's items with
    // their decisions and reasons, the derived outcome, and the Commissioner's decision notice.
    void aReviewOfAReviewShowsTheMattersAfterTheReply()
    {
        const QString officerKeys = m_dir.filePath(QStringLiteral("officer-keys-m"));
        const QString reviewerKeys = m_dir.filePath(QStringLiteral("reviewer-keys-m"));
        core::KeyRing officerRing(officerKeys, core::Clock::system());
        core::KeyRing reviewerRing(reviewerKeys, core::Clock::system());
        QVERIFY(
            reviewerRing.trust(officerRing.ownKey(QStringLiteral("Test Officer"))->publicKey()));
        const core::PublicKey reviewerKey =
            reviewerRing.ownKey(QStringLiteral("Sam Senior"))->publicKey();

        core::Case theCase = smallCase(QStringLiteral("Drones, please."));
        theCase.reply.sentOn = QDate(2026, 2, 20);
        core::InternalReview review;
        review.id = QStringLiteral("IR1");
        review.requestReceived = QDate(2026, 3, 2);
        review.logged = review.requestReceived;
        review.basisDate = theCase.dateOfReceipt;
        review.reviewer = QStringLiteral("Insp. R. Senior");
        review.original = core::OriginalDecisionSnapshot::of(theCase);
        for (const core::ReviewItemKey &key : review.original.items())
            review.items.append({key, core::ReviewDecision::OriginalOverturned,
                                 QStringLiteral("The bases are already public.")});
        theCase.internalReviews.append(review);
        core::CommissionerMatter matter;
        matter.id = QStringLiteral("ICO1");
        matter.icoReference = QStringLiteral("IC-123456-A1B2");
        matter.received = QDate(2026, 4, 1);
        matter.decisionNotice =
            core::DecisionNotice{QStringLiteral("IC-123456-A1B2"),
                                 QDate(2026, 6, 1),
                                 core::ReviewDecision::OriginalOverturned,
                                 {{core::DecisionNoticeStepKind::DiscloseListedItems,
                                   QStringLiteral("The bases"), std::nullopt, std::nullopt}}};
        core::TribunalAppeal appeal;
        appeal.appellant = core::Appellant::Authority;
        appeal.lodged = QDate(2026, 6, 20);
        appeal.tribunalReference = QStringLiteral("EA/2026/0001");
        matter.appeals.append(appeal);
        theCase.commissionerMatters.append(matter);

        QDir().mkpath(m_dir.filePath(QStringLiteral("officer-m")));
        WorkbenchFixture officer(m_dir.filePath(QStringLiteral("officer-m")));
        saveCase(officer, theCase);
        auto *officerReview = officer.workbench->findChild<ui::ReviewActions *>();
        officerReview->setKeyFolder(officerKeys);
        officer.workbench->openCase(QStringLiteral("RV-9"));
        const QString bundle = m_dir.filePath(QStringLiteral("RV-9-matters.foireview"));
        QVERIFY2(officerReview->exportCaseFile(bundle, reviewerKey, false),
                 qPrintable(officer.notifier.errors.join(QLatin1Char('\n'))));

        QDir().mkpath(m_dir.filePath(QStringLiteral("reviewer-m")));
        WorkbenchFixture reviewer(m_dir.filePath(QStringLiteral("reviewer-m")));
        reviewer.settings.setValue(QStringLiteral("officer/name"), QStringLiteral("Sam Senior"));
        auto *reviewerActions = reviewer.workbench->findChild<ui::ReviewActions *>();
        reviewerActions->setKeyFolder(reviewerKeys);
        ui::ReviewModeWindow *window = reviewerActions->openBundleFile(bundle);
        QVERIFY2(window, qPrintable(reviewer.notifier.errors.join(QLatin1Char('\n'))));
        QCOMPARE(window->bundle().theCase.internalReviews, theCase.internalReviews);
        QCOMPARE(window->bundle().theCase.commissionerMatters, theCase.commissionerMatters);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->tabText(2), QStringLiteral("After the reply"));
        auto *box = window->findChild<QGroupBox *>(QStringLiteral("reviewedReview_IR1"));
        QVERIFY(box);
        QStringList texts;
        for (QLabel *label : box->findChildren<QLabel *>())
            texts << label->text();
        const QString shown = texts.join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("Insp. R. Senior")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The bases are already public.")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Original decision overturned")), qPrintable(shown));
        auto *matterBox = window->findChild<QGroupBox *>(QStringLiteral("reviewedMatter_ICO1"));
        QVERIFY(matterBox);
        QStringList matterTexts;
        for (QLabel *label : matterBox->findChildren<QLabel *>())
            matterTexts << label->text();
        QVERIFY2(matterTexts.contains(
                     QStringLiteral("EA/2026/0001 lodged 20 June 2026 by the authority: pending")),
                 qPrintable(matterTexts.join(u'|')));
        tabs->setCurrentIndex(2);
        window->resize(1200, 760);
        screenshot(window, QStringLiteral("review-mode-matters.png"));
        window->close();
    }

    void staleResponseShowsTheDifferencesSideBySide()
    {
        const QString keys = m_dir.filePath(QStringLiteral("same-keys"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("stale")));
        WorkbenchFixture officer(m_dir.filePath(QStringLiteral("stale")));
        saveCase(officer, smallCase(QStringLiteral("Drones, please.")));
        auto *actions = officer.workbench->findChild<ui::ReviewActions *>();
        actions->setKeyFolder(keys);
        officer.workbench->openCase(QStringLiteral("RV-9"));
        const QString bundle = m_dir.filePath(QStringLiteral("stale.foireview"));
        QVERIFY(actions->exportCaseFile(bundle, std::nullopt, false));
        ui::ReviewModeWindow *review = actions->openBundleFile(bundle); // reviewing one's own
        QVERIFY(review);
        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("overallCommentEdit")),
                         QStringLiteral("Cite the harm."));
        const QString response = m_dir.filePath(QStringLiteral("stale.foiresponse"));
        QVERIFY(actions->writeResponse(
            *review, review->answer(core::ReviewResponse::Decision::Return), response));
        review->close();
        officer.workbench->showCaseList();
        saveCase(officer, smallCase(QStringLiteral("Drones and helicopters, please.")));
        QVERIFY(!actions->importResponseFile(response));
        auto *dialog = officer.workbench->window().findChild<ui::ReviewDifferencesDialog *>();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("differencesTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("The request text"));
        QCOMPARE(table->item(0, 0)->toolTip(), QStringLiteral("requestText"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Drones and helicopters, please."));
        screenshot(dialog, QStringLiteral("review-stale-differences.png"));
        dialog->close();
    }
};

QTEST_MAIN(TestReviewMode)
#include "tst_review_mode.moc"
