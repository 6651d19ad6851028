#include "core/model/AuthorityMatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

void putDate(QJsonObject &object, const QString &key, const std::optional<QDate> &date)
{
    if (date && date->isValid())
        object.insert(key, isoDate(*date));
}

Error invalid(const QString &field)
{
    return Error::make(QStringLiteral("store.authority_matter_invalid"),
                       QStringLiteral("A stored enforcement notice or practice recommendation "
                                      "is damaged: its field \"%1\" is missing or wrong. Restore "
                                      "the store from a backup.")
                           .arg(field));
}

// A required date; `bad` names the field when it is missing or not a date.
QDate dateOf(const QJsonObject &object, const QString &key, QString *bad)
{
    const QDate date = QDate::fromString(object.value(key).toString(), Qt::ISODate);
    if (!date.isValid() && bad->isEmpty())
        *bad = key;
    return date;
}

std::optional<QDate> optionalDate(const QJsonObject &object, const QString &key, QString *bad)
{
    if (!object.contains(key))
        return std::nullopt;
    return dateOf(object, key, bad);
}

} // namespace

QString authorityMatterKindCode(AuthorityMatterKind kind)
{
    return kind == AuthorityMatterKind::EnforcementNotice
               ? QStringLiteral("enforcement-notice")
               : QStringLiteral("practice-recommendation");
}

std::optional<AuthorityMatterKind> authorityMatterKindFromCode(const QString &code)
{
    for (AuthorityMatterKind kind :
         {AuthorityMatterKind::EnforcementNotice, AuthorityMatterKind::PracticeRecommendation}) {
        if (code == authorityMatterKindCode(kind))
            return kind;
    }
    return std::nullopt;
}

QString authorityMatterKindName(AuthorityMatterKind kind)
{
    return kind == AuthorityMatterKind::EnforcementNotice
               ? QStringLiteral("Enforcement notice (s52)")
               : QStringLiteral("Practice recommendation (s48)");
}

QByteArray AuthorityMatterJson::write(const AuthorityMatter &matter)
{
    QJsonObject object{{QStringLiteral("id"), matter.id},
                       {QStringLiteral("kind"), authorityMatterKindCode(matter.kind)},
                       {QStringLiteral("icoReference"), matter.icoReference},
                       {QStringLiteral("dated"), isoDate(matter.dated)},
                       {QStringLiteral("received"), isoDate(matter.received)},
                       {QStringLiteral("summary"), matter.summary},
                       {QStringLiteral("officer"), matter.officer}};
    QJsonArray requirements;
    for (const AuthorityRequirement &requirement : matter.requirements) {
        QJsonObject entry{{QStringLiteral("what"), requirement.what},
                          {QStringLiteral("due"), isoDate(requirement.due)}};
        if (requirement.workingDays > 0)
            entry.insert(QStringLiteral("workingDays"), requirement.workingDays);
        putDate(entry, QStringLiteral("met"), requirement.met);
        requirements.append(entry);
    }
    object.insert(QStringLiteral("requirements"), requirements);
    putDate(object, QStringLiteral("closed"), matter.closed);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<AuthorityMatter> AuthorityMatterJson::read(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return invalid(QStringLiteral("(the whole document)"));
    const QJsonObject object = document.object();
    AuthorityMatter matter;
    QString bad;
    matter.id = object.value(QStringLiteral("id")).toString();
    if (matter.id.isEmpty())
        bad = QStringLiteral("id");
    const auto kind = authorityMatterKindFromCode(object.value(QStringLiteral("kind")).toString());
    if (!kind && bad.isEmpty())
        bad = QStringLiteral("kind");
    matter.kind = kind.value_or(AuthorityMatterKind::EnforcementNotice);
    matter.icoReference = object.value(QStringLiteral("icoReference")).toString();
    matter.dated = dateOf(object, QStringLiteral("dated"), &bad);
    matter.received = dateOf(object, QStringLiteral("received"), &bad);
    matter.summary = object.value(QStringLiteral("summary")).toString();
    matter.officer = object.value(QStringLiteral("officer")).toString();
    const QJsonArray requirements = object.value(QStringLiteral("requirements")).toArray();
    for (const QJsonValue &value : requirements) {
        const QJsonObject entry = value.toObject();
        AuthorityRequirement requirement;
        requirement.what = entry.value(QStringLiteral("what")).toString();
        requirement.due = dateOf(entry, QStringLiteral("due"), &bad);
        requirement.workingDays = entry.value(QStringLiteral("workingDays")).toInt();
        requirement.met = optionalDate(entry, QStringLiteral("met"), &bad);
        matter.requirements.append(requirement);
    }
    matter.closed = optionalDate(object, QStringLiteral("closed"), &bad);
    if (!bad.isEmpty())
        return invalid(bad);
    return matter;
}

} // namespace foi::core
