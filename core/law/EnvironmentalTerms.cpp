#include "core/law/EnvironmentalTerms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace foi::core {

namespace {

Q_LOGGING_CATEGORY(environmentalLog, "foi.law.environmental")

Error invalid(const QString &path, const QString &what)
{
    return Error::make(
        QStringLiteral("law.environmental.invalid"),
        QStringLiteral("The list of environmental terms is invalid at %1: %2.").arg(path, what),
        path);
}

// The word `word` of a text, as the last word of a term may be written: itself or a plural.
bool sameOrPlural(const QString &word, const QString &term)
{
    if (word == term)
        return true;
    if (!word.startsWith(term))
        return false;
    const QStringView rest = QStringView(word).mid(term.size());
    return rest == u"s" || rest == u"es";
}

} // namespace

const EnvironmentalTerms &EnvironmentalTerms::builtIn()
{
    static const EnvironmentalTerms terms = [] {
        QFile file(QStringLiteral(":/law/environmental-terms.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(environmentalLog)
                << "The environmental terms are missing from the resources";
            return EnvironmentalTerms();
        }
        Result<EnvironmentalTerms> loaded = fromJson(file.readAll());
        if (!loaded) {
            qCCritical(environmentalLog) << loaded.error().message;
            return EnvironmentalTerms();
        }
        return std::move(loaded).value();
    }();
    return terms;
}

Result<EnvironmentalTerms> EnvironmentalTerms::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return invalid(QStringLiteral("$"), QStringLiteral("expected a JSON object"));
    const QJsonValue terms = document.object().value(QStringLiteral("terms"));
    if (!terms.isArray() || terms.toArray().isEmpty())
        return invalid(QStringLiteral("terms"), QStringLiteral("expected a list of terms"));
    static const QRegularExpression limb(QStringLiteral("^reg2\\(1\\)\\([a-f]\\)$"));
    EnvironmentalTerms result;
    const QJsonArray array = terms.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("terms[%1]").arg(i);
        const QJsonObject entry = array.at(i).toObject();
        const QString term = entry.value(QStringLiteral("term")).toString().trimmed();
        if (term.isEmpty())
            return invalid(path + QStringLiteral(".term"), QStringLiteral("expected the words"));
        const QString where = entry.value(QStringLiteral("limb")).toString();
        if (!limb.match(where).hasMatch())
            return invalid(path + QStringLiteral(".limb"),
                           QStringLiteral("expected the limb of reg 2(1), e.g. \"reg2(1)(b)\""));
        const QStringList words = wordsOf(term);
        if (words.isEmpty())
            return invalid(path + QStringLiteral(".term"), QStringLiteral("expected words"));
        result.m_byFirstWord[words.constFirst()].append(result.m_terms.size());
        result.m_terms.append({term, where});
        result.m_words.append(words);
    }
    return result;
}

QStringList EnvironmentalTerms::wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QStringList EnvironmentalTerms::foundIn(const QString &text) const
{
    const QStringList words = wordsOf(text);
    QList<bool> seen(m_terms.size(), false);
    const auto tryTermsStartingWith = [&](const QString &first, qsizetype at) {
        const auto candidates = m_byFirstWord.constFind(first);
        if (candidates == m_byFirstWord.cend())
            return;
        for (const qsizetype index : *candidates) {
            const QStringList &term = m_words.at(index);
            if (seen.at(index) || at + term.size() > words.size())
                continue;
            bool matches = true;
            for (qsizetype k = 0; k < term.size() && matches; ++k) {
                const bool last = k + 1 == term.size();
                matches = last ? sameOrPlural(words.at(at + k), term.at(k))
                               : words.at(at + k) == term.at(k);
            }
            seen[index] = matches;
        }
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        tryTermsStartingWith(word, i);
        if (word.endsWith(u's'))
            tryTermsStartingWith(word.chopped(1), i); // "emissions" starts "emission"
        if (word.endsWith(QStringLiteral("es")))
            tryTermsStartingWith(word.chopped(2), i);
    }
    QStringList found;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (seen.at(i))
            found.append(m_terms.at(i).term);
    }
    return found;
}

} // namespace foi::core
