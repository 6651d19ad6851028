#include "core/reply/AuthorityProfile.h"

#include "core/law/ProvisionCodes.h"
#include "core/reply/LetterTemplates.h"

#include <QFileInfo>
#include <QImageReader>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

Error badField(const QString &field, const QString &expected)
{
    return Error::make(
        QStringLiteral("authority.invalid"),
        QObject::tr("The authority profile's field '%1' must be %2.").arg(field, expected));
}

} // namespace

QString bilingualLayoutCode(BilingualLayout layout)
{
    switch (layout) {
    case BilingualLayout::WelshFirst:
        break;
    case BilingualLayout::SideBySide:
        return QStringLiteral("side_by_side");
    }
    return QStringLiteral("welsh_first");
}

std::optional<BilingualLayout> bilingualLayoutFromCode(const QString &code)
{
    for (const BilingualLayout layout :
         {BilingualLayout::WelshFirst, BilingualLayout::SideBySide}) {
        if (bilingualLayoutCode(layout) == code)
            return layout;
    }
    return std::nullopt;
}

Result<AuthorityProfile> AuthorityProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(
            QStringLiteral("authority.unreadable"),
            QObject::tr("The authority profile is not a JSON object (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonObject object = document.object();
    AuthorityProfile profile;
    const auto text = [&](const char *key, QString &target) -> bool {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        target = value.toString();
        return true;
    };
    for (const auto &[key, target] :
         {std::pair{"name", &profile.name}, std::pair{"foi_unit_name", &profile.foiUnitName},
          std::pair{"foi_unit_email", &profile.foiUnitEmail},
          std::pair{"internal_review_contact", &profile.internalReviewContact},
          std::pair{"signatory", &profile.signatory},
          std::pair{"signatory_role", &profile.signatoryRole}, std::pair{"logo", &profile.logoPath},
          std::pair{"letter_overrides", &profile.letterOverrideFolder}}) {
        if (!text(key, *target))
            return badField(QLatin1String(key), QObject::tr("text"));
    }
    if (profile.name.trimmed().isEmpty())
        return badField(QStringLiteral("name"), QObject::tr("the authority's name"));
    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (!kind.isUndefined()) {
        const auto parsed = authorityKindFromCode(kind.toString());
        if (!parsed)
            return badField(QStringLiteral("kind"), QObject::tr("a kind of authority such as "
                                                                "\"police\""));
        profile.kind = *parsed;
    }
    const QJsonValue layout = object.value(QLatin1String("bilingual_layout"));
    if (!layout.isUndefined() && !layout.isNull()) {
        const auto parsed = bilingualLayoutFromCode(layout.toString());
        if (!parsed)
            return Error::make(
                QStringLiteral("authority.invalid"),
                QObject::tr("The authority profile's field 'bilingual_layout' says \"%1\": it "
                            "must be \"welsh_first\" (the Welsh letter, then the English one) or "
                            "\"side_by_side\" (Welsh on the left, English on the right).")
                    .arg(layout.toVariant().toString()));
        profile.bilingualLayout = *parsed;
    }
    const QJsonValue address = object.value(QLatin1String("address"));
    if (!address.isUndefined()) {
        if (!address.isArray())
            return badField(QStringLiteral("address"), QObject::tr("a list of lines"));
        for (const QJsonValue &line : address.toArray())
            profile.addressLines << line.toString();
    }
    return profile;
}

QByteArray AuthorityProfile::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), authorityKindCode(kind)},
                       {QStringLiteral("address"), QJsonArray::fromStringList(addressLines)},
                       {QStringLiteral("foi_unit_name"), foiUnitName},
                       {QStringLiteral("foi_unit_email"), foiUnitEmail},
                       {QStringLiteral("internal_review_contact"), internalReviewContact},
                       {QStringLiteral("signatory"), signatory},
                       {QStringLiteral("signatory_role"), signatoryRole},
                       {QStringLiteral("logo"), logoPath},
                       {QStringLiteral("letter_overrides"), letterOverrideFolder},
                       {QStringLiteral("bilingual_layout"), bilingualLayoutCode(bilingualLayout)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QList<Error> AuthorityProfile::problems() const
{
    QList<Error> found;
    const auto problem = [&found](const char *field, const QString &message) {
        found.append(
            Error::make(QStringLiteral("authority.invalid"), message, QLatin1String(field)));
    };
    if (name.trimmed().isEmpty())
        problem("name", QObject::tr("Give the authority's name: every letter is signed with it."));
    const QString email = foiUnitEmail.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        problem("foi_unit_email",
                QObject::tr("The FOI unit's email \"%1\" is not an email address (it needs an "
                            "@ and no spaces).")
                    .arg(email));
    if (!logoPath.isEmpty()) {
        QImageReader logo(logoPath);
        if (!QFileInfo(logoPath).isFile())
            problem("logo", QObject::tr("The logo file %1 does not exist. Choose an image file "
                                        "or leave the logo empty.")
                                .arg(logoPath));
        else if (!logo.canRead())
            problem("logo", QObject::tr("The logo file %1 is not an image the workbench can read "
                                        "(%2). Use a PNG or JPEG file.")
                                .arg(logoPath, logo.errorString()));
    }
    if (!letterOverrideFolder.isEmpty()) {
        if (!QFileInfo(letterOverrideFolder).isDir())
            problem("letter_overrides",
                    QObject::tr("The folder of letter paragraphs %1 does not exist. Choose the "
                                "folder that holds the authority's .mustache files, or leave it "
                                "empty to use the standard wording.")
                        .arg(letterOverrideFolder));
        else if (const Result<LetterTemplates> templates =
                     LetterTemplates::load(letterOverrideFolder);
                 !templates)
            problem("letter_overrides", templates.error().message);
    }
    return found;
}

} // namespace foi::core
