#include "LetterTemplates.h"

#include <kainjow/mustache.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace foi::core {

namespace {

const QString builtInFolder = QStringLiteral(":/letters/en-GB");
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
    LetterTemplates templates;
    QStringList folders{builtInFolder};
    if (!overrideFolder.isEmpty() && QDir(overrideFolder).exists())
        folders << overrideFolder;
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
