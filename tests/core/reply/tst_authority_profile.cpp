// The authority profile as the settings page saves it: what stops it signing letters is named
// with the fix, a usable profile round-trips through its file, and its logo heads the letter.
#include "core/reply/AuthorityProfile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/reply/PdfReplyWriter.h"
#include "core/reply/ReplyDocument.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

class TestAuthorityProfile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static AuthorityProfile usable()
    {
        AuthorityProfile profile;
        profile.name = QStringLiteral("Example Constabulary");
        profile.kind = AuthorityKind::Police;
        profile.addressLines = {QStringLiteral("1 High Street"), QStringLiteral("Exampletown")};
        profile.foiUnitEmail = QStringLiteral("foi@example.police.uk");
        profile.internalReviewContact = QStringLiteral("foi.reviews@example.police.uk");
        return profile;
    }

    static QStringList fieldsAtFault(const AuthorityProfile &profile)
    {
        QStringList fields;
        for (const Error &problem : profile.problems())
            fields << problem.detail;
        return fields;
    }

private slots:
    void aUsableProfileHasNoProblems() { QVERIFY(usable().problems().isEmpty()); }

    void eachProblemNamesItsField()
    {
        AuthorityProfile profile = usable();
        profile.name = QStringLiteral("  ");
        profile.foiUnitEmail = QStringLiteral("foi at example");
        profile.logoPath = m_dir.filePath(QStringLiteral("missing.png"));
        profile.letterOverrideFolder = m_dir.filePath(QStringLiteral("no-such-folder"));
        QCOMPARE(fieldsAtFault(profile),
                 (QStringList{QStringLiteral("name"), QStringLiteral("foi_unit_email"),
                              QStringLiteral("logo"), QStringLiteral("letter_overrides")}));
        for (const Error &problem : profile.problems())
            QVERIFY(!problem.message.isEmpty());
    }

    void aLogoThatIsNotAnImageIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("logo.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        AuthorityProfile profile = usable();
        profile.logoPath = path;
        QCOMPARE(fieldsAtFault(profile), QStringList{QStringLiteral("logo")});
        QVERIFY(profile.problems().first().message.contains(QStringLiteral("PNG")));
    }

    void savedProfileLoadsBackAndABrokenOneIsNotSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("config/foi-workbench/authority.json"));
        QVERIFY(AuthorityProfileLocator::save(usable(), path).ok());
        const Result<AuthorityProfile> loaded = AuthorityProfileLocator::loadFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, usable());

        AuthorityProfile nameless = usable();
        nameless.name.clear();
        const Status refused = AuthorityProfileLocator::save(nameless, path);
        QVERIFY(!refused.ok());
        QCOMPARE(*AuthorityProfileLocator::loadFile(path), usable()); // the saved file stays
    }

    void theLogoHeadsTheLetter()
    {
        const QString path = m_dir.filePath(QStringLiteral("crest.png"));
        QImage crest(120, 60, QImage::Format_RGB32);
        crest.fill(Qt::darkBlue);
        QVERIFY(crest.save(path));
        ReplyDocument letter;
        letter.title = QStringLiteral("Freedom of Information request 1_26");
        letter.reference = QStringLiteral("1_26");
        letter.blocks = {ReplyBlock{ReplyBlock::Kind::Paragraph, QStringLiteral("Hello."), {}, {}}};
        const QByteArray plain = *PdfReplyWriter::render(letter);
        letter.logoPath = path;
        const QByteArray withLogo = *PdfReplyWriter::render(letter);
        QVERIFY(!plain.contains("/Subtype /Image"));
        QVERIFY(withLogo.contains("/Subtype /Image"));
    }
};

QTEST_MAIN(TestAuthorityProfile)
#include "tst_authority_profile.moc"
