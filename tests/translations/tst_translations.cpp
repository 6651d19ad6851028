#include "tests/translations/TsCatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Issue 23 point 1: every user-visible string of the interface has a finished Welsh translation.
// lupdate is run over the sources the build translates (the list CMake writes) into a copy of
// the committed resources/translations/foi_cy.ts; a string the copy then lacks, or leaves
// unfinished, is named. The areas were translated in batches, the list growing with each; it
// now covers every source lupdate reads, so any new string must come with its Welsh.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QStringList doneAreas()
    {
        return {
            // Batches 1 to 12: the interface's own screens (main window, case list, findings,
            // Settings, every workspace step, the dialogs, review, disclosure log, statistics,
            // recovery).
            QStringLiteral("app/gui/"),
            QStringLiteral("ui/"),
            // Batches 3, 8 and 13: what core says to the officer (the checker's findings, case
            // history, send readiness, lifecycle, dates, references). core/reply is not read:
            // letters follow the case's language of correspondence.
            QStringLiteral("core/"),
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
        QCOMPARE(messages.size(), 6);
        const QStringList problems = translationProblems(messages, {QStringLiteral("ui/findings/")},
                                                         [](const QString &file) { return file; });
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).contains(QStringLiteral("\u201cFindings\u201d")));
        QVERIFY(problems.at(0).contains(QStringLiteral("ui/findings/FindingsPanel.cpp")));
        QVERIFY(problems.at(1).contains(QStringLiteral("\u201cNo findings\u201d")));
        QVERIFY(problems.at(2).contains(QStringLiteral("in another context\u201d")));
        QVERIFY(problems.at(2).contains(QStringLiteral("ui/findings/FindingsPanel.cpp")));
        QVERIFY(problems.at(3).contains(QStringLiteral("\u201cA string since removed\u201d")));
        QVERIFY(problems.at(3).contains(QStringLiteral("no longer in the sources")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
