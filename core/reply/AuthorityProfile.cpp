#include "AuthorityProfile.h"

#include "law/ProvisionCodes.h"

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
                       {QStringLiteral("letter_overrides"), letterOverrideFolder}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace foi::core
