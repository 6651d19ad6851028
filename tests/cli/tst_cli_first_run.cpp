#include "tests/support/ReferenceCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// A new officer on a new account types the README's command-line lines in order, before the
// desktop application has ever run: every line works, and the data folder the first writing
// command makes is private to the officer (0700).
class TestCliFirstRun : public QObject
{
    Q_OBJECT

private:
    // The lines of the README's command-line example (the ```sh block that follows the
    // paragraph about the command-line tool), without their comments.
    static QStringList readmeLines()
    {
        QFile readme(QStringLiteral(FOI_SOURCE_DIR "/README.md"));
        if (!readme.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype block = text.indexOf(
            QStringLiteral("```sh"), text.indexOf(QStringLiteral("foi-workbench-cli law")) - 400);
        const qsizetype end = text.indexOf(QStringLiteral("```"), block + 5);
        QStringList lines;
        const QStringList all = text.mid(block + 5, end - block - 5).split(QLatin1Char('\n'));
        for (QString line : all) {
            line = line.section(QStringLiteral(" #"), 0, 0).trimmed();
            if (line.startsWith(QStringLiteral("foi-workbench-cli ")))
                lines.append(line);
        }
        return lines;
    }

    // Splits a line as the shell would for these examples: words, "quoted words", ~ for HOME;
    // the repository's example files (tests/data/, docs/examples/) found in the source tree.
    static QStringList words(const QString &line, const QString &home)
    {
        static const QRegularExpression word(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
        QStringList result;
        for (const auto &match : word.globalMatch(line)) {
            QString w = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
            if (w.startsWith(QStringLiteral("~/")))
                w = home + w.mid(1);
            if (w.startsWith(QStringLiteral("tests/data/")) ||
                w.startsWith(QStringLiteral("docs/examples/")))
                w = QStringLiteral(FOI_SOURCE_DIR "/") + w;
            if (w == QStringLiteral("CASEFILE"))
                w = testsupport::referenceCasePath();
            if (w == QStringLiteral("bank-holidays.json"))
                w = QStringLiteral(FOI_SOURCE_DIR "/resources/calendar/bank-holidays.json");
            result.append(w);
        }
        return result.mid(1); // the program's name
    }

    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QString &home)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(home);
        process.start(QStringLiteral(FOI_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return result;
    }

private slots:
    void readmeLinesWorkOnANewAccount_data()
    {
        QTest::addColumn<bool>("xdgInsideHome");
        QTest::newRow("XDG folders unset") << false;
        QTest::newRow("XDG folders inside HOME") << true;
    }

    void readmeLinesWorkOnANewAccount()
    {
        QFETCH(bool, xdgInsideHome);
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("officer"));
        QVERIFY(QDir().mkpath(home));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "FOI_OFFICER"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("HOME"), home);
        QString dataFolder = home + QStringLiteral("/.local/share/foi-workbench");
        if (xdgInsideHome) {
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/conf"));
            dataFolder = home + QStringLiteral("/data/foi-workbench");
        }

        const QStringList lines = readmeLines();
        QVERIFY2(lines.size() >= 10, "the README's command-line example was not found");
        QVERIFY2(lines.filter(QStringLiteral("-cli import ")).size() == 1,
                 "the README's example no longer imports a case");
        for (const QString &line : lines) {
            const Run result = run(words(line, home), environment, home);
            // `scan` answers "no" (exit 1) when a file has findings, as the letters made above
            // do (their author): that is its answer, not a failure.
            const bool answered = result.exitCode == 0 ||
                                  (result.exitCode == 1 && line.contains(QStringLiteral(" scan ")));
            QVERIFY2(answered, qPrintable(QStringLiteral("`%1` ended with %2:\n%3")
                                              .arg(line)
                                              .arg(result.exitCode)
                                              .arg(result.output)));
        }
        QVERIFY(QFileInfo::exists(dataFolder + QStringLiteral("/cases.foistore")));
        const QFileDevice::Permissions ownerOnly =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        const QFileDevice::Permissions groupAndOthers(0x0077);
        QCOMPARE(QFileInfo(dataFolder).permissions() & (ownerOnly | groupAndOthers), ownerOnly);
    }
};

QTEST_GUILESS_MAIN(TestCliFirstRun)
#include "tst_cli_first_run.moc"
