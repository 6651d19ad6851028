// The one-line "what the Act needs here" of each workspace step (issue 24 point 12), as data:
// every step has its line with the provision it rests on, and bad data is refused with the
// JSON path at fault.

#include "core/law/StepGuidance.h"

#include <QTest>

using namespace foi::core;

class TestStepGuidance : public QObject
{
    Q_OBJECT
private slots:
    // Each step's line cites the section a careful officer would look up there.
    void everyStepHasItsLine_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("provision");
        QTest::newRow("Request: FOIA s8(1), a valid request")
            << QStringLiteral("requestStep") << QStringLiteral("s8(1)");
        QTest::newRow("Questions: s1(1), each part answered")
            << QStringLiteral("questionsStep") << QStringLiteral("s1(1)");
        QTest::newRow("Held?: s1(1)(a), confirm or deny")
            << QStringLiteral("heldStep") << QStringLiteral("s1(1)(a)");
        QTest::newRow("Exemptions: s17(1)(b), specify the exemption")
            << QStringLiteral("exemptionsStep") << QStringLiteral("s17(1)(b)");
        QTest::newRow("Harm: s17(1)(c), why it applies")
            << QStringLiteral("harmStep") << QStringLiteral("s17(1)(c)");
        QTest::newRow("Public interest: s2(2)(b)")
            << QStringLiteral("publicInterestStep") << QStringLiteral("s2(2)(b)");
        QTest::newRow("Cost: s12(1), the appropriate limit")
            << QStringLiteral("costStep") << QStringLiteral("s12(1)");
        QTest::newRow("Clock: s10(1), 20 working days")
            << QStringLiteral("clockStep") << QStringLiteral("s10(1)");
        QTest::newRow("Reply: s17, the refusal notice")
            << QStringLiteral("replyStep") << QStringLiteral("s17");
        QTest::newRow("After the reply: s50(2)(a), the internal review before the Commissioner")
            << QStringLiteral("mattersStep") << QStringLiteral("s50(2)(a)");
    }
    void everyStepHasItsLine()
    {
        QFETCH(QString, step);
        QFETCH(QString, provision);
        const Result<StepGuidance> guidance = StepGuidance::builtIn();
        QVERIFY2(guidance, qPrintable(guidance ? QString() : guidance.error().message));
        const std::optional<StepNeed> need = guidance->forStep(step);
        QVERIFY(need);
        QCOMPARE(need->provision, provision);
        QVERIFY(!need->text.isEmpty());
        QVERIFY(need->text.size() <= 200);
        QVERIFY(!need->source.isEmpty());
    }

    // s17(7): the reply's line speaks of the review and the Commissioner; s1(1)(a): the Held?
    // step's line of saying whether the information is held.
    void theLinesSayWhatTheSectionsAsk()
    {
        const StepGuidance guidance = *StepGuidance::builtIn();
        QVERIFY(guidance.forStep(QStringLiteral("heldStep"))
                    ->text.startsWith(QStringLiteral("say whether the information is held")));
        const QString reply = guidance.forStep(QStringLiteral("replyStep"))->text;
        QVERIFY(reply.contains(QStringLiteral("names the exemption")));
        QVERIFY(reply.contains(QStringLiteral("internal review")));
        QVERIFY(reply.contains(QStringLiteral("Commissioner")));
        QVERIFY(!guidance.forStep(QStringLiteral("noSuchStep")));
    }

    // Issue 23: every step's line in Welsh too, shown when the interface is Welsh; with an
    // English interface, or no Welsh in the data, the English line.
    void everyStepHasItsLineInWelsh()
    {
        const StepGuidance guidance = *StepGuidance::builtIn();
        const QLocale welsh(QLocale::Welsh, QLocale::UnitedKingdom);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        for (const StepNeed &need : guidance.needs()) {
            QVERIFY2(!need.textWelsh.isEmpty(), qPrintable(need.step));
            QVERIFY2(need.textWelsh != need.text, qPrintable(need.step));
            QCOMPARE(need.textIn(welsh), need.textWelsh);
            QCOMPARE(need.textIn(english), need.text);
            QVERIFY2(need.provisionIn(welsh).startsWith(QStringLiteral("adran ")),
                     qPrintable(need.provisionIn(welsh)));
            QCOMPARE(need.provisionIn(english), need.provision);
        }
        // s1(1)(a): say whether the information is held.
        QVERIFY(guidance.forStep(QStringLiteral("heldStep"))
                    ->textWelsh.startsWith(QStringLiteral("dywedwch a yw’r wybodaeth")));
        QCOMPARE(guidance.forStep(QStringLiteral("heldStep"))->provisionWelsh,
                 QStringLiteral("adran 1(1)(a)"));
        const StepGuidance plain = *StepGuidance::fromJson(
            R"({"steps": [{"step": "heldStep", "provision": "s1", "text": "t", "source": "s"}]})");
        QCOMPARE(plain.forStep(QStringLiteral("heldStep"))->textIn(welsh), QStringLiteral("t"));
    }

    void badDataIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << QByteArray("{") << QString();
        QTest::newRow("no list") << QByteArray(R"({"steps": 3})") << QStringLiteral("steps");
        QTest::newRow("no provision")
            << QByteArray(R"({"steps": [{"step": "heldStep", "text": "t", "source": "s"}]})")
            << QStringLiteral("steps[0].provision");
        QTest::newRow("blank text") << QByteArray(R"({"steps": [{"step": "heldStep",
            "provision": "s1", "text": "  ", "source": "s"}]})")
                                    << QStringLiteral("steps[0].text");
        QTest::newRow("twice") << QByteArray(R"({"steps": [
            {"step": "heldStep", "provision": "s1", "text": "t", "source": "s"},
            {"step": "heldStep", "provision": "s1", "text": "t", "source": "s"}]})")
                               << QStringLiteral("steps[1].step");
        QTest::newRow("two lines long")
            << (R"({"steps": [{"step": "heldStep", "provision": "s1", "text": ")" +
                QByteArray(201, 'x') + R"(", "source": "s"}]})")
            << QStringLiteral("steps[0].text");
        QTest::newRow("Welsh line blank") << QByteArray(R"({"steps": [{"step": "heldStep",
            "provision": "s1", "text": "t", "source": "s", "provision_cy": "adran 1",
            "text_cy": " "}]})") << QStringLiteral("steps[0].text_cy");
        QTest::newRow("Welsh provision missing") << QByteArray(R"({"steps": [{"step": "heldStep",
            "provision": "s1", "text": "t", "source": "s", "text_cy": "dywedwch"}]})")
                                                 << QStringLiteral("steps[0].provision_cy");
        QTest::newRow("Welsh two lines long")
            << (R"({"steps": [{"step": "heldStep", "provision": "s1", "text": "t", "source": "s",
                "provision_cy": "adran 1", "text_cy": ")" +
                QByteArray(201, 'x') + R"("}]})")
            << QStringLiteral("steps[0].text_cy");
    }
    void badDataIsRefusedWithItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Result<StepGuidance> guidance = StepGuidance::fromJson(json);
        QVERIFY(!guidance);
        QCOMPARE(guidance.error().code, QStringLiteral("law.steps.invalid"));
        QCOMPARE(guidance.error().detail, path);
        if (!path.isEmpty())
            QVERIFY(guidance.error().message.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestStepGuidance)
#include "tst_step_guidance.moc"
