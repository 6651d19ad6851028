#include "core/reply/LetterTemplates.h"

#include <kainjow/mustache.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace foi::core {

namespace {

const QString englishFolder = QStringLiteral(":/letters/en-GB");
const QString welshFolder = QStringLiteral(":/letters/cy");
const QString termPrefix = QStringLiteral("term.");
const QString suffix = QStringLiteral(".mustache");

QStringList variablesIn(const QString &source)
{
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{\\s*[#^/&]?\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QStringList names;
    for (auto it = tag.globalMatch(source); it.hasNext();)
        names << it.next().captured(1);
    names.removeDuplicates();
    return names;
}

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QStringLiteral("letters.unreadable"),
            QObject::tr("Cannot read the letter paragraph %1: %2.").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

Status LetterTemplates::validate(const QString &key, const QString &source, const QString &origin)
{
    const kainjow::mustache::mustache parsed(source.toStdString());
    if (!parsed.is_valid())
        return Error::make(QStringLiteral("letters.invalid"),
                           QObject::tr("The letter paragraph '%1' in %2 cannot be used: %3. "
                                       "Correct the file or remove it to use the standard wording.")
                               .arg(key, origin, QString::fromStdString(parsed.error_message())));
    return success();
}

Result<LetterTemplates> LetterTemplates::load(const QString &overrideFolder)
{
    return load(LetterLanguage::English, overrideFolder);
}

namespace {

// The object under `member` in the JSON file `path`, or an error naming the file.
Result<QJsonObject> jsonMember(const QString &path, const QString &member)
{
    Result<QString> text = readText(path);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    const QJsonValue value = document.object().value(member);
    if (parseError.error != QJsonParseError::NoError || !value.isObject())
        return Error::make(QStringLiteral("letters.invalid"),
                           QObject::tr("The letter wording %1 cannot be used: it should be a JSON "
                                       "object with \"%2\".")
                               .arg(path, member),
                           parseError.errorString());
    return value.toObject();
}

} // namespace

Status LetterTemplates::loadTerms(const QString &folder, LetterTemplates &templates)
{
    const QString path = QDir(folder).filePath(QStringLiteral("terms.json"));
    Result<QJsonObject> terms = jsonMember(path, QStringLiteral("terms"));
    if (!terms)
        return terms.error();
    for (auto it = terms->constBegin(); it != terms->constEnd(); ++it) {
        const QString key = termPrefix + it.key();
        if (Status valid = validate(key, it->toString(), path); !valid)
            return valid.error();
        templates.m_sources.insert(key, it->toString());
    }
    return success();
}

Status LetterTemplates::loadTitles(const QString &folder, LetterTemplates &templates)
{
    const QString path = QDir(folder).filePath(QStringLiteral("provision-titles.json"));
    if (!QFile::exists(path))
        return success();
    Result<QJsonObject> titles = jsonMember(path, QStringLiteral("titles"));
    if (!titles)
        return titles.error();
    for (auto it = titles->constBegin(); it != titles->constEnd(); ++it)
        templates.m_titles.insert(it.key(), it->toString());
    return success();
}

Result<LetterTemplates> LetterTemplates::load(LetterLanguage language,
                                              const QString &overrideFolder)
{
    LetterTemplates templates;
    templates.m_language = language == LetterLanguage::Welsh ? language : LetterLanguage::English;
    const QString builtInFolder =
        templates.m_language == LetterLanguage::Welsh ? welshFolder : englishFolder;
    if (Status terms = loadTerms(builtInFolder, templates); !terms)
        return terms.error();
    if (Status titles = loadTitles(builtInFolder, templates); !titles)
        return titles.error();
    QStringList folders{builtInFolder};
    const QString authorityFolder =
        templates.m_language == LetterLanguage::Welsh && !overrideFolder.isEmpty()
            ? QDir(overrideFolder).filePath(QStringLiteral("cy"))
            : overrideFolder;
    if (!authorityFolder.isEmpty() && QDir(authorityFolder).exists())
        folders << authorityFolder;
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        const QStringList files = dir.entryList({QStringLiteral("*") + suffix}, QDir::Files);
        for (const QString &name : files) {
            const QString key = name.chopped(suffix.size());
            const QString path = dir.filePath(name);
            Result<QString> text = readText(path);
            if (!text)
                return text.error();
            if (folder != builtInFolder && !templates.m_sources.contains(key))
                return Error::make(QStringLiteral("letters.unknown"),
                                   QObject::tr("%1 does not replace any standard paragraph. "
                                               "Name it after one of: %2.")
                                       .arg(path, templates.keys().join(QStringLiteral(", "))));
            if (Status valid = validate(key, *text, path); !valid)
                return valid.error();
            templates.m_sources.insert(key, *text);
        }
    }
    return templates;
}

Result<QString> LetterTemplates::render(const QString &key,
                                        const QHash<QString, QString> &values) const
{
    const auto found = m_sources.constFind(key);
    if (found == m_sources.cend())
        return Error::make(QStringLiteral("letters.missing"),
                           QObject::tr("The letter paragraph '%1' is missing.").arg(key));
    kainjow::mustache::data data;
    for (const QString &name : variablesIn(*found)) {
        const auto value = values.constFind(name);
        if (value == values.cend())
            return Error::make(QStringLiteral("letters.unknown-name"),
                               QObject::tr("The letter paragraph '%1' uses {{%2}}, which the "
                                           "workbench does not supply. Use only: %3.")
                                   .arg(key, name, QStringList(values.keys()).join(u' ')));
        data.set(name.toStdString(), value->toStdString());
    }
    kainjow::mustache::mustache parsed(found->toStdString());
    // Plain text in, plain text out: the layout inserts it as text, so nothing is escaped.
    parsed.set_custom_escape([](const std::string &text) { return text; });
    return QString::fromStdString(parsed.render(data));
}

std::optional<QHash<QString, QString>> LetterTemplates::valuesIn(const QString &key,
                                                                 const QString &text) const
{
    const auto found = m_sources.constFind(key);
    if (found == m_sources.cend())
        return std::nullopt;
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{(\\{?)\\s*([#^/&!>=]?)\\s*([A-Za-z0-9_.]*)\\s*\\}?\\}\\}"));
    QString pattern = QStringLiteral("\\A");
    QStringList names;
    qsizetype from = 0;
    for (auto it = tag.globalMatch(*found); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString kind = match.captured(2);
        if (!kind.isEmpty() && kind != QStringLiteral("&"))
            return std::nullopt; // sections, comments and partials cannot be read back
        pattern += QRegularExpression::escape(found->mid(from, match.capturedStart() - from));
        pattern += QStringLiteral("(.*?)");
        names.append(match.captured(3));
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(found->mid(from)) + QStringLiteral("\\z");
    const QRegularExpression whole(pattern, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = whole.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString value = match.captured(int(i) + 1);
        if (values.contains(names.at(i)) && values.value(names.at(i)) != value)
            return std::nullopt;
        values.insert(names.at(i), value);
    }
    return values;
}

QStringList LetterTemplates::keys() const
{
    QStringList keys = m_sources.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace foi::core
