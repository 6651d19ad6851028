#include "core/intake/DissatisfactionWords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace foi::core {

namespace {

Error invalid(const QString &what)
{
    return Error::make(QStringLiteral("intake.words.invalid"),
                       QStringLiteral("The list of words that show dissatisfaction is not "
                                      "usable: %1.")
                           .arg(what));
}

} // namespace

DissatisfactionWords::DissatisfactionWords(QStringList phrases)
    : m_phrases(std::move(phrases))
{}

Result<DissatisfactionWords> DissatisfactionWords::builtIn()
{
    QFile file(QStringLiteral(":/intake/dissatisfaction.json"));
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("the built-in list is missing (the workbench was built "
                                      "incompletely)"));
    return fromJson(file.readAll());
}

Result<DissatisfactionWords> DissatisfactionWords::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return invalid(QStringLiteral("it is not a JSON object (%1)").arg(error.errorString()));
    const QJsonValue phrases = document.object().value(QStringLiteral("phrases"));
    if (!phrases.isArray() || phrases.toArray().isEmpty())
        return invalid(QStringLiteral("\"phrases\" must be a list of at least one phrase"));
    QStringList list;
    for (const QJsonValue &phrase : phrases.toArray()) {
        const QString text = phrase.toString().simplified();
        if (text.isEmpty())
            return invalid(QStringLiteral("every phrase must be non-empty text"));
        list.append(text);
    }
    return DissatisfactionWords(list);
}

QString DissatisfactionWords::firstIn(const QString &text) const
{
    const QString simplified = text.simplified();
    for (const QString &phrase : m_phrases) {
        const QRegularExpression whole(QStringLiteral("\\b") + QRegularExpression::escape(phrase) +
                                           QStringLiteral("\\b"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
        if (whole.match(simplified).hasMatch())
            return phrase;
    }
    return {};
}

} // namespace foi::core
