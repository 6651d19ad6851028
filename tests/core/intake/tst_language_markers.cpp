// The suggested language of correspondence (issue 23 point 2; the Welsh Language Standards: a
// request written in Welsh is answered in Welsh) from the documented word list
// resources/language/welsh-markers.txt. A suggestion only: the officer confirms it.

#include "core/intake/LanguageMarkers.h"

#include <QTest>

using namespace foi::core;

class TestLanguageMarkers : public QObject
{
    Q_OBJECT
private slots:
    void suggestsTheLanguageOfTheRequest_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<LetterLanguage>("expected");
        QTest::newRow("Welsh")
            << QStringLiteral(
                   "Annwyl Syr/Fadam, Hoffwn wneud cais o dan y Ddeddf Rhyddid Gwybodaeth am faint "
                   "o "
                   "gamerâu cyflymder sydd gan yr heddlu yn Sir Gâr. Diolch yn fawr, Siân")
            << LetterLanguage::Welsh;
        QTest::newRow("Welsh with a curly apostrophe and ŷ")
            << QStringLiteral("Rwy’n gofyn am wybodaeth ynglŷn â’r ceir sydd wedi’u dal. Mae’r "
                              "cais yn un syml.")
            << LetterLanguage::Welsh;
        QTest::newRow("English") << QStringLiteral(
                                        "Dear Sir or Madam, Under the Freedom of Information Act "
                                        "please provide the number "
                                        "of speed cameras in Carmarthenshire. Thank you, Sian")
                                 << LetterLanguage::English;
        QTest::newRow("English naming a Welsh place")
            << QStringLiteral("Please tell me how many calls were made about Ynys Môn and "
                              "Llanfairpwll in 2025.")
            << LetterLanguage::English;
        QTest::newRow("both languages, paragraph by paragraph")
            << QStringLiteral("Annwyl Syr, Hoffwn wneud cais am wybodaeth ynglŷn â'r ffyrdd yn y "
                              "sir. Dear Sir, I would like to request information about the "
                              "roads in the county. Diolch / Thank you")
            << LetterLanguage::Bilingual;
        QTest::newRow("no marker words at all")
            << QStringLiteral("FOI 2025/14: CCTV Caerdydd") << LetterLanguage::English;
    }

    void suggestsTheLanguageOfTheRequest()
    {
        QFETCH(QString, request);
        QFETCH(LetterLanguage, expected);
        const Result<LanguageMarkers> markers = LanguageMarkers::builtIn();
        QVERIFY2(markers.ok(), qPrintable(markers.ok() ? QString() : markers.error().message));
        const LanguageMarkers::Suggestion suggestion = markers->suggest(request);
        QVERIFY2(suggestion.language == expected,
                 qPrintable(QStringLiteral("%1 Welsh and %2 English marker words")
                                .arg(suggestion.welshWords)
                                .arg(suggestion.englishWords)));
    }

    void aBrokenListSaysWhichLine()
    {
        const Result<LanguageMarkers> broken =
            LanguageMarkers::fromText("cy yn\nwelsh mae\nen the");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("intake.language-words.invalid"));
        QVERIFY2(broken.error().message.contains(QStringLiteral("line 2")),
                 qPrintable(broken.error().message));
        QVERIFY(!LanguageMarkers::fromText("cy yn\n").ok());
    }
};

QTEST_GUILESS_MAIN(TestLanguageMarkers)
#include "tst_language_markers.moc"
