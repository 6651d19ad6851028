#include "tests/cli/CliRunner.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `foi-workbench-cli matter`: the reference case through an internal review (s45 Code of
// Practice), a complaint to the Commissioner (FOIA s50), a decision notice ordering a fresh
// response (s50(4)), an appeal that suspends the step (s50(6), s57) and its withdrawal, as an
// officer would type it. Each test has a private data folder.
class TestCliMatter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CliRun as(const QString &officer, QStringList args)
    {
        args.prepend(u"matter"_s);
        args << u"--officer"_s << officer;
        return runCli(args, m_home.path());
    }
    // The case's hold for retention, as `list --json` shows it ("" when none).
    QString hold()
    {
        const CliRun listed = runCli({u"list"_s, u"--json"_s}, m_home.path());
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (row[u"reference"_s].toString() == u"13457_18"_s)
                return row[u"hold"_s].toString();
        }
        return u"(case not listed)"_s;
    }
    static QJsonArray clocks(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void init()
    {
        QVERIFY(QDir(m_home.path()).mkpath(u"foi-workbench"_s));
        const CliRun imported = runCli(
            {u"import"_s, testsupport::referenceCasePath(), u"--officer"_s, u"Case Officer"_s},
            m_home.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    void cleanup() { QDir(m_home.path() + u"/foi-workbench"_s).removeRecursively(); }

    void theWholeLifeOfTheReferenceCase()
    {
        CliRun run =
            as(u"A. Senior"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                u"2018-06-29"_s, u"--reviewer"_s, u"A. Senior"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject opened = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(opened.value(u"matter"_s).toString(), u"IR1"_s);
        QCOMPARE(opened.value(u"due"_s).toString(), u"2018-07-30"_s); // 20 working days
        QCOMPARE(opened.value(u"original_sha256"_s).toString().size(), 64);
        QCOMPARE(hold(), u"internal-review"_s);

        run = as(u"A. Senior"_s, {u"decide"_s, u"13457_18"_s, u"IR1"_s, u"--decision"_s,
                                  u"maintained"_s, u"--reasons"_s, u"The NCND stands."_s});
        QCOMPARE(run.exitCode, 0);
        run = as(u"A. Senior"_s, {u"close"_s, u"13457_18"_s, u"IR1"_s, u"--on"_s, u"2018-07-20"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Original decision maintained (ICO: Not upheld)"_s),
                 qPrintable(run.out));
        QCOMPARE(hold(), QString()); // the review was the only matter

        run = as(u"A. Senior"_s, {u"open"_s, u"ico"_s, u"13457_18"_s, u"--received"_s,
                                  u"2018-09-03"_s, u"--ico-reference"_s, u"FS50712345"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(hold(), u"commissioner"_s);
        run = as(u"A. Senior"_s,
                 {u"decision-notice"_s, u"13457_18"_s, u"ICO1"_s, u"--dated"_s, u"2019-03-11"_s,
                  u"--outcome"_s, u"overturned"_s, u"--step"_s,
                  u"issue-fresh-response:A fresh response to question 1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject notice = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(notice.value(u"steps_due"_s).toString(), u"2019-04-15"_s);
        QCOMPARE(notice.value(u"appeal_due"_s).toString(), u"2019-04-08"_s);

        run = as(u"A. Senior"_s,
                 {u"appeal"_s, u"13457_18"_s, u"ICO1"_s, u"--lodged"_s, u"2019-04-05"_s, u"--by"_s,
                  u"authority"_s, u"--tribunal-reference"_s, u"EA/2019/0042"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(hold(), u"tribunal"_s);
        run = as(u"A. Senior"_s, {u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(clocks(run).size(), 1);
        QCOMPARE(clocks(run).at(0)[u"status"_s].toString(), u"suspended"_s);
        QCOMPARE(clocks(run).at(0)[u"reference"_s].toString(), u"13457_18"_s);

        run = as(u"A. Senior"_s,
                 {u"appeal-end"_s, u"13457_18"_s, u"ICO1"_s, u"--determination"_s, u"withdrawn"_s,
                  u"--on"_s, u"2019-05-10"_s, u"--steps-due"_s, u"2019-06-14"_s});
        QCOMPARE(run.exitCode, 0);
        run = as(u"A. Senior"_s, {u"list"_s, u"13457_18"_s, u"--json"_s});
        QCOMPARE(clocks(run).at(0)[u"due"_s].toString(), u"2019-06-14"_s);
        QCOMPARE(clocks(run).at(0)[u"kind"_s].toString(), u"decision-notice-step"_s);
        QCOMPARE(clocks(run).at(0)[u"officer"_s].toString(), u"A. Senior"_s);
        QVERIFY(!hold().isEmpty());

        run = as(u"A. Senior"_s, {u"step-done"_s, u"13457_18"_s, u"ICO1"_s, u"--step"_s, u"1"_s,
                                  u"--on"_s, u"2019-06-10"_s});
        QCOMPARE(run.exitCode, 0);
        run =
            as(u"A. Senior"_s, {u"close"_s, u"13457_18"_s, u"ICO1"_s, u"--on"_s, u"2019-06-12"_s});
        QCOMPARE(run.exitCode, 0);
        run = as(u"A. Senior"_s, {u"list"_s});
        QCOMPARE(run.out.trimmed(), u"No open clock."_s);
        QCOMPARE(hold(), QString()); // the last matter closed: off hold
        // Every change is in the audit chain, which still verifies.
        QCOMPARE(runCli({u"audit"_s, u"verify"_s}, m_home.path()).exitCode, 0);
    }

    void theOriginalDecisionMakerIsRefusedWithExitOne()
    {
        const CliRun run =
            as(u"Case Officer"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                   u"2018-06-29"_s, u"--reviewer"_s, u"case officer"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"took no part"_s), qPrintable(run.err));
        const CliRun overridden = as(
            u"Case Officer"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                u"2018-06-29"_s, u"--reviewer"_s, u"Case Officer"_s,
                                u"--override-reason"_s, u"The unit has one officer this month."_s});
        QCOMPARE(overridden.exitCode, 0);
    }

    void badInputExitsTwoNamingTheField_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("a review of a case that does not exist")
            << QStringList{u"open"_s,       u"internal-review"_s, u"999_18"_s,   u"--received"_s,
                           u"2018-06-29"_s, u"--reviewer"_s,      u"A. Senior"_s}
            << u"There is no case 999_18"_s;
        QTest::newRow("no receipt date")
            << QStringList{u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--reviewer"_s,
                           u"A. Senior"_s}
            << u"--received YYYY-MM-DD is required"_s;
        QTest::newRow("an impossible date")
            << QStringList{u"open"_s, u"ico"_s, u"13457_18"_s, u"--received"_s, u"2018-02-30"_s}
            << u"--received must be a real date"_s;
        QTest::newRow("the bare word upheld")
            << QStringList{u"decide"_s, u"13457_18"_s, u"IR1"_s, u"--decision"_s, u"upheld"_s}
            << u"--decision must be maintained, partly-maintained"_s;
        QTest::newRow("an appeal on a matter that does not exist")
            << QStringList{u"appeal"_s,     u"13457_18"_s, u"ICO1"_s,     u"--lodged"_s,
                           u"2019-01-01"_s, u"--by"_s,     u"requester"_s}
            << u"has no Commissioner matter ICO1"_s;
        QTest::newRow("an unknown verb") << QStringList{u"reopen"_s} << u"open internal-review"_s;
    }

    void badInputExitsTwoNamingTheField()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = as(u"A. Senior"_s, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void aDecisionNoticeBeforeTheRequestIsRefused()
    {
        QCOMPARE(as(u"A. Senior"_s,
                    {u"open"_s, u"ico"_s, u"13457_18"_s, u"--received"_s, u"2018-09-03"_s})
                     .exitCode,
                 0);
        const CliRun early =
            as(u"A. Senior"_s, {u"decision-notice"_s, u"13457_18"_s, u"ICO1"_s, u"--dated"_s,
                                u"2018-01-02"_s, u"--outcome"_s, u"maintained"_s});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains(u"before the request was received"_s), qPrintable(early.err));
        const CliRun noNotice =
            as(u"A. Senior"_s, {u"appeal"_s, u"13457_18"_s, u"ICO1"_s, u"--lodged"_s,
                                u"2019-01-01"_s, u"--by"_s, u"requester"_s});
        QCOMPARE(noNotice.exitCode, 2);
        QVERIFY2(noNotice.err.contains(u"has no decision notice"_s), qPrintable(noNotice.err));
    }

    // An enforcement notice (FOIA s52) needs no case; its action plan, due 30 working days
    // from the notice of Mon 10 Mar 2025 (Thu 24 Apr 2025: St Patrick's Day, Good Friday and
    // Easter Monday skipped), sits on the same list as the cases' clocks until it is met.
    void anEnforcementNoticeJoinsTheDeadlineList()
    {
        CliRun run = as(u"FOI Manager"_s,
                        {u"open"_s, u"enforcement-notice"_s, u"--ico-reference"_s, u"ENF0123456"_s,
                         u"--dated"_s, u"2025-03-10"_s, u"--requirement"_s, u"Action plan@30wd"_s,
                         u"--requirement"_s, u"Backlog cleared@2025-06-30"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject opened = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(opened[u"matter"_s].toString(), u"EN1"_s);
        QCOMPARE(opened[u"requirements"_s][0][u"due"_s].toString(), u"2025-04-24"_s);
        QVERIFY(as(u"A. Senior"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                    u"2018-06-29"_s, u"--reviewer"_s, u"A. Senior"_s})
                    .exitCode == 0);
        run = as(u"A. Senior"_s, {u"list"_s, u"--json"_s});
        QCOMPARE(clocks(run).size(), 3);
        QCOMPARE(clocks(run).at(0)[u"reference"_s].toString(), u"13457_18"_s); // 2018 first
        QCOMPARE(clocks(run).at(1)[u"reference"_s].toString(), QString());
        QCOMPARE(clocks(run).at(1)[u"kind"_s].toString(), u"authority-requirement"_s);
        QCOMPARE(clocks(run).at(1)[u"officer"_s].toString(), u"FOI Manager"_s);
        run = as(u"A. Senior"_s, {u"list"_s});
        QVERIFY2(run.out.contains(u"2025-04-24  (authority)  EN1  Action plan"_s),
                 qPrintable(run.out));

        run = as(u"FOI Manager"_s, {u"close"_s, u"EN1"_s, u"--on"_s, u"2025-07-01"_s});
        QCOMPARE(run.exitCode, 2); // requirements outstanding
        QVERIFY2(run.err.contains(u"not met yet"_s), qPrintable(run.err));
        for (const QString &n : {u"1"_s, u"2"_s})
            QCOMPARE(as(u"FOI Manager"_s, {u"requirement-met"_s, u"EN1"_s, u"--requirement"_s, n,
                                           u"--on"_s, u"2025-04-22"_s})
                         .exitCode,
                     0);
        QCOMPARE(as(u"FOI Manager"_s, {u"close"_s, u"EN1"_s, u"--on"_s, u"2025-07-01"_s}).exitCode,
                 0);
        QCOMPARE(clocks(as(u"A. Senior"_s, {u"list"_s, u"--json"_s})).size(), 1);
        run = as(u"FOI Manager"_s,
                 {u"open"_s, u"practice-recommendation"_s, u"--ico-reference"_s, u"PR0042"_s,
                  u"--dated"_s, u"2025-03-10"_s, u"--requirement"_s, u"Action plan@soon"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--requirement must be WHAT@NNwd"_s), qPrintable(run.err));
        QCOMPARE(runCli({u"audit"_s, u"verify"_s}, m_home.path()).exitCode, 0);
    }

    // The outcome letter (s45 Code Part 5): a DRAFT (exit 1) while an item is undecided or the
    // letter lacks the right to complain to the Commissioner (s50), final once it is right.
    void theReviewOutcomeLetter()
    {
        QCOMPARE(
            as(u"A. Senior"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                u"2018-06-29"_s, u"--reviewer"_s, u"A. Senior"_s})
                .exitCode,
            0);
        const QString pdf = m_home.path() + u"/IR1.pdf"_s;
        CliRun run = as(u"A. Senior"_s, {u"letter"_s, u"13457_18"_s, u"IR1"_s, u"--out"_s, pdf,
                                         u"--date"_s, u"2018-07-20"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"DRAFT"_s), qPrintable(run.out));
        QVERIFY(QFile::exists(pdf));

        QCOMPARE(as(u"A. Senior"_s, {u"decide"_s, u"13457_18"_s, u"IR1"_s, u"--decision"_s,
                                     u"overturned"_s, u"--reasons"_s, u"The harm is not shown."_s})
                     .exitCode,
                 0);
        run = as(u"A. Senior"_s, {u"letter"_s, u"13457_18"_s, u"IR1"_s, u"--out"_s, pdf,
                                  u"--complaint-rights"_s, u"Write to us again if unhappy."_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"IR-LETTER-NO-COMPLAINT-RIGHT"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"IR-RELEASE-NOT-STATED"_s), qPrintable(run.err));

        run = as(u"A. Senior"_s,
                 {u"letter"_s, u"13457_18"_s, u"IR1"_s, u"--out"_s, pdf, u"--complaint-rights"_s,
                  QString(), u"--released"_s, u"The numbers are enclosed."_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject written = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(written[u"draft"_s].toBool(), false);
        QVERIFY(written[u"findings"_s].toArray().isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // A remedial response needs a sent letter to amend: this old case kept only its date.
        run = as(u"A. Senior"_s, {u"remedy"_s, u"13457_18"_s, u"IR1"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"not decided against"_s) || run.err.contains(u"sent"_s),
                 qPrintable(run.err));

        // Once the review is decided its letter has gone: what it says cannot change.
        QCOMPARE(
            as(u"A. Senior"_s, {u"close"_s, u"13457_18"_s, u"IR1"_s, u"--on"_s, u"2018-07-20"_s})
                .exitCode,
            0);
        run = as(u"A. Senior"_s, {u"letter"_s, u"13457_18"_s, u"IR1"_s, u"--out"_s, pdf,
                                  u"--released"_s, u"Something else."_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"cannot change"_s), qPrintable(run.err));
    }

    // Issue 23: `matter letter` writes the outcome letter in the case's language of
    // correspondence: a bilingual case gets it in Welsh, then in English, each with the right to
    // complain to the Commissioner (s50), and the PDF declares Welsh first.
    void theReviewOutcomeLetterOfABilingualCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        cleanup();
        QVERIFY(QDir(m_home.path()).mkpath(u"foi-workbench"_s));
        QJsonObject bilingual = testsupport::referenceCaseObject();
        bilingual[u"languageOfCorrespondence"_s] = u"bilingual"_s;
        const QString casePath = m_home.path() + u"/bilingual-case.json"_s;
        QFile caseFile(casePath);
        QVERIFY(caseFile.open(QIODevice::WriteOnly));
        caseFile.write(QJsonDocument(bilingual).toJson());
        caseFile.close();
        const CliRun imported =
            runCli({u"import"_s, casePath, u"--officer"_s, u"Case Officer"_s}, m_home.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        QCOMPARE(
            as(u"A. Senior"_s, {u"open"_s, u"internal-review"_s, u"13457_18"_s, u"--received"_s,
                                u"2018-06-29"_s, u"--reviewer"_s, u"A. Senior"_s})
                .exitCode,
            0);
        QCOMPARE(as(u"A. Senior"_s, {u"decide"_s, u"13457_18"_s, u"IR1"_s, u"--decision"_s,
                                     u"maintained"_s, u"--reasons"_s, u"The NCND stands."_s})
                     .exitCode,
                 0);
        const QString pdf = m_home.path() + u"/IR1-cy.pdf"_s;
        const CliRun run = as(u"A. Senior"_s, {u"letter"_s, u"13457_18"_s, u"IR1"_s, u"--out"_s,
                                               pdf, u"--date"_s, u"2018-07-20"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/Lang (cy-GB)"));
        static const QRegularExpression space(u"\\s+"_s);
        const QString text = testsupport::pdfText(bytes).replace(space, u" "_s);
        qsizetype from = 0;
        for (const QString &part :
             {u"20 Gorffennaf 2018"_s, u"Adolygiad mewnol o'ch cais"_s,
              u"Cynhaliwyd yr adolygiad gan A. Senior"_s, u"Rydym yn cynnal y penderfyniad"_s,
              u"Canlyniad yr adolygiad"_s, u"Eich hawl i gwyno wrth y Comisiynydd Gwybodaeth"_s,
              u"Internal review of your request"_s, u"The review was carried out by A. Senior"_s,
              u"We maintain the original decision."_s, u"The outcome of the review"_s,
              u"Your right to complain to the Information Commissioner"_s}) {
            from = text.indexOf(part, from);
            QVERIFY2(from >= 0, qPrintable(part + u'\n' + text));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliMatter)
#include "tst_cli_matter.moc"
