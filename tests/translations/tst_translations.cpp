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
            // The interface's own screens, translated in batches 1 to 12 (main window, case
            // list, findings, Settings, every workspace step, the dialogs, review, disclosure
            // log, statistics, recovery).
            QStringLiteral("app/gui/"),
            QStringLiteral("ui/"),
            // The findings of the checker the Findings panel shows most (core/rules).
            QStringLiteral("core/rules/RequestRules."),
            QStringLiteral("core/rules/ProcedureRules."),
            QStringLiteral("core/rules/PracticeRules."),
            QStringLiteral("core/rules/WholeRequestRules."),
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
