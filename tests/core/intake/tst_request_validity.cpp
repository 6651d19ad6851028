#include "core/intake/RequestValidity.h"

#include <QTest>

using namespace foi::core;

namespace {

const QDate today(2026, 11, 26);

Case validRequest()
{
    Case c;
    c.dateOfReceipt = today;
    c.channel = Channel::Email;
    c.requester.name = QStringLiteral("A. Requester");
    c.requester.email = QStringLiteral("requester@example.org");
    c.requestText = QStringLiteral("1. How many drones do you own?");
    return c;
}

QStringList locators(const QList<ValidityHint> &hints)
{
    QStringList result;
    for (const ValidityHint &hint : hints)
        result.append(hint.locator);
    return result;
}

} // namespace

class TestRequestValidity : public QObject
{
    Q_OBJECT
private slots:
    void aCompleteWrittenRequestHasNoHints()
    {
        QVERIFY(RequestValidity::hints(validRequest(), today).isEmpty());
    }

    // FOIA s8(1)(b): name and address for correspondence.
    void missingNameAndAddressAreHintedUnderS8()
    {
        Case c = validRequest();
        c.requester = {};
        QCOMPARE(
            locators(RequestValidity::hints(c, today)),
            (QStringList{QStringLiteral("requester.name"), QStringLiteral("requester.email")}));
    }

    // FOIA s8(1)(a) needs writing; EIR reg 5 accepts oral requests without a name.
    void anOralRequestIsValidOnlyUnderTheEir()
    {
        Case c = validRequest();
        c.channel = Channel::Telephone;
        c.requester = {};
        QCOMPARE(locators(RequestValidity::hints(c, today)),
                 (QStringList{QStringLiteral("channel"), QStringLiteral("requester.name")}));
        c.regime = Regime::Eir;
        QVERIFY(RequestValidity::hints(c, today).isEmpty());
    }

    void noDescriptionAndAFutureDateAreHinted()
    {
        Case c = validRequest();
        c.requestText = QStringLiteral("  ");
        c.dateOfReceipt = today.addDays(1);
        QCOMPARE(locators(RequestValidity::hints(c, today)),
                 (QStringList{QStringLiteral("requestText"), QStringLiteral("dateOfReceipt")}));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidity)
#include "tst_request_validity.moc"
