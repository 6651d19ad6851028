// Issue 25: second-officer review that closes the loop, as two officers with homes of their own
// (settings, store and review keys each) would run it in the workbench: keys exchanged and
// trusted in Settings › Review keys, a bundle exported, returned with comments that reach the
// officer (review notes under the findings, beside the field, in Case history), answered, fixed,
// exported again, approved and sent as final; an officer approving their own bundle is refused;
// the review window works from the keyboard. Set FOI_REVIEW_SCREENSHOTS=FOLDER to keep pictures.

#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/review/PublicKeyFile.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseHistory.h"
#include "core/store/ReviewRegister.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/CaseListModel.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewDifferencesDialog.h"
#include "ui/review/ReviewModeWindow.h"
#include "ui/review/ReviewNotesPanel.h"
#include "ui/settings/ReviewKeysPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>

using namespace foi;

namespace {

// One officer's machine: a home with their settings, store and review keys.
struct Officer
{
    Officer(const QString &home, const QString &name)
        : keys(home + QStringLiteral("/keys"))
    {
        QDir().mkpath(home);
        fixture = std::make_unique<WorkbenchFixture>(home);
        fixture->settings.setValue(QStringLiteral("officer/name"), name);
        fixture->cases->setOfficer(name);
        review()->setKeyFolder(keys);
    }

    ui::ReviewActions *review() const
    {
        return fixture->workbench->findChild<ui::ReviewActions *>();
    }
    ui::Workbench &workbench() const { return *fixture->workbench; }
    template<typename T> T *find(const QString &name) const
    {
        return workbench().window().findChild<T *>(name);
    }
    // What the case list's Review column says of a case (issue 25, point 6).
    QString reviewColumn(const QString &reference) const
    {
        auto *model = qobject_cast<ui::CaseListModel *>(
            find<QTableView>(QStringLiteral("caseTableView"))->model());
        const int row = model ? model->rowOf(reference) : -1;
        return row < 0 ? QStringLiteral("(not listed)")
                       : model->index(row, ui::CaseListModel::Review).data().toString();
    }

    QString keys;
    std::unique_ptr<WorkbenchFixture> fixture;
};

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FOI_REVIEW_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestReviewLoop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reference;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Opens Settings as the officer would (Edit › Settings), runs `use` on its Review keys page,
    // and closes it.
    static void withKeysPage(Officer &officer, const std::function<void(ui::ReviewKeysPage &)> &use)
    {
        bool ran = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *page = dialog->findChild<ui::ReviewKeysPage *>(QStringLiteral("reviewKeysPage"));
            if (page) {
                auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"));
                tabs->setCurrentWidget(page);
                use(*page);
                ran = true;
            }
            dialog->reject();
        });
        officer.workbench().showSettings();
        QVERIFY2(ran, "Settings has no Review keys page");
    }

    void exchangeKeys(Officer &officer, Officer &reviewer)
    {
        withKeysPage(officer, [this](ui::ReviewKeysPage &page) {
            QVERIFY(page.exportOwnKeyFile(file(QStringLiteral("officer.pub"))));
        });
        withKeysPage(reviewer, [this](ui::ReviewKeysPage &page) {
            QVERIFY(page.exportOwnKeyFile(file(QStringLiteral("reviewer.pub"))));
            QVERIFY(page.importKeyFile(file(QStringLiteral("officer.pub"))));
            QVERIFY(page.trustImportedKey());
        });
        withKeysPage(officer, [this](ui::ReviewKeysPage &page) {
            auto *table = page.findChild<QTableWidget *>(QStringLiteral("trustedKeysTable"));
            QVERIFY(page.importKeyFile(file(QStringLiteral("reviewer.pub"))));
            // Importing shows the colleague's fingerprint to compare; trusting is a second step.
            const QString shown =
                page.findChild<QLabel *>(QStringLiteral("importedKeyLabel"))->text();
            QVERIFY2(shown.contains(QStringLiteral("Sam Senior")), qPrintable(shown));
            QVERIFY(shown.contains(QStringLiteral("Fingerprint: ")));
            QCOMPARE(table->rowCount(), 0);
            QVERIFY(page.findChild<QPushButton *>(QStringLiteral("trustKeyButton"))->isEnabled());
            QVERIFY(page.trustImportedKey());
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Sam Senior"));
            page.window()->resize(820, 620);
            screenshot(page.window(), QStringLiteral("review-keys-page.png"));
        });
    }

    ui::ReviewModeWindow *openBundle(Officer &who, const QString &bundle)
    {
        ui::ReviewModeWindow *window = who.review()->openBundleFile(bundle);
        if (!window)
            qWarning("%s", qPrintable(who.fixture->notifier.errors.join(u'\n')));
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FOI_OFFICER", ""); // the workbench never reads it; make sure nothing else does
    }

    void twoOfficersCloseTheReviewLoop()
    {
        Officer officer(file(QStringLiteral("jo")), QStringLiteral("Jo Officer"));
        Officer reviewer(file(QStringLiteral("sam")), QStringLiteral("Sam Senior"));
        exchangeKeys(officer, reviewer);

        QFile caseFile(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
        QVERIFY(caseFile.open(QIODevice::ReadOnly));
        auto theCase = core::CaseFile::read(caseFile.readAll());
        QVERIFY(theCase.ok());
        theCase->reply.sentOn = {};
        QVERIFY(officer.fixture->cases->save(*theCase).ok());
        m_reference = theCase->reference;
        officer.workbench().window().resize(1280, 860);
        officer.workbench().window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&officer.workbench().window()));
        officer.workbench().openCase(m_reference);

        // Round one: exported for Sam, who returns it with comments.
        const QString bundle = file(QStringLiteral("round1.foireview"));
        core::KeyRing officerRing(officer.keys, core::Clock::system());
        const core::PublicKey sam = *officerRing.trustedKey(QStringLiteral("Sam Senior"));
        QVERIFY2(officer.review()->exportCaseFile(bundle, sam, false),
                 qPrintable(officer.fixture->notifier.errors.join(u'\n')));
        QVERIFY2(
            officer.fixture->notifier.information.last().contains(QDir::toNativeSeparators(bundle)),
            qPrintable(officer.fixture->notifier.information.last()));
        QTRY_COMPARE(officer.reviewColumn(m_reference), QStringLiteral("Awaiting review"));

        QPointer<ui::ReviewModeWindow> review = openBundle(reviewer, bundle);
        QVERIFY(review);
        QVERIFY(review->findChild<QPushButton *>(QStringLiteral("approveButton")));
        QVERIFY(!review->findChild<QLabel *>(QStringLiteral("ownBundleLabel")));
        // What the reviewer sees of each claim: what it covers, its harm, its public interest.
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("reviewClaimCovers_0"))
                    ->text()
                    .contains(QStringLiteral("any other information")));
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("reviewClaimHarm_1")));
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("reviewClaimPublicInterest_0")));
        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("overallCommentEdit")),
                         QStringLiteral("Tighten the s31 harm before this goes."));
        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("questionComment_Q2")),
                         QStringLiteral("Say which years the figures cover."));
        QTest::keyClicks(review->findChild<QPlainTextEdit *>(QStringLiteral("claimComment_1")),
                         QStringLiteral("Likelihood needs evidence."));
        const QString response = file(QStringLiteral("round1.foiresponse"));
        QVERIFY2(reviewer.review()->writeResponse(
                     *review, review->answer(core::ReviewResponse::Decision::Return), response),
                 qPrintable(reviewer.fixture->notifier.errors.join(u'\n')));
        review->close();

        // The comments reach the officer: review notes under the findings...
        QVERIFY2(officer.review()->importResponseFile(response),
                 qPrintable(officer.fixture->notifier.errors.join(u'\n')));
        QCOMPARE(officer.fixture->store->reviews().status(m_reference)->state,
                 core::ReviewStatus::State::Returned);
        QTRY_COMPARE(officer.reviewColumn(m_reference), QStringLiteral("Returned"));
        auto *notes = officer.find<ui::ReviewNotesPanel>(QStringLiteral("reviewNotesPanel"));
        QVERIFY(notes);
        QTRY_VERIFY(notes->isVisible());
        auto *list = notes->findChild<QListWidget *>(QStringLiteral("reviewNotesList"));
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Tighten the s31 harm")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("question Q2")));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("claim 2 (s31(3))")));
        // ...beside what each is about, in the workspace...
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        auto *beside = officer.find<QLabel>(QStringLiteral("workspaceReviewNoteLabel"));
        QTRY_VERIFY(beside->isVisible());
        QVERIFY(beside->text().contains(QStringLiteral("Say which years")));
        screenshot(&officer.workbench().window(), QStringLiteral("review-notes.png"));
        // ...and in Case history, in plain words.
        core::CaseHistory history(officer.fixture->store->audit());
        const auto entries = history.of(m_reference);
        QVERIFY(entries);
        QVERIFY2(entries->first().change.startsWith(
                     QStringLiteral("Sam Senior returned the case for changes")),
                 qPrintable(entries->first().change));
        QVERIFY(entries->first().change.contains(QStringLiteral("Likelihood needs evidence.")));

        // The officer fixes the case and answers each note; answered notes leave the list.
        officer.workbench().document().edit(QStringLiteral("test"), [](core::Case &c) {
            c.questions[1].determination.answer += QStringLiteral(" The figures cover 2016-2018.");
        });
        auto *answer = notes->findChild<QLineEdit *>(QStringLiteral("reviewNoteAnswerEdit"));
        auto *mark = notes->findChild<QPushButton *>(QStringLiteral("markNoteAnsweredButton"));
        for (int left = 3; left > 0; --left) {
            list->setCurrentRow(0);
            QVERIFY(mark->isEnabled());
            QTest::keyClicks(answer, QStringLiteral("Done."));
            QTest::mouseClick(mark, Qt::LeftButton);
            QCOMPARE(list->count(), left - 1);
        }
        QTRY_VERIFY(!notes->isVisible());
        QVERIFY(history.of(m_reference)
                    ->first()
                    .change.startsWith(QStringLiteral("Answered the reviewer's note on")));

        // Round two: exported again and approved by Sam.
        const QString bundle2 = file(QStringLiteral("round2.foireview"));
        QVERIFY(officer.review()->exportCaseFile(bundle2, sam, false));
        review = openBundle(reviewer, bundle2);
        QVERIFY(review);
        // Sam's own store logged the first review: round two says what changed since.
        auto *changes = review->findChild<QLabel *>(QStringLiteral("reviewChangesSummaryLabel"));
        QVERIFY(changes);
        QVERIFY2(changes->text().contains(QStringLiteral("You returned")),
                 qPrintable(changes->text()));
        auto *changedFields =
            review->findChild<QTableWidget *>(QStringLiteral("reviewChangesTable"));
        QVERIFY(changedFields->rowCount() >= 1);
        bool fixShown = false;
        for (int row = 0; row < changedFields->rowCount(); ++row)
            fixShown = fixShown ||
                       changedFields->item(row, 2)->text().contains(QStringLiteral("2016-2018"));
        QVERIFY(fixShown);
        QVERIFY(!review->findChild<QLabel *>(QStringLiteral("returnedBeforeLabel")));
        // The version Sam returned, opened again, warns before it is approved.
        {
            QPointer<ui::ReviewModeWindow> returned = openBundle(reviewer, bundle);
            QVERIFY(returned);
            QVERIFY(returned->findChild<QLabel *>(QStringLiteral("returnedBeforeLabel")));
            QCOMPARE(returned->findChild<QPushButton *>(QStringLiteral("approveButton"))->text(),
                     QStringLiteral("&Approve anyway…"));
            returned->close();
        }
        const QString approval = file(QStringLiteral("round2.foiresponse"));
        QVERIFY(reviewer.review()->writeResponse(
            *review, review->answer(core::ReviewResponse::Decision::Approve), approval));
        review->close();
        QVERIFY2(officer.review()->importResponseFile(approval),
                 qPrintable(officer.fixture->notifier.errors.join(u'\n')));
        QCOMPARE(officer.fixture->store->reviews().status(m_reference)->state,
                 core::ReviewStatus::State::ReadyToSend);
        QTRY_COMPARE(officer.reviewColumn(m_reference), QStringLiteral("Approved"));

        // Exporting for review again says it withdraws the approval, and does.
        const QString bundle3 = file(QStringLiteral("round3.foireview"));
        QVERIFY(officer.review()->exportCaseFile(bundle3, std::nullopt, false));
        QVERIFY2(officer.fixture->notifier.information.last().contains(
                     QStringLiteral("withdrew the approval by Sam Senior")),
                 qPrintable(officer.fixture->notifier.information.last()));
        QCOMPARE(officer.fixture->store->reviews().status(m_reference)->state,
                 core::ReviewStatus::State::AwaitingReview);

        // The officer cannot approve their own bundle: no Approve, and refused if asked.
        QPointer<ui::ReviewModeWindow> own = openBundle(officer, bundle3);
        QVERIFY(own);
        QVERIFY(!own->findChild<QPushButton *>(QStringLiteral("approveButton")));
        QVERIFY(own->findChild<QLabel *>(QStringLiteral("ownBundleLabel"))
                    ->text()
                    .contains(QStringLiteral("second officer")));
        QVERIFY(own->findChild<QPushButton *>(QStringLiteral("returnButton")));
        screenshot(own, QStringLiteral("review-own-bundle.png"));
        QVERIFY(!officer.review()->writeResponse(
            *own, own->answer(core::ReviewResponse::Decision::Approve),
            file(QStringLiteral("self.foiresponse"))));
        QVERIFY(officer.fixture->notifier.errors.last().contains(QStringLiteral("second officer")));
        QVERIFY(!QFile::exists(file(QStringLiteral("self.foiresponse"))));
        own->close();

        // Sam approves that bundle too, and the final reply goes.
        review = openBundle(reviewer, bundle3);
        QVERIFY(review);
        const QString approval3 = file(QStringLiteral("round3.foiresponse"));
        QVERIFY(reviewer.review()->writeResponse(
            *review, review->answer(core::ReviewResponse::Decision::Approve), approval3));
        review->close();
        QVERIFY2(officer.review()->importResponseFile(approval3),
                 qPrintable(officer.fixture->notifier.errors.join(u'\n')));
        QCOMPARE(officer.fixture->store->reviews().status(m_reference)->state,
                 core::ReviewStatus::State::ReadyToSend);
        ui::ReplyStep &reply = officer.workbench().replyStep();
        officer.workbench().workspace().showStep(
            officer.workbench().workspace().steps().indexOf(&reply));
        const QString finalPath = file(QStringLiteral("final.pdf"));
        officer.fixture->files.answer(finalPath);
        const int errorsBefore = int(officer.fixture->notifier.errors.size());
        reply.updatePreview();
        QTRY_VERIFY_WITH_TIMEOUT(
            officer.find<QPushButton>(QStringLiteral("exportFinalButton"))->isEnabled(), 20000);
        reply.exportFinal();
        QCOMPARE(officer.fixture->notifier.errors.size(), errorsBefore);
        QCOMPARE(officer.fixture->store->replies().repliesTo(m_reference)->size(), 1);
    }

    // Issue 25, point 4: revoking a trusted key on the keys page asks first, then holds.
    void aTrustedKeyIsRevokedOnlyAfterConfirming()
    {
        core::KeyRing colleague(file(QStringLiteral("colleague-keys")), core::Clock::system());
        const QString pub = file(QStringLiteral("colleague.pub"));
        QFile out(pub);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(core::PublicKeyFile::write(
            colleague.ownKey(QStringLiteral("Cal Colleague"))->publicKey()));
        out.close();
        ScriptedFileChooser files; // the flows are driven without their file dialogs
        ui::ReviewKeysPage page(file(QStringLiteral("revoker-keys")), QStringLiteral("Jo Officer"),
                                core::Clock::system(), files);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.importKeyFile(pub));
        QVERIFY(page.trustImportedKey());
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("trustedKeysTable"));
        auto *confirmBox = page.findChild<QWidget *>(QStringLiteral("confirmRevokeBox"));
        auto *revoke = page.findChild<QPushButton *>(QStringLiteral("revokeKeyButton"));
        QVERIFY(!revoke->isEnabled());
        table->selectRow(0);
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(confirmBox->isVisible());
        QCOMPARE(table->item(0, 2)->text().startsWith(QStringLiteral("trusted")), true);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("keepKeyButton")),
                          Qt::LeftButton);
        QVERIFY(!confirmBox->isVisible());
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("trusted")));
        table->selectRow(0);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("confirmRevokeButton")),
                          Qt::LeftButton);
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("revoked")));
        core::KeyRing ring(file(QStringLiteral("revoker-keys")), core::Clock::system());
        QCOMPARE(
            *ring.standing(colleague.ownKey(QStringLiteral("Cal Colleague"))->publicKey().bytes),
            core::KeyRing::Standing::Revoked);
        // A revoked key cannot be trusted again: the page says why.
        QVERIFY(page.importKeyFile(pub));
        QVERIFY(!page.trustImportedKey());
        QVERIFY(page.message().contains(QStringLiteral("cannot be trusted again")));
    }

    // Issue 25, point 5: the stale-response table shows long changed text wrapped in full.
    void theDifferencesTableWrapsLongTextInView()
    {
        const QString paragraph =
            QStringLiteral("The force holds figures for each year since 2016. ").repeated(12);
        ui::ReviewDifferencesDialog dialog(QStringLiteral("The case changed."),
                                           {{QStringLiteral("questions[0].determination.answer"),
                                             QStringLiteral("Short."), paragraph}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("differencesTable"));
        const int right = table->columnViewportPosition(2) + table->columnWidth(2);
        QVERIFY(right <= table->viewport()->width());
        QTRY_VERIFY(table->rowHeight(0) > 3 * table->fontMetrics().height());
        QCOMPARE(table->item(0, 2)->text(), paragraph);
    }

    // Issue 25, point 10: Tab leaves a comment box, focus scrolls into view, Esc, Ctrl+W and
    // Close close the window.
    void theReviewWindowWorksFromTheKeyboard()
    {
        Officer officer(file(QStringLiteral("kb-jo")), QStringLiteral("Jo Officer"));
        QFile caseFile(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
        QVERIFY(caseFile.open(QIODevice::ReadOnly));
        auto theCase = core::CaseFile::read(caseFile.readAll());
        QVERIFY(officer.fixture->cases->save(*theCase).ok());
        officer.workbench().openCase(theCase->reference);
        const QString bundle = file(QStringLiteral("kb.foireview"));
        QVERIFY(officer.review()->exportCaseFile(bundle, std::nullopt, false));

        for (const QKeySequence &closer :
             {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence()}) {
            QPointer<ui::ReviewModeWindow> review = openBundle(officer, bundle);
            QVERIFY(review);
            review->resize(900, 600);
            QVERIFY(QTest::qWaitForWindowActive(review));
            auto *first = review->findChild<QPlainTextEdit *>(QStringLiteral("questionComment_Q1"));
            first->setFocus();
            QTRY_VERIFY(first->hasFocus());
            QTest::keyClicks(first, QStringLiteral("ok"));
            QTest::keyClick(first, Qt::Key_Tab);
            QCOMPARE(first->toPlainText(), QStringLiteral("ok")); // no tab typed
            QTRY_VERIFY(!first->hasFocus());
            // Tab on through the comment boxes: each one focused is in view.
            auto *scroll = review->findChild<QScrollArea *>(QStringLiteral("reviewCaseScroll"));
            auto *last = review->findChild<QPlainTextEdit *>(QStringLiteral("claimComment_1"));
            last->setFocus();
            QTRY_VERIFY(last->hasFocus());
            QTRY_VERIFY(!last->visibleRegion().isEmpty());
            QVERIFY(scroll->viewport()->rect().intersects(
                QRect(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size())));
            if (closer.isEmpty()) {
                auto *close = review->findChild<QPushButton *>(QStringLiteral("closeReviewButton"));
                QVERIFY(close);
                QTest::mouseClick(close, Qt::LeftButton);
            } else {
                QTest::keySequence(review, closer);
            }
            QTRY_VERIFY(!review);
        }
    }
};

QTEST_MAIN(TestReviewLoop)
#include "tst_review_loop.moc"
