#include "core/services/CaseChangeDescriber.h"

#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::CaseChangeDescriber", text);
}

// The case file's top-level parts, in the file's order, with the words the officer knows
// (marked for lupdate: tr() above translates them where they are shown).
const QList<std::pair<QString, const char *>> &partNames()
{
    static const QList<std::pair<QString, const char *>> names{
        {QStringLiteral("reference"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the reference")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the title")},
        {QStringLiteral("regime"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the regime")},
        {QStringLiteral("authority"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the authority")},
        {QStringLiteral("dateOfReceipt"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the date of receipt")},
        {QStringLiteral("channel"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the channel")},
        {QStringLiteral("requester"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the requester's details")},
        {QStringLiteral("requestText"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the request text")},
        {QStringLiteral("clockChanges"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the clock events")},
        {QStringLiteral("questions"), nullptr},
        {QStringLiteral("claims"), nullptr},
        {QStringLiteral("ncndHarm"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the harm in confirming or denying")},
        {QStringLiteral("costEstimate"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the cost estimate")},
        {QStringLiteral("vexatiousReasons"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber",
                           "the reasons the request is vexatious")},
        {QStringLiteral("adviceAndAssistance"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the advice and assistance")},
        {QStringLiteral("reply"), QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the reply")},
        {QStringLiteral("outcomeOverride"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the outcome")},
        {QStringLiteral("internalReviews"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber", "the internal reviews")},
        {QStringLiteral("commissionerMatters"),
         QT_TRANSLATE_NOOP("foi::core::CaseChangeDescriber",
                           "the matters before the Information Commissioner")},
        {QStringLiteral("lifecycle"), nullptr},
    };
    return names;
}

QJsonArray withoutEvidence(QJsonArray searches)
{
    for (qsizetype i = 0; i < searches.size(); ++i) {
        QJsonObject search = searches.at(i).toObject();
        search.remove(QStringLiteral("evidence"));
        searches[i] = search;
    }
    return searches;
}

// How many times a question's searches cite each file, by SHA-256, with the file's name.
QMap<QString, std::pair<int, QString>> citations(const QJsonArray &searches)
{
    QMap<QString, std::pair<int, QString>> cited;
    for (const QJsonValue &search : searches) {
        for (const QJsonValue &value :
             search.toObject().value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject citation = value.toObject();
            auto &[count, name] = cited[citation.value(QStringLiteral("sha256")).toString()];
            ++count;
            name = citation.value(QStringLiteral("fileName")).toString();
        }
    }
    return cited;
}

// Each withdrawal, lapse or reopening added, with its day and reason.
void describeLifecycle(const QJsonArray &before, const QJsonArray &after, QStringList &actions)
{
    for (qsizetype i = before.size(); i < after.size(); ++i) {
        const QJsonObject event = after.at(i).toObject();
        const QString kind = event.value(QStringLiteral("kind")).toString();
        const QString on = event.value(QStringLiteral("on")).toString();
        const QString reason = event.value(QStringLiteral("reason")).toString();
        if (kind == QLatin1String("withdrawn"))
            actions.append(
                tr("recorded the request as withdrawn on %1, because: ‘%2’").arg(on, reason));
        else if (kind == QLatin1String("lapsed"))
            actions.append(
                tr("closed the request as lapsed on %1 (no clarification came), because: ‘%2’")
                    .arg(on, reason));
        else
            actions.append(tr("reopened the request on %1, because: ‘%2’").arg(on, reason));
    }
}

QString claimName(const QJsonObject &claim)
{
    return claim.value(QStringLiteral("provision")).toString();
}

} // namespace

QString CaseChangeDescriber::joinPhrases(const QStringList &phrases)
{
    if (phrases.size() <= 1)
        return phrases.join(QString());
    return tr("%1 and %2")
        .arg(phrases.mid(0, phrases.size() - 1).join(QStringLiteral(", ")), phrases.constLast());
}

QStringList CaseChangeDescriber::describe(const QJsonObject &before, const QJsonObject &after)
{
    const Changes found = changes(before, after);
    return found.parts + found.actions;
}

QString CaseChangeDescriber::sentence(const QJsonObject &before, const QJsonObject &after)
{
    const Changes found = changes(before, after);
    QStringList clauses;
    if (!found.parts.isEmpty())
        clauses.append(tr("changed %1").arg(joinPhrases(found.parts)));
    clauses += found.actions;
    QString line = clauses.join(QStringLiteral("; "));
    if (!line.isEmpty())
        line[0] = line.at(0).toUpper();
    return line;
}

CaseChangeDescriber::Changes CaseChangeDescriber::changes(const QJsonObject &before,
                                                          const QJsonObject &after)
{
    Changes changes;
    QStringList &phrases = changes.parts;
    QStringList known{QStringLiteral("formatVersion")};
    for (const auto &[key, words] : partNames()) {
        known.append(key);
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (was == is)
            continue;
        if (key == QLatin1String("questions"))
            describeQuestions(was.toArray(), is.toArray(), changes);
        else if (key == QLatin1String("claims"))
            describeClaims(was.toArray(), is.toArray(), changes);
        else if (key == QLatin1String("reply"))
            describeReply(was.toObject(), is.toObject(), changes);
        else if (key == QLatin1String("lifecycle"))
            describeLifecycle(was.toArray(), is.toArray(), changes.actions);
        else
            phrases.append(tr(words));
    }
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (!known.contains(key) && before.value(key) != after.value(key))
            phrases.append(key);
    }
    return changes;
}

void CaseChangeDescriber::describeReply(QJsonObject before, QJsonObject after, Changes &changes)
{
    const QJsonArray wasSent = before.take(QStringLiteral("sent")).toArray();
    const QJsonArray isSent = after.take(QStringLiteral("sent")).toArray();
    const QJsonArray wasAmended = before.take(QStringLiteral("amendments")).toArray();
    const QJsonArray isAmended = after.take(QStringLiteral("amendments")).toArray();
    // The first letter sent gives the reply its date: part of recording it, not an edit.
    if (isSent.size() > wasSent.size()) {
        before.remove(QStringLiteral("sentOn"));
        after.remove(QStringLiteral("sentOn"));
    }
    if (before != after)
        changes.parts.append(tr("the reply"));
    for (qsizetype i = wasAmended.size(); i < isAmended.size(); ++i) {
        const QJsonObject amendment = isAmended.at(i).toObject();
        changes.actions.append(
            tr("amended the decision after sending reply version %1, because: ‘%2’")
                .arg(amendment.value(QStringLiteral("amendsVersion")).toInt())
                .arg(amendment.value(QStringLiteral("reason")).toString()));
    }
    for (qsizetype i = wasSent.size(); i < isSent.size(); ++i) {
        const QJsonObject letter = isSent.at(i).toObject();
        const int version = letter.value(QStringLiteral("version")).toInt();
        changes.actions.append(
            letter.value(QStringLiteral("correction")).toBool()
                ? tr("locked the decision as sent in correction letter "
                     "(reply version %1)")
                      .arg(version)
                : tr("locked the decision as sent in reply version %1").arg(version));
    }
}

void CaseChangeDescriber::describeQuestions(const QJsonArray &before, const QJsonArray &after,
                                            Changes &changes)
{
    QStringList &phrases = changes.parts;
    QMap<QString, QJsonObject> was;
    QStringList wasOrder;
    for (const QJsonValue &value : before) {
        const QJsonObject question = value.toObject();
        const QString id = question.value(QStringLiteral("id")).toString();
        was.insert(id, question);
        wasOrder.append(id);
    }
    QStringList isOrder;
    for (const QJsonValue &value : after) {
        const QJsonObject question = value.toObject();
        const QString id = question.value(QStringLiteral("id")).toString();
        isOrder.append(id);
        if (!was.contains(id)) {
            changes.actions.append(tr("added question %1").arg(id));
            continue;
        }
        const QJsonObject old = was.value(id);
        if (old.value(QStringLiteral("text")) != question.value(QStringLiteral("text")))
            phrases.append(tr("the wording of %1").arg(id));
        if (old.value(QStringLiteral("condition")) != question.value(QStringLiteral("condition")))
            phrases.append(tr("the condition on %1").arg(id));
        const QJsonObject oldDecision = old.value(QStringLiteral("determination")).toObject();
        QJsonObject decision = question.value(QStringLiteral("determination")).toObject();
        if (oldDecision.value(QStringLiteral("holding")) !=
            decision.value(QStringLiteral("holding")))
            phrases.append(tr("whether %1 is held").arg(id));
        const QJsonArray oldSearches = oldDecision.value(QStringLiteral("searches")).toArray();
        const QJsonArray searches = decision.value(QStringLiteral("searches")).toArray();
        if (oldSearches != searches) {
            const qsizetype actionsBefore = changes.actions.size();
            describeEvidence(id, oldSearches, searches, changes.actions);
            // A change to the searches beyond the evidence they cite (or a citation moved from
            // one search to another) is a change to the search record.
            if (withoutEvidence(oldSearches) != withoutEvidence(searches) ||
                changes.actions.size() == actionsBefore)
                phrases.append(tr("the search record of %1").arg(id));
        }
        QJsonObject oldRest = oldDecision;
        for (const QString &key : {QStringLiteral("holding"), QStringLiteral("searches")}) {
            oldRest.remove(key);
            decision.remove(key);
        }
        if (oldRest != decision)
            phrases.append(tr("the answer to %1").arg(id));
    }
    for (const QString &id : std::as_const(wasOrder)) {
        if (!isOrder.contains(id))
            changes.actions.append(tr("removed question %1").arg(id));
    }
    QStringList kept = wasOrder;
    kept.removeIf([&isOrder](const QString &id) { return !isOrder.contains(id); });
    QStringList keptNow = isOrder;
    keptNow.removeIf([&was](const QString &id) { return !was.contains(id); });
    if (kept != keptNow)
        phrases.append(tr("the order of the questions"));
}

void CaseChangeDescriber::describeEvidence(const QString &id, const QJsonArray &before,
                                           const QJsonArray &after, QStringList &actions)
{
    const QMap<QString, std::pair<int, QString>> was = citations(before);
    const QMap<QString, std::pair<int, QString>> is = citations(after);
    for (auto it = is.cbegin(); it != is.cend(); ++it) {
        if (it->first > was.value(it.key()).first)
            actions.append(tr("cited search evidence \u2018%1\u2019 for %2").arg(it->second, id));
    }
    for (auto it = was.cbegin(); it != was.cend(); ++it) {
        if (it->first > is.value(it.key()).first)
            actions.append(
                tr("withdrew search evidence \u2018%1\u2019 from %2").arg(it->second, id));
    }
}

void CaseChangeDescriber::describeClaims(const QJsonArray &before, const QJsonArray &after,
                                         Changes &changes)
{
    QStringList &phrases = changes.parts;
    // Claims have no id: compare them in order, and name them by their provision.
    const qsizetype common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QJsonObject was = before.at(i).toObject();
        const QJsonObject is = after.at(i).toObject();
        if (was == is)
            continue;
        if (claimName(was) != claimName(is)) {
            phrases.append(
                tr("the claim under %1 (now under %2)").arg(claimName(was), claimName(is)));
            continue;
        }
        const QString name = claimName(is);
        const bool publicInterest = was.value(QStringLiteral("publicInterest")) !=
                                    is.value(QStringLiteral("publicInterest"));
        const bool harm =
            was.value(QStringLiteral("prejudice")) != is.value(QStringLiteral("prejudice"));
        QJsonObject wasRest = was;
        QJsonObject isRest = is;
        for (const QString &key : {QStringLiteral("publicInterest"), QStringLiteral("prejudice")}) {
            wasRest.remove(key);
            isRest.remove(key);
        }
        if (harm)
            phrases.append(tr("the harm under %1").arg(name));
        if (publicInterest)
            phrases.append(tr("the public interest test under %1").arg(name));
        if (wasRest != isRest)
            phrases.append(tr("the claim under %1").arg(name));
    }
    for (qsizetype i = common; i < after.size(); ++i)
        changes.actions.append(tr("added a claim under %1").arg(claimName(after.at(i).toObject())));
    for (qsizetype i = common; i < before.size(); ++i)
        changes.actions.append(
            tr("removed the claim under %1").arg(claimName(before.at(i).toObject())));
}

namespace {

// "internalReviewProcedure" as "internal review procedure".
QString humanised(const QString &key)
{
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty())
            words += QLatin1Char(' ');
        words += c.toLower();
    }
    return words;
}

// A value in plain words: codes ("not-held") with spaces, lists joined, nothing as "blank".
// Records (objects, lists of objects) have no one value: empty.
std::optional<QString> plainValue(const QJsonValue &value)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)+$"));
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        return code.match(text).hasMatch() ? QString(text).replace(QLatin1Char('-'), u' ') : text;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            const std::optional<QString> plain =
                item.isObject() || item.isArray() ? std::nullopt : plainValue(item);
            if (!plain)
                return std::nullopt;
            items.append(*plain);
        }
        return items.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return std::nullopt;
    }
    return std::nullopt;
}

using ValueChanges = QList<CaseChangeDescriber::ValueChange>;

void addValue(ValueChanges &out, const QString &what, const QJsonValue &was, const QJsonValue &is)
{
    if (was == is)
        return;
    const std::optional<QString> before = plainValue(was);
    const std::optional<QString> after = plainValue(is);
    if (before && after)
        out.append({what, *before, *after});
}

// Each field of two records (the requester, a question's determination, a public interest
// test), named by `label` from its key; nested records in turn.
void addFields(ValueChanges &out, const QJsonObject &was, const QJsonObject &is,
               const std::function<QString(const QString &)> &label)
{
    QStringList keys = was.keys() + is.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = was.value(key);
        const QJsonValue after = is.value(key);
        if (before.isObject() || after.isObject())
            addFields(out, before.toObject(), after.toObject(), label);
        else
            addValue(out, label(key), before, after);
    }
}

QString requesterField(const QString &key)
{
    if (key == QLatin1String("name"))
        return tr("the requester's name");
    if (key == QLatin1String("email"))
        return tr("the requester's email");
    if (key == QLatin1String("addressForCorrespondence"))
        return tr("the requester's address");
    return tr("the requester's %1").arg(humanised(key));
}

QString questionField(const QString &id, const QString &key)
{
    if (key == QLatin1String("text"))
        return tr("the wording of %1").arg(id);
    if (key == QLatin1String("holding"))
        return tr("whether %1 is held").arg(id);
    if (key == QLatin1String("answer"))
        return tr("the answer to %1").arg(id);
    if (key == QLatin1String("personalData"))
        return tr("whose personal data %1 asks for").arg(id);
    if (key == QLatin1String("question") || key == QLatin1String("proceedIf"))
        return tr("the condition on %1").arg(id);
    return tr("the %1 of %2").arg(humanised(key), id);
}

QString claimField(const QString &provision, const QString &key)
{
    if (key == QLatin1String("reason"))
        return tr("the reason for %1").arg(provision);
    if (key == QLatin1String("harm"))
        return tr("the harm under %1").arg(provision);
    if (key == QLatin1String("interest"))
        return tr("the interest protected under %1").arg(provision);
    if (key == QLatin1String("favouringDisclosure"))
        return tr("the public interest factors for disclosure under %1").arg(provision);
    if (key == QLatin1String("favouringExemption"))
        return tr("the public interest factors for the exemption under %1").arg(provision);
    if (key == QLatin1String("balance"))
        return tr("the public interest balance under %1").arg(provision);
    if (key == QLatin1String("conclusion"))
        return tr("the public interest conclusion under %1").arg(provision);
    if (key == QLatin1String("likelihood"))
        return tr("the likelihood of harm under %1").arg(provision);
    if (key == QLatin1String("relieves"))
        return tr("the duty relieved under %1").arg(provision);
    if (key == QLatin1String("questions"))
        return tr("the questions covered by %1").arg(provision);
    if (key == QLatin1String("anyOtherInformation"))
        return tr("whether %1 covers any other information").arg(provision);
    if (key == QLatin1String("opinion"))
        return tr("the qualified person's opinion for %1").arg(provision);
    if (key == QLatin1String("statistical"))
        return tr("whether the information under %1 is statistical").arg(provision);
    if (key == QLatin1String("legitimateInterest"))
        return tr("the legitimate interest in disclosure under %1").arg(provision);
    if (key == QLatin1String("necessity"))
        return tr("the necessity of disclosure under %1").arg(provision);
    if (key == QLatin1String("balancingTest"))
        return tr("the balance against the data subject under %1").arg(provision);
    return tr("the %1 under %2").arg(humanised(key), provision);
}

void questionValues(ValueChanges &out, const QJsonArray &before, const QJsonArray &after)
{
    QMap<QString, QJsonObject> was;
    for (const QJsonValue &value : before)
        was.insert(value[QStringLiteral("id")].toString(), value.toObject());
    for (const QJsonValue &value : after) {
        const QString id = value[QStringLiteral("id")].toString();
        if (!was.contains(id))
            continue;
        QJsonObject old = was.value(id);
        QJsonObject now = value.toObject();
        // The searches are records of their own (named by changes(), with their evidence).
        for (QJsonObject *question : {&old, &now}) {
            QJsonObject determination = question->value(QStringLiteral("determination")).toObject();
            determination.remove(QStringLiteral("searches"));
            question->insert(QStringLiteral("determination"), determination);
            question->remove(QStringLiteral("id"));
        }
        addFields(out, old, now, [&id](const QString &key) { return questionField(id, key); });
    }
}

void claimValues(ValueChanges &out, const QJsonArray &before, const QJsonArray &after)
{
    const qsizetype common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QJsonObject was = before.at(i).toObject();
        const QJsonObject is = after.at(i).toObject();
        const QString provision = claimName(is);
        if (claimName(was) != provision || was == is)
            continue;
        addFields(out, was, is,
                  [&provision](const QString &key) { return claimField(provision, key); });
    }
}

} // namespace

QList<CaseChangeDescriber::ValueChange> CaseChangeDescriber::values(const QJsonObject &before,
                                                                    const QJsonObject &after)
{
    ValueChanges out;
    for (const auto &[key, words] : partNames()) {
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (was == is)
            continue;
        if (key == QLatin1String("questions"))
            questionValues(out, was.toArray(), is.toArray());
        else if (key == QLatin1String("claims"))
            claimValues(out, was.toArray(), is.toArray());
        else if (key == QLatin1String("requester"))
            addFields(out, was.toObject(), is.toObject(), requesterField);
        else if (key == QLatin1String("reply")) {
            QJsonObject wasReply = was.toObject();
            QJsonObject isReply = is.toObject();
            for (const QString &records : {QStringLiteral("sent"), QStringLiteral("amendments")}) {
                wasReply.remove(records);
                isReply.remove(records);
            }
            addFields(out, wasReply, isReply, [](const QString &field) {
                return tr("the reply's %1").arg(humanised(field));
            });
        } else
            addValue(out, tr(words), was, is);
    }
    return out;
}

std::pair<QString, QString> CaseChangeDescriber::excerpts(const QString &was, const QString &now,
                                                          qsizetype room)
{
    const QString a = was.simplified();
    const QString b = now.simplified();
    if (a.size() <= room && b.size() <= room)
        return {a, b};
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    // Some words before the difference, the difference, and a few after it.
    constexpr qsizetype before = 25;
    constexpr qsizetype after = 15;
    qsizetype start = std::max<qsizetype>(0, prefix - before);
    while (start > 0 && !a.at(start - 1).isSpace())
        --start; // from the start of a word
    const auto cut = [&](const QString &text) {
        qsizetype end = std::min(text.size(), text.size() - suffix + after);
        end = std::min(end, start + room);
        while (end < text.size() && end > start && !text.at(end - 1).isSpace() &&
               end - start < room + 12)
            ++end; // to the end of a word
        QString piece = text.mid(start, end - start).trimmed();
        if (start > 0)
            piece.prepend(QStringLiteral("…"));
        if (end < text.size())
            piece.append(QStringLiteral("…"));
        return piece;
    };
    return {cut(a), cut(b)};
}

} // namespace foi::core
