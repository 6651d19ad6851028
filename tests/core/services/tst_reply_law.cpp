// Issue 22 point 3: the letter is checked with the law the caller passes (the program's
// effective catalogue, calendar and environmental word list), not with built-in data read
// behind its back. EIR reg 2(1) and FOIA s39(1)(a): a claim over environmental information is
// flagged (EIR-LIKELY-ENVIRONMENTAL) with the same word list the Findings panel uses.

#include "tests/support/ReferenceCase.h"

#include "core/law/EnvironmentalTerms.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/ReplyService.h"

#include <QTest>

using namespace foi::core;

class TestReplyLaw : public QObject
{
    Q_OBJECT private : static AuthorityProfile force()
    {
        AuthorityProfile authority;
        authority.name = QStringLiteral("West Midlands Police");
        authority.kind = AuthorityKind::Police;
        authority.foiUnitEmail = QStringLiteral("foi@example.police.uk");
        return authority;
    }

    static bool flagsEnvironmental(const QList<Finding> &findings)
    {
        for (const Finding &finding : findings) {
            if (finding.code == QLatin1String("EIR-LIKELY-ENVIRONMENTAL"))
                return true;
        }
        return false;
    }

private slots:
    // s39(1)(a), EIR reg 2(1): the reference case's request (facial recognition in public
    // spaces) has no word of the built-in list; an officer's list that names "public spaces"
    // flags its claims in the letter's own check, as it does in the Findings panel.
    void theLettersCheckUsesTheEnvironmentalWordsPassed()
    {
        const Case theCase = testsupport::referenceCase();
        const QDate letterDate = theCase.dateOfReceipt.addDays(7);
        const auto withBuiltIn =
            ReplyService::compose(theCase, force(),
                                  {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                   EnvironmentalTerms::builtIn()},
                                  letterDate);
        QVERIFY2(withBuiltIn, qPrintable(withBuiltIn ? QString() : withBuiltIn.error().message));
        QVERIFY(!flagsEnvironmental(withBuiltIn->findings));

        const auto officersWords = EnvironmentalTerms::fromJson(QByteArrayLiteral(
            "{\"terms\": [{\"term\": \"public spaces\", \"limb\": \"reg2(1)(c)\"}]}"));
        QVERIFY2(officersWords,
                 qPrintable(officersWords ? QString() : officersWords.error().message));
        const auto withTheirs = ReplyService::compose(
            theCase, force(),
            {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(), *officersWords},
            letterDate);
        QVERIFY(withTheirs);
        QVERIFY(flagsEnvironmental(withTheirs->findings));
    }
};

QTEST_GUILESS_MAIN(TestReplyLaw)
#include "tst_reply_law.moc"
