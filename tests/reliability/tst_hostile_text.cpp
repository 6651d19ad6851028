// Hostile text end to end: requester names and request texts with right-to-left and zero-width
// characters, emoji, SQL-looking, search-syntax-looking and markup-looking strings, and a 1 MB
// request, pass through the store (saved and loaded back exactly), the full-text search (no
// error, the case found by a plain word), the checker, and the letter (PDF read back: the text
// is there literally, never run as a template or markup) as plain text.
#include "core/model/Case.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/rules/CaseChecker.h"
#include "core/services/CaseImportService.h"
#include "core/services/ReplyService.h"
#include "core/store/CaseStore.h"
#include "tests/support/ReferenceCase.h"
#include "tests/support/StoreOptions.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

class TestHostileText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    Case m_reference;
    int m_cases = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reference = testsupport::referenceCase();
        auto store =
            CaseStore::open(m_dir.filePath(QStringLiteral("cases.foistore")),
                            CaseStore::OpenMode::CreateIfMissing, testsupport::storeOptions());
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void cleanupTestCase() { m_store.reset(); }

    void passesThroughAsPlainText_data()
    {
        QTest::addColumn<QString>("name");        // the requester's name
        QTest::addColumn<QString>("request");     // the request text
        QTest::addColumn<QString>("inTheLetter"); // what the letter must show literally

        QTest::newRow("right-to-left")
            << QStringLiteral("Zed \u202Egnp.exe\u202C \u0633\u0627\u0631\u0629")
            << QStringLiteral("\u0645\u0631\u062D\u0628\u0627 please list the \u05E9\u05DC\u05D5"
                              "\u05DD budgets.")
            << QStringLiteral("Zed");
        QTest::newRow("zero-width")
            << QStringLiteral("Ze\u200Bro\u200D Wi\uFEFFdth Person")
            << QStringLiteral("How\u200B many\u2060 cameras?") << QStringLiteral("Person");
        QTest::newRow("emoji") << QStringLiteral("Emoji \U0001F600 \U0001F469\u200D\U0001F4BB "
                                                 "\U0001F1EC\U0001F1E7 Fan")
                               << QStringLiteral("Budgets \U0001F4B0 for \U0001F693 please.")
                               << QStringLiteral("Emoji");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE cases;--")
                             << QStringLiteral("' OR '1'='1' -- ; DELETE FROM audit_log; "
                                               "SELECT * FROM cases WHERE 1=1")
                             << QStringLiteral("DROP TABLE cases;--");
        QTest::newRow("search syntax")
            << QStringLiteral("Near NEAR(a b) \"quoted OR\" AND* ^start")
            << QStringLiteral("cameras AND NOT (budget OR \"x\"*) NEAR/3 col:value -minus")
            << QStringLiteral("NEAR(a b)");
        QTest::newRow("markup and templates")
            << QStringLiteral("<script>alert(1)</script> {{authority}} &amp;")
            << QStringLiteral("<b>bold</b> {{{requester}}} {{#claims}}x{{/claims}} "
                              "<!-- comment --> ${HOME} %s %n")
            << QStringLiteral("<script>alert(1)</script> {{authority}} &amp;");
        QString huge = QStringLiteral("Please send the budgets for cameras.\n");
        while (huge.size() < 1024 * 1024)
            huge += QStringLiteral("Line %1 of a very long request about surveillance budgets, "
                                   "kept verbatim.\n")
                        .arg(huge.size());
        QTest::newRow("1 MB request")
            << QStringLiteral("Long Writer") << huge << QStringLiteral("Long Writer");
    }

    void passesThroughAsPlainText()
    {
        QFETCH(QString, name);
        QFETCH(QString, request);
        QFETCH(QString, inTheLetter);

        Case theCase = m_reference;
        theCase.reference = QStringLiteral("HOSTILE-%1").arg(++m_cases);
        theCase.requester.name = name;
        theCase.requestText = request;
        const QString file = m_dir.filePath(theCase.reference + QStringLiteral(".json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CaseFile::write(theCase));
        out.close();

        // Store: saved and loaded back exactly.
        auto imported = CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                            .importFiles({file}, QStringLiteral("Jo"));
        QVERIFY2(imported && imported->ok(),
                 qPrintable(imported ? imported->problems.join(QLatin1Char(' '))
                                     : imported.error().message));
        auto stored = CaseImportService(*m_store, WorkingDayCalendar::builtIn())
                          .exportCase(theCase.reference);
        QVERIFY(stored);
        auto loaded = CaseFile::read(*stored);
        QVERIFY(loaded);
        QCOMPARE(loaded->requester.name, name);
        QCOMPARE(loaded->requestText, request);
        QCOMPARE(m_store->cases().load(theCase.reference)->record.requesterName, name);

        // Search: the hostile strings as queries give an answer, never an error; a plain word
        // of this request still finds the case.
        for (const QString &query : {name, request.left(200)}) {
            auto found = m_store->search().search(query, 5);
            QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        }
        auto byWord = m_store->search().search(QStringLiteral("budgets"), 50);
        QVERIFY(byWord);
        if (request.contains(QLatin1String("budgets"))) {
            bool present = false;
            for (const CaseSummary &summary : *byWord)
                present = present || summary.reference == theCase.reference;
            QVERIFY2(present, "a plain word of the request did not find the case");
        }

        // Checker: runs over the text as text.
        (void)CaseChecker(ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                          EnvironmentalTerms::builtIn())
            .check(*loaded);

        // Letter: the name is printed literally.
        AuthorityProfile authority;
        authority.name = QStringLiteral("Example Constabulary");
        authority.kind = AuthorityKind::Police;
        auto rendered =
            ReplyService::render(*loaded, authority,
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()},
                                 QDate(2026, 11, 26), ReplyService::Format::Pdf);
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
        const QString pdfPath = m_dir.filePath(theCase.reference + QStringLiteral(".pdf"));
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::WriteOnly));
        pdfFile.write(rendered->bytes);
        pdfFile.close();
        QPdfDocument pdf;
        QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + QLatin1Char('\n');
        QVERIFY2(text.simplified().contains(inTheLetter),
                 qPrintable(QStringLiteral("not in the letter: ") + inTheLetter));
        QVERIFY(!text.contains(QLatin1String("Example Constabulary &amp;")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv); // letters are laid out with fonts
    TestHostileText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile_text.moc"
