// Issue 23: core's sentences reach the Welsh interface whichever context lupdate filed them
// under (the class for a member function, "foi::core" for a free function of the same file),
// and stay English where no catalogue is installed (the command line).

#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace foi::core;

namespace {

// A catalogue as lupdate files core's strings: one under its class, one under "foi::core".
class FiledCatalogue : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray where(context);
        const QByteArray text(sourceText);
        if (where == "foi::core::CaseHistory" && text == "created the case")
            return QStringLiteral("creodd yr achos");
        if (where == "foi::core" && text == "the case")
            return QStringLiteral("yr achos");
        return {};
    }
};

} // namespace

class TestCoreText : public QObject
{
    Q_OBJECT
private slots:
    void withoutACatalogueTheEnglishComesBack()
    {
        QCOMPARE(coreText("foi::core::CaseHistory", "created the case"),
                 QStringLiteral("created the case"));
    }

    void theClassAndThenFoiCoreAreLookedIn()
    {
        FiledCatalogue welsh;
        QVERIFY(QCoreApplication::installTranslator(&welsh));
        QCOMPARE(coreText("foi::core::CaseHistory", "created the case"),
                 QStringLiteral("creodd yr achos"));
        QCOMPARE(coreText("foi::core::CaseHistory", "the case"), QStringLiteral("yr achos"));
        QCOMPARE(coreText("foi::core::CaseHistory", "not in the catalogue"),
                 QStringLiteral("not in the catalogue"));
        QCoreApplication::removeTranslator(&welsh);
    }
};

QTEST_GUILESS_MAIN(TestCoreText)
#include "tst_core_text.moc"
