#include "core/store/DisclosureLogRegister.h"

#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"
#include "core/support/StoreErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonObject &object, const QString &key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}

QJsonArray hitsJson(const QList<PersonalDataHit> &hits)
{
    QJsonArray array;
    for (const PersonalDataHit &hit : hits)
        array.append(QJsonObject{{u"id"_qs, hit.id},
                                 {u"field"_qs, hit.field},
                                 {u"start"_qs, double(hit.start)},
                                 {u"length"_qs, double(hit.length)},
                                 {u"kind"_qs, personalDataKindCode(hit.kind)},
                                 {u"text"_qs, hit.text},
                                 {u"decision"_qs, hitDecisionCode(hit.decision)},
                                 {u"reason"_qs, hit.reason}});
    return array;
}

QList<PersonalDataHit> hitsFrom(const QJsonArray &array)
{
    QList<PersonalDataHit> hits;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        PersonalDataHit hit;
        hit.id = o.value(u"id"_qs).toString();
        hit.field = o.value(u"field"_qs).toString();
        hit.start = qsizetype(o.value(u"start"_qs).toDouble());
        hit.length = qsizetype(o.value(u"length"_qs).toDouble());
        hit.kind = personalDataKindFromCode(o.value(u"kind"_qs).toString())
                       .value_or(PersonalDataKind::Email);
        hit.text = o.value(u"text"_qs).toString();
        hit.decision = hitDecisionFromCode(o.value(u"decision"_qs).toString())
                           .value_or(HitDecision::Unresolved);
        hit.reason = o.value(u"reason"_qs).toString();
        hits.append(hit);
    }
    return hits;
}

QJsonArray filesJson(const QList<PublishedFile> &files)
{
    QJsonArray array;
    for (const PublishedFile &file : files)
        array.append(QJsonObject{{u"name"_qs, file.name},
                                 {u"mediaType"_qs, file.mediaType},
                                 {u"size"_qs, double(file.size)},
                                 {u"sha256"_qs, file.sha256}});
    return array;
}

QList<PublishedFile> filesFrom(const QJsonArray &array)
{
    QList<PublishedFile> files;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        files.append({o.value(u"name"_qs).toString(), o.value(u"mediaType"_qs).toString(),
                      qint64(o.value(u"size"_qs).toDouble()), o.value(u"sha256"_qs).toString()});
    }
    return files;
}

} // namespace

DisclosureLogRegister::DisclosureLogRegister(StoreConnection &connection, AuditTrail &audit,
                                             Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

QByteArray DisclosureLogRegister::toJson(const DisclosureLogEntry &entry)
{
    const QJsonObject object{
        {u"reference"_qs, entry.reference},
        {u"version"_qs, entry.version},
        {u"status"_qs, disclosureLogStatusCode(entry.status)},
        {u"title"_qs, entry.title},
        {u"regime"_qs, regimeCode(entry.regime)},
        {u"received"_qs, dateText(entry.received)},
        {u"answered"_qs, dateText(entry.answered)},
        {u"outcome"_qs, entry.outcome},
        {u"exemptions"_qs, QJsonArray::fromStringList(entry.exemptions)},
        {u"requestText"_qs, entry.requestText},
        {u"replyText"_qs, entry.replyText},
        {u"hits"_qs, hitsJson(entry.hits)},
        {u"files"_qs, filesJson(entry.files)},
        {u"preparedBy"_qs, entry.preparedBy},
        {u"preparedOn"_qs, dateText(entry.preparedOn)},
        {u"submittedBy"_qs, entry.submittedBy},
        {u"approvedBy"_qs, entry.approvedBy},
        {u"approvedOn"_qs, dateText(entry.approvedOn)},
        {u"returnedReason"_qs, entry.returnedReason},
        {u"firstPublishedOn"_qs, dateText(entry.firstPublishedOn)},
        {u"publishedOn"_qs, dateText(entry.publishedOn)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<DisclosureLogEntry> DisclosureLogRegister::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const auto status = disclosureLogStatusFromCode(o.value(u"status"_qs).toString());
    const auto regime = regimeFromCode(o.value(u"regime"_qs).toString());
    if (!status || !regime)
        return std::nullopt;
    DisclosureLogEntry entry;
    entry.reference = o.value(u"reference"_qs).toString();
    entry.version = o.value(u"version"_qs).toInt();
    entry.status = *status;
    entry.title = o.value(u"title"_qs).toString();
    entry.regime = *regime;
    entry.received = dateFrom(o, u"received"_qs);
    entry.answered = dateFrom(o, u"answered"_qs);
    entry.outcome = o.value(u"outcome"_qs).toString();
    for (const QJsonValue &value : o.value(u"exemptions"_qs).toArray())
        entry.exemptions.append(value.toString());
    entry.requestText = o.value(u"requestText"_qs).toString();
    entry.replyText = o.value(u"replyText"_qs).toString();
    entry.hits = hitsFrom(o.value(u"hits"_qs).toArray());
    entry.files = filesFrom(o.value(u"files"_qs).toArray());
    entry.preparedBy = o.value(u"preparedBy"_qs).toString();
    entry.preparedOn = dateFrom(o, u"preparedOn"_qs);
    entry.submittedBy = o.value(u"submittedBy"_qs).toString();
    entry.approvedBy = o.value(u"approvedBy"_qs).toString();
    entry.approvedOn = dateFrom(o, u"approvedOn"_qs);
    entry.returnedReason = o.value(u"returnedReason"_qs).toString();
    entry.firstPublishedOn = dateFrom(o, u"firstPublishedOn"_qs);
    entry.publishedOn = dateFrom(o, u"publishedOn"_qs);
    return entry;
}

Result<QList<DisclosureLogEntry>>
DisclosureLogRegister::read(const QString &sql, const QVariantList &values, const QString &what)
{
    Result<QSqlQuery> query = m_connection.select(sql, values, what);
    if (!query)
        return query.error();
    QList<DisclosureLogEntry> entries;
    while (query->next()) {
        const auto entry = fromJson(query->value(0).toByteArray());
        if (!entry)
            return Error::make(StoreErrorCode::Corrupt,
                               u"A disclosure log entry in the store does not read (%1): restore "
                               "the store from a backup."_qs.arg(what),
                               query->value(0).toString().left(200));
        entries.append(*entry);
    }
    return entries;
}

Result<QList<DisclosureLogEntry>> DisclosureLogRegister::versionsOf(const QString &reference)
{
    return read(u"SELECT d.entry FROM disclosure_log_entries d JOIN cases c ON c.id = d.case_id "
                "WHERE c.reference = ? ORDER BY d.version"_qs,
                {reference}, u"reading the disclosure log entry of case %1"_qs.arg(reference));
}

Result<QList<DisclosureLogEntry>> DisclosureLogRegister::published()
{
    return read(u"SELECT d.entry FROM disclosure_log_entries d JOIN cases c ON c.id = d.case_id "
                "WHERE d.published_on IS NOT NULL ORDER BY c.reference, d.version"_qs,
                {}, u"reading the published disclosure log"_qs);
}

Status DisclosureLogRegister::save(const DisclosureLogEntry &entry, const QString &officer,
                                   const QString &action, const QString &summary)
{
    const QString what = u"keeping the disclosure log entry of case %1"_qs.arg(entry.reference);
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<QVariantList>> found = m_connection.selectRow(
        u"SELECT id FROM cases WHERE reference = ?"_qs, {entry.reference}, what);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(
            StoreErrorCode::NotFound,
            u"The store holds no case %1: check the reference."_qs.arg(entry.reference));
    const QByteArray json = toJson(entry);
    const QVariant publishedOn = entry.publishedOn.isValid()
                                     ? QVariant(entry.publishedOn.toString(Qt::ISODate))
                                     : QVariant(QMetaType::fromType<QString>());
    if (Status kept = m_connection.run(
            u"INSERT INTO disclosure_log_entries (case_id, version, status, published_on, entry, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, version) DO UPDATE SET "
            "status = excluded.status, published_on = excluded.published_on, entry = "
            "excluded.entry, updated_at = excluded.updated_at"_qs,
            {(**found).value(0), entry.version, disclosureLogStatusCode(entry.status), publishedOn,
             QString::fromUtf8(json), m_clock().toUTC().toString(Qt::ISODateWithMs)},
            what);
        !kept)
        return kept;
    Result<AuditAnchor> recorded = m_audit.record(
        {officer, action, u"disclosure-log"_qs, entry.reference, summary, std::nullopt, json});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

} // namespace foi::core
