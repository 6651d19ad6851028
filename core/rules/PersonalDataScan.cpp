#include "core/rules/PersonalDataScan.h"

#include "core/model/RequesterKeys.h"

#include <QRegularExpression>

#include <algorithm>

namespace foi::core {

namespace {

struct Match
{
    qsizetype start = 0;
    qsizetype end = 0;
    PersonalDataKind kind = PersonalDataKind::Email;
};

// Titles that say nothing of who the person is, and would otherwise redact every "Mr".
bool isTitle(const QString &word)
{
    static const QStringList titles{u"mr"_qs,  u"mrs"_qs,  u"ms"_qs,   u"miss"_qs,
                                    u"mx"_qs,  u"dr"_qs,   u"prof"_qs, u"sir"_qs,
                                    u"rev"_qs, u"lady"_qs, u"lord"_qs, u"dame"_qs};
    QString bare = word.toLower();
    bare.remove(u'.');
    return titles.contains(bare);
}

// `words` in order, separated by any run of white space (a line break included), standing as
// whole words, whatever their case.
QRegularExpression wordsPattern(const QStringList &words)
{
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    return QRegularExpression(u"(?<!\\w)"_qs + escaped.join(u"\\s+"_qs) + u"(?!\\w)"_qs,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_qs);
    return text.split(space, Qt::SkipEmptyParts);
}

void collect(const QRegularExpression &pattern, const QString &text, PersonalDataKind kind,
             QList<Match> &matches)
{
    if (!pattern.isValid())
        return;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        if (found.capturedLength() > 0)
            matches.append({found.capturedStart(), found.capturedEnd(), kind});
    }
}

void collectRequester(const Requester &requester, const QString &text, QList<Match> &matches)
{
    static const QRegularExpression stops(u"[.,]"_qs);
    QStringList name;
    for (QString word : wordsOf(requester.name)) {
        word.remove(stops);
        if (!word.isEmpty() && !isTitle(word))
            name.append(word);
    }
    // Every run of the name's words ("Ó Súilleabháin", "Van der Berg" as well as the whole
    // name), and each word alone but an initial.
    for (qsizetype first = 0; first < name.size(); ++first)
        for (qsizetype count = name.size() - first; count >= 1; --count)
            if (count > 1 || name[first].size() >= 2)
                collect(wordsPattern(name.mid(first, count)), text, PersonalDataKind::RequesterName,
                        matches);
    if (const QStringList email = wordsOf(requester.email); !email.isEmpty())
        collect(wordsPattern(email), text, PersonalDataKind::RequesterEmail, matches);
    static const QRegularExpression lineBreak(u"[\\n,;]"_qs);
    static const QRegularExpression digit(u"\\d"_qs);
    for (const QString &line : requester.addressForCorrespondence.split(lineBreak)) {
        const QStringList words = wordsOf(line);
        // A line that places the requester: a house number and street, a house name of two
        // words or more. A town alone would redact the authority's own name ("Leeds City").
        if (words.join(u' ').size() >= 5 && (words.size() >= 2 || line.contains(digit)))
            collect(wordsPattern(words), text, PersonalDataKind::RequesterAddress, matches);
    }
    const QString postcode = RequesterKeys::postcodeIn(requester.addressForCorrespondence);
    if (!postcode.isEmpty()) {
        const QStringList parts = postcode.split(u' ');
        collect(QRegularExpression(u"(?<![A-Za-z0-9])"_qs + QRegularExpression::escape(parts[0]) +
                                       u"\\s*"_qs + QRegularExpression::escape(parts.value(1)) +
                                       u"(?![A-Za-z0-9])"_qs,
                                   QRegularExpression::CaseInsensitiveOption),
                text, PersonalDataKind::RequesterPostcode, matches);
    }
}

void collectAnyone(const QString &text, QList<Match> &matches)
{
    static const QRegularExpression email(
        u"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"_qs);
    // 0 or +44 (with an optional "(0)") and ten more digits (nine for a few areas), spaced,
    // hyphenated or with the area code in brackets.
    static const QRegularExpression phone(
        u"(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d(?:[ \\-)]{0,2}\\d){8,9}(?!\\d)"_qs);
    static const QRegularExpression postcode(
        u"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}(?![A-Za-z0-9])"_qs);
    collect(email, text, PersonalDataKind::Email, matches);
    collect(phone, text, PersonalDataKind::Phone, matches);
    collect(postcode, text, PersonalDataKind::Postcode, matches);
}

} // namespace

QString PersonalDataScan::marker()
{
    return u"[redacted: personal data]"_qs;
}

QList<PersonalDataHit> PersonalDataScan::scan(const QString &text, const QString &field,
                                              const Requester &requester)
{
    QList<Match> matches;
    collectRequester(requester, text, matches);
    collectAnyone(text, matches);
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Match> merged;
    for (const Match &match : matches) {
        if (!merged.isEmpty() && match.start < merged.last().end) {
            Match &last = merged.last();
            last.end = std::max(last.end, match.end);
            if (isRequesterDetail(match.kind) && !isRequesterDetail(last.kind))
                last.kind = match.kind;
            continue;
        }
        merged.append(match);
    }
    QList<PersonalDataHit> hits;
    for (const Match &match : merged) {
        PersonalDataHit hit;
        hit.id = u"%1-%2"_qs.arg(field).arg(hits.size() + 1);
        hit.field = field;
        hit.start = match.start;
        hit.length = match.end - match.start;
        hit.kind = match.kind;
        hit.text = text.mid(match.start, hit.length);
        hits.append(hit);
    }
    return hits;
}

QString PersonalDataScan::redacted(const QString &text, const QString &field,
                                   const QList<PersonalDataHit> &hits)
{
    QList<PersonalDataHit> ofField;
    for (const PersonalDataHit &hit : hits)
        if (hit.field == field && hit.decision != HitDecision::Keep)
            ofField.append(hit);
    std::sort(ofField.begin(), ofField.end(),
              [](const PersonalDataHit &a, const PersonalDataHit &b) { return a.start > b.start; });
    QString result = text;
    qsizetype limit = result.size();
    for (const PersonalDataHit &hit : ofField) {
        const qsizetype start = std::clamp<qsizetype>(hit.start, 0, limit);
        const qsizetype end = std::clamp<qsizetype>(hit.start + hit.length, start, limit);
        result.replace(start, end - start, marker());
        limit = start;
    }
    return result;
}

} // namespace foi::core
