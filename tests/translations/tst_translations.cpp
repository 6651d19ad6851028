#include "TsCatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Issue 23 point 1: every user-visible string of the interface has a finished Welsh translation.
// lupdate is run over the sources the build translates (the list CMake writes) into a copy of
// the committed resources/translations/foi_cy.ts; a string the copy then lacks, or leaves
// unfinished, is named. The areas are translated in batches: those listed in doneAreas must be
// complete, and the list only grows until it covers ui/, app/gui and core/.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QStringList doneAreas()
    {
        return {
            // batch 1: the main window and menus, the case list, the findings, Settings
            QStringLiteral("app/gui/"),
            QStringLiteral("ui/mainwindow/"),
            QStringLiteral("ui/caselist/"),
            QStringLiteral("ui/findings/"),
            QStringLiteral("ui/notify/"),
            QStringLiteral("ui/models/CaseListModel."),
            QStringLiteral("ui/models/FindingListModel."),
            QStringLiteral("ui/settings/"), // all of Settings since batch 8
            // batch 2: the workspace, the Request step and the words every screen shares
            QStringLiteral("ui/widgets/"),
            QStringLiteral("ui/workspace/CaseWorkspace."),
            QStringLiteral("ui/workspace/WorkspaceStep."),
            QStringLiteral("ui/workspace/RequestStep."),
            // batch 3: the findings of a valid request and its questions, from core
            QStringLiteral("core/rules/RequestRules."),
            // batch 4: the Questions, Held and Clock steps, searches, item models, history
            QStringLiteral("ui/workspace/QuestionsStep."),
            QStringLiteral("ui/workspace/HeldStep."),
            QStringLiteral("ui/workspace/SearchRecordEditor."),
            QStringLiteral("ui/workspace/ClockStep."),
            QStringLiteral("ui/models/"),
            QStringLiteral("ui/history/"),
            QStringLiteral("ui/tasks/"),
            // batch 5: the Exemptions, Harm, Public interest and Cost steps
            QStringLiteral("ui/workspace/ExemptionsStep."),
            QStringLiteral("ui/workspace/ExemptionPicker."),
            QStringLiteral("ui/workspace/HarmStep."),
            QStringLiteral("ui/workspace/PublicInterestStep."),
            QStringLiteral("ui/workspace/FactorLibraryPanel."),
            QStringLiteral("ui/workspace/CostStep."),
            QStringLiteral("ui/workspace/AggregationPanel."),
            // batch 6: the Reply step, attached files, similar requests
            QStringLiteral("ui/workspace/ReplyStep."),
            QStringLiteral("ui/workspace/SentReplyBanner."),
            QStringLiteral("ui/workspace/AttachmentsPanel."),
            QStringLiteral("ui/workspace/SimilarRequestsPanel."),
            // batch 7: the Case menu and the workspace's small dialogs
            QStringLiteral("ui/workspace/CaseLifecycle"),
            QStringLiteral("ui/workspace/AmendAfterSendingDialog."),
            QStringLiteral("ui/workspace/AuthorityProfileOffer."),
            QStringLiteral("ui/workspace/CiteEvidenceDialog."),
            QStringLiteral("ui/workspace/ReplyPrintJob."),
        };
    }

private slots:
    void everyStringOfTheDoneAreasIsTranslated()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString copy = folder.filePath(QStringLiteral("foi_cy.ts"));
        QVERIFY(
            QFile::copy(QStringLiteral(FOI_SOURCE_DIR "/resources/translations/foi_cy.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(FOI_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("relative"),
                       QStringLiteral("@" FOI_BINARY_DIR "/translations/sources.lst"),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> messages = readTsFile(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000); // lupdate found the sources
        const QDir tsFolder(folder.path());
        const QDir root(QStringLiteral(FOI_SOURCE_DIR));
        const auto relativeFile = [&](const QString &file) {
            return root.relativeFilePath(QDir::cleanPath(tsFolder.absoluteFilePath(file)));
        };
        const QStringList problems = translationProblems(messages, doneAreas(), relativeFile);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) to translate or remove:\n  %2")
                                .arg(problems.size())
                                .arg(problems.join(QStringLiteral("\n  ")))));

        // The areas not yet done, for the record.
        qsizetype remaining = 0;
        for (const TsMessage &message : messages)
            remaining += message.type == QLatin1String("unfinished") ? 1 : 0;
        qInfo("%lld of %lld strings still to translate outside the areas done", remaining,
              qsizetype(messages.size()));
    }

    // The check itself names an unfinished string of a done area and a string no longer in the
    // sources, and passes over a finished one and one of an area not yet done.
    void theCheckNamesWhatIsMissing()
    {
        QString error;
        const QList<TsMessage> messages = readTsFile(
            QStringLiteral(FOI_SOURCE_DIR "/tests/translations/fixture/foi_cy.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 5);
        const QStringList problems = translationProblems(messages, {QStringLiteral("ui/findings/")},
                                                         [](const QString &file) { return file; });
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QStringLiteral("\u201cFindings\u201d")));
        QVERIFY(problems.at(0).contains(QStringLiteral("ui/findings/FindingsPanel.cpp")));
        QVERIFY(problems.at(1).contains(QStringLiteral("\u201cNo findings\u201d")));
        QVERIFY(problems.at(2).contains(QStringLiteral("\u201cA string since removed\u201d")));
        QVERIFY(problems.at(2).contains(QStringLiteral("no longer in the sources")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
