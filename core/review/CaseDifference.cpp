#include "core/review/CaseDifference.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QRegularExpression>

namespace foi::core {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// Every leaf of the document by its path; empty objects and lists count as leaves.
void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> &into)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    into);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + QStringLiteral("[%1]").arg(i), into);
    } else {
        into.insert(path.isEmpty() ? QStringLiteral("$") : path, scalarText(value));
    }
}

QMap<QString, QString> fieldsOf(const QByteArray &document)
{
    QMap<QString, QString> fields;
    const QJsonDocument parsed = QJsonDocument::fromJson(document);
    if (parsed.isObject())
        flatten(parsed.object(), {}, fields);
    else if (!document.isEmpty())
        fields.insert(QStringLiteral("$"), QString::fromUtf8(document));
    return fields;
}

} // namespace

QList<FieldDifference> CaseDifference::between(const QByteArray &reviewed,
                                               const QByteArray &current)
{
    const QMap<QString, QString> before = fieldsOf(reviewed);
    const QMap<QString, QString> after = fieldsOf(current);
    QStringList paths = before.keys();
    for (const QString &path : after.keys()) {
        if (!before.contains(path))
            paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    QList<FieldDifference> differences;
    for (const QString &path : paths) {
        const QString was = before.value(path);
        const QString now = after.value(path);
        if (was != now || before.contains(path) != after.contains(path))
            differences.append({path, was, now});
    }
    return differences;
}

namespace {

// The officer's words for the fields of a case file (docs/case-file.md), by the last name on a
// path or, where the last name is ambiguous, by the two last names.
QString fieldWords(const QString &parent, const QString &field)
{
    static const QHash<QString, const char *> byPair{
        {QStringLiteral("prejudice.interest"), "the interest harmed"},
        {QStringLiteral("prejudice.harm"), "how the harm would follow"},
        {QStringLiteral("prejudice.likelihood"), "the likelihood of harm"},
        {QStringLiteral("publicInterest.favouringDisclosure"),
         "a public-interest factor for disclosure"},
        {QStringLiteral("publicInterest.favouringExemption"),
         "a public-interest factor for the exemption"},
        {QStringLiteral("publicInterest.balance"), "the public-interest balance"},
        {QStringLiteral("publicInterest.conclusion"), "the public-interest conclusion"},
        {QStringLiteral("requester.name"), "the requester's name"},
        {QStringLiteral("requester.email"), "the requester's email"},
        {QStringLiteral("requester.addressForCorrespondence"), "the requester's address"},
        {QStringLiteral("condition.question"), "the question its condition depends on"},
        {QStringLiteral("condition.proceedIf"), "its condition"},
        {QStringLiteral("legitimateInterests.legitimateInterest"),
         "the legitimate interest in disclosure"},
        {QStringLiteral("legitimateInterests.necessity"), "whether disclosure is necessary"},
        {QStringLiteral("legitimateInterests.balancingTest"),
         "the balance against the data subject's rights"},
    };
    static const QHash<QString, const char *> byField{
        {QStringLiteral("reference"), "the reference"},
        {QStringLiteral("regime"), "the regime"},
        {QStringLiteral("dateOfReceipt"), "the date of receipt"},
        {QStringLiteral("channel"), "how the request arrived"},
        {QStringLiteral("requestText"), "the request text"},
        {QStringLiteral("text"), "the wording"},
        {QStringLiteral("holding"), "whether it is held"},
        {QStringLiteral("communication"), "what is disclosed"},
        {QStringLiteral("closedAnswer"), "the yes or no answer"},
        {QStringLiteral("answer"), "the answer"},
        {QStringLiteral("availableAt"), "where it is available"},
        {QStringLiteral("searches"), "a search made"},
        {QStringLiteral("provision"), "the provision"},
        {QStringLiteral("relieves"), "the duty it relieves"},
        {QStringLiteral("questions"), "the questions it covers"},
        {QStringLiteral("anyOtherInformation"), "whether it covers any other information"},
        {QStringLiteral("reason"), "why it applies"},
        {QStringLiteral("statistical"), "the statistical mark (s36(4))"},
        {QStringLiteral("personalData"), "whose personal data it asks for"},
        {QStringLiteral("legitimateInterests"), "the legitimate interests test"},
        {QStringLiteral("ncndHarm"), "the harm in confirming or denying"},
        {QStringLiteral("costEstimate"), "the cost estimate"},
        {QStringLiteral("vexatiousReasons"), "the reasons the request is vexatious"},
        {QStringLiteral("adviceAndAssistance"), "the advice and assistance"},
        {QStringLiteral("internalReviewProcedure"), "the internal review paragraph"},
        {QStringLiteral("complaintRights"), "the right to complain to the Commissioner"},
        {QStringLiteral("sentOn"), "the date the reply was sent"},
        {QStringLiteral("lateApology"), "the apology for lateness"},
        {QStringLiteral("clockChanges"), "a change to the clock"},
        {QStringLiteral("outcomeOverride"), "the outcome"},
        {QStringLiteral("internalReviews"), "an internal review"},
        {QStringLiteral("commissionerMatters"), "a matter before the Commissioner"},
    };
    if (const auto pair = byPair.constFind(parent + u'.' + field); pair != byPair.cend())
        return QString::fromLatin1(pair.value());
    if (const auto words = byField.constFind(field); words != byField.cend())
        return QString::fromLatin1(words.value());
    return field;
}

} // namespace

QString CaseDifference::describe(const QString &path)
{
    static const QRegularExpression part(QStringLiteral("^([A-Za-z]+)(?:\\[(\\d+)\\])?$"));
    QString subject; // "Question 2", "Claim 1"
    QString parent;
    QString field;
    for (const QString &name : path.split(u'.', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = part.match(name);
        if (!match.hasMatch())
            return path; // not a case file path ("$" for a document that is not JSON)
        const QString key = match.captured(1);
        const bool indexed = !match.captured(2).isEmpty();
        const int number = match.captured(2).toInt() + 1;
        if (subject.isEmpty() && indexed && key == QLatin1String("questions")) {
            subject = QObject::tr("Question %1").arg(number);
            continue;
        }
        if (subject.isEmpty() && indexed && key == QLatin1String("claims")) {
            subject = QObject::tr("Claim %1").arg(number);
            continue;
        }
        if (key == QLatin1String("determination") || key == QLatin1String("reply"))
            continue; // the containers officers do not name
        parent = field;
        field = key;
    }
    const QString words =
        field.isEmpty() ? QObject::tr("the whole entry") : fieldWords(parent, field);
    if (subject.isEmpty()) {
        QString sentence = words;
        if (!sentence.isEmpty())
            sentence[0] = sentence.at(0).toUpper();
        return sentence;
    }
    return QObject::tr("%1: %2").arg(subject, words);
}

} // namespace foi::core
