#include "core/reply/LetterTemplates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

namespace {
void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

class TestLetterTemplates : public QObject
{
    Q_OBJECT
private slots:
    void builtInWordingCoversEveryPartOfASection17Notice()
    {
        const Result<LetterTemplates> templates = LetterTemplates::load();
        QVERIFY2(templates.ok(),
                 qPrintable(templates.ok() ? QString() : templates.error().message));
        // s17(1) refusal, NCND, prejudice, PIT, s12 + s16, s14, and the s17(7) rights.
        for (const char *key :
             {"refusal_notice", "ncnd_decision", "ncnd_no_inference", "prejudice_likelihood",
              "pit_conclusion_maintain", "s12_refusal", "s16_advice", "s14_refusal",
              "internal_review", "complaint_rights", "internal_review_eir", "complaint_rights_eir"})
            QVERIFY2(templates->keys().contains(QLatin1String(key)), key);
    }

    void valuesGoInAsPlainTextUnescaped()
    {
        const LetterTemplates templates = LetterTemplates::load().value();
        const Result<QString> text =
            templates.render(QStringLiteral("not_held"),
                             {{QStringLiteral("authority"), QStringLiteral("<Smith & Co>")}});
        QVERIFY(text.ok());
        QVERIFY2(text->contains(QStringLiteral("<Smith & Co> does not hold")), qPrintable(*text));
    }

    void aNameTheWorkbenchDoesNotSupplyIsAnErrorNotAGap()
    {
        const LetterTemplates templates = LetterTemplates::load().value();
        const Result<QString> text = templates.render(QStringLiteral("not_held"), {});
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, QStringLiteral("letters.unknown-name"));
        QVERIFY(text.error().message.contains(QStringLiteral("{{authority}}")));
    }

    void anAuthorityOverridesOneParagraphAndKeepsTheRest()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("closing.mustache")), "Yours faithfully,");
        const Result<LetterTemplates> templates = LetterTemplates::load(dir.path());
        QVERIFY(templates.ok());
        QCOMPARE(templates->render(QStringLiteral("closing"), {}).value(),
                 QStringLiteral("Yours faithfully,"));
        QVERIFY(templates->render(QStringLiteral("request_intro"), {}).ok());
    }

    void aBrokenOverrideIsRefusedNamingTheFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("closing.mustache")), "Yours {{#open}} never closed");
        const Result<LetterTemplates> templates = LetterTemplates::load(dir.path());
        QVERIFY(!templates.ok());
        QCOMPARE(templates.error().code, QStringLiteral("letters.invalid"));
        QVERIFY(templates.error().message.contains(QStringLiteral("closing.mustache")));
    }

    void anOverrideThatReplacesNothingIsRefused()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("closnig.mustache")), "Typo in the name");
        const Result<LetterTemplates> templates = LetterTemplates::load(dir.path());
        QVERIFY(!templates.ok());
        QCOMPARE(templates.error().code, QStringLiteral("letters.unknown"));
        QVERIFY(templates.error().message.contains(QStringLiteral("closnig.mustache")));
    }
};

QTEST_GUILESS_MAIN(TestLetterTemplates)
#include "tst_letter_templates.moc"
