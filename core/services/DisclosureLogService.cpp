#include "core/services/DisclosureLogService.h"

#include "core/model/CaseFile.h"
#include "core/rules/DisclosureLogDraft.h"
#include "core/store/StoreRepositories.h"

#include <QMap>

namespace foi::core {

namespace {

Error wrongStage(const DisclosureLogEntry &entry, const QString &needed)
{
    return Error::make(u"disclosure-log.wrong-stage"_qs,
                       u"Version %1 of case %2's disclosure log entry is %3: %4"_qs.arg(
                           QString::number(entry.version), entry.reference,
                           disclosureLogStatusCode(entry.status), needed));
}

bool inProgress(const DisclosureLogEntry &entry)
{
    return entry.status != DisclosureLogStatus::Published;
}

} // namespace

DisclosureLogService::DisclosureLogService(StoreRepositories &store)
    : m_store(store)
{}

Result<QList<DisclosureLogEntry>> DisclosureLogService::versions(const QString &reference)
{
    return m_store.disclosureLog().versionsOf(reference);
}

Result<DisclosureLogEntry> DisclosureLogService::latest(const QString &reference)
{
    auto all = versions(reference);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error::make(
            u"disclosure-log.no-entry"_qs,
            u"Case %1 has no disclosure log entry yet: prepare one first."_qs.arg(reference));
    return all->constLast();
}

Result<DisclosureLogEntry> DisclosureLogService::saved(const DisclosureLogEntry &entry,
                                                       const QString &officer,
                                                       const QString &action,
                                                       const QString &summary)
{
    if (Status kept = m_store.disclosureLog().save(entry, officer, action, summary); !kept)
        return kept.error();
    return entry;
}

Result<DisclosureLogEntry> DisclosureLogService::prepare(const QString &reference,
                                                         const QString &officer, const QDate &today)
{
    auto earlier = versions(reference);
    if (!earlier)
        return earlier.error();
    if (!earlier->isEmpty() && inProgress(earlier->constLast()))
        return Error::make(u"disclosure-log.draft-open"_qs,
                           u"Case %1 already has version %2 of its disclosure log entry in "
                           "progress (%3): finish it before preparing another."_qs.arg(
                               reference, QString::number(earlier->constLast().version),
                               disclosureLogStatusCode(earlier->constLast().status)));
    auto stored = m_store.cases().load(reference);
    if (!stored)
        return stored.error();
    Result<Case> theCase = CaseFile::read(stored->record.document);
    if (!theCase)
        return theCase.error();
    auto released = m_store.releases().filesOf(reference);
    if (!released)
        return released.error();
    QList<PublishedFile> files;
    for (const ReleaseFile &file : *released)
        files.append({file.attachment.fileName, file.attachment.mediaType, file.attachment.size,
                      file.attachment.sha256});
    const int version = earlier->isEmpty() ? 1 : earlier->constLast().version + 1;
    auto entry = DisclosureLogDraft::prepare(*theCase, files, version, officer, today);
    if (!entry)
        return entry.error();
    if (!earlier->isEmpty())
        entry->firstPublishedOn = earlier->constFirst().firstPublishedOn;
    int open = 0;
    for (const PersonalDataHit &hit : entry->hits)
        open += hit.decision == HitDecision::Unresolved ? 1 : 0;
    return saved(*entry, officer, u"prepare-disclosure-log"_qs,
                 u"disclosure log version %1 prepared: %2 hits, %3 to decide"_qs.arg(version)
                     .arg(entry->hits.size())
                     .arg(open));
}

Result<DisclosureLogEntry> DisclosureLogService::resolve(const QString &reference,
                                                         const QString &hitId, HitDecision decision,
                                                         const QString &reason,
                                                         const QString &officer)
{
    auto entry = latest(reference);
    if (!entry)
        return entry.error();
    if (entry->status != DisclosureLogStatus::Draft &&
        entry->status != DisclosureLogStatus::Returned)
        return wrongStage(*entry, u"only a draft or a returned version can be changed."_qs);
    auto changed = DisclosureLogDraft::resolve(*entry, hitId, decision, reason);
    if (!changed)
        return changed.error();
    changed->status = DisclosureLogStatus::Draft;
    return saved(*changed, officer, u"resolve-disclosure-log-hit"_qs,
                 decision == HitDecision::Keep
                     ? u"hit %1 kept: %2"_qs.arg(hitId, reason.trimmed())
                     : u"hit %1 %2"_qs.arg(hitId, decision == HitDecision::Redact
                                                      ? u"redacted"_qs
                                                      : u"left undecided"_qs));
}

Result<DisclosureLogEntry> DisclosureLogService::submit(const QString &reference,
                                                        const QString &officer)
{
    auto entry = latest(reference);
    if (!entry)
        return entry.error();
    if (entry->status != DisclosureLogStatus::Draft &&
        entry->status != DisclosureLogStatus::Returned)
        return wrongStage(*entry, u"only a draft or a returned version can be submitted."_qs);
    if (Status resolved = DisclosureLogDraft::checkResolved(*entry); !resolved)
        return resolved.error();
    entry->status = DisclosureLogStatus::Submitted;
    entry->submittedBy = officer;
    entry->returnedReason.clear();
    return saved(*entry, officer, u"submit-disclosure-log"_qs,
                 u"disclosure log version %1 submitted for approval"_qs.arg(entry->version));
}

Result<DisclosureLogEntry> DisclosureLogService::approve(const QString &reference,
                                                         const QString &officer, const QDate &today)
{
    auto entry = latest(reference);
    if (!entry)
        return entry.error();
    if (entry->status != DisclosureLogStatus::Submitted)
        return wrongStage(*entry, u"submit it for approval first."_qs);
    if (const QString role = DisclosureLogService::roleOf(*entry, officer); !role.isEmpty())
        return Error::make(u"disclosure-log.same-officer"_qs,
                           u"%1 %2 version %3 of case %4's disclosure log entry, so cannot "
                           "approve it: a second officer must."_qs.arg(
                               officer, role, QString::number(entry->version), reference));
    if (Status resolved = DisclosureLogDraft::checkResolved(*entry); !resolved)
        return resolved.error();
    entry->status = DisclosureLogStatus::Approved;
    entry->approvedBy = officer;
    entry->approvedOn = today;
    return saved(*entry, officer, u"approve-disclosure-log"_qs,
                 u"disclosure log version %1 approved (prepared by %2)"_qs.arg(
                     QString::number(entry->version), entry->preparedBy));
}

QString DisclosureLogService::roleOf(const DisclosureLogEntry &entry, const QString &officer)
{
    const auto same = [&](const QString &other) {
        return officer.trimmed().compare(other.trimmed(), Qt::CaseInsensitive) == 0;
    };
    return same(entry.preparedBy)    ? u"prepared"_qs
           : same(entry.submittedBy) ? u"submitted"_qs
                                     : QString();
}

Result<DisclosureLogEntry> DisclosureLogService::returnToPreparer(const QString &reference,
                                                                  const QString &reason,
                                                                  const QString &officer)
{
    auto entry = latest(reference);
    if (!entry)
        return entry.error();
    if (entry->status != DisclosureLogStatus::Submitted)
        return wrongStage(*entry, u"only a submitted version can be returned."_qs);
    if (reason.trimmed().isEmpty())
        return Error::make(
            u"disclosure-log.reason-missing"_qs,
            u"Say what the preparer of case %1's entry should change."_qs.arg(reference));
    entry->status = DisclosureLogStatus::Returned;
    entry->returnedReason = reason.trimmed();
    return saved(*entry, officer, u"return-disclosure-log"_qs,
                 u"disclosure log version %1 returned: %2"_qs.arg(QString::number(entry->version),
                                                                  reason.trimmed()));
}

Result<DisclosureLogEntry> DisclosureLogService::publish(const QString &reference,
                                                         const QString &officer, const QDate &today)
{
    auto entry = latest(reference);
    if (!entry)
        return entry.error();
    if (Status resolved = DisclosureLogDraft::checkResolved(*entry); !resolved)
        return resolved.error();
    if (entry->status != DisclosureLogStatus::Approved)
        return wrongStage(*entry, u"a second officer must approve it before it is published."_qs);
    entry->status = DisclosureLogStatus::Published;
    entry->publishedOn = today;
    if (!entry->firstPublishedOn.isValid())
        entry->firstPublishedOn = today;
    return saved(*entry, officer, u"publish-disclosure-log"_qs,
                 entry->amended()
                     ? u"disclosure log version %1 published as an amendment"_qs.arg(entry->version)
                     : u"disclosure log version 1 published"_qs);
}

Result<QList<DisclosureLogEntry>> DisclosureLogService::publishedLog(const QDate &from,
                                                                     const QDate &to)
{
    auto all = m_store.disclosureLog().published();
    if (!all)
        return all.error();
    QMap<QString, DisclosureLogEntry> newest;
    for (const DisclosureLogEntry &entry : *all)
        newest.insert(entry.reference, entry); // ordered by version: the last one stays
    const auto within = [&](const QDate &day) {
        return day.isValid() && (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    };
    QList<DisclosureLogEntry> log;
    for (const DisclosureLogEntry &entry : std::as_const(newest))
        if (within(entry.firstPublishedOn) || within(entry.publishedOn))
            log.append(entry);
    return log;
}

} // namespace foi::core
