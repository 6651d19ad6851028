#pragma once

#include "core/model/DisclosureLogEntry.h"
#include "core/support/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

class StoreRepositories;

// The disclosure log's flow over the store (docs/disclosure-log.md): an officer prepares a
// version of a closed case's entry (DisclosureLogDraft scans it; the requester's own details
// are redacted at once), decides each other hit (redact, or keep with a reason), submits it; a
// second officer approves it or returns it with a reason; it is then published. A correction is
// a new version prepared after one was published: it keeps the first publication date and is
// shown as amended on its own date. Each step is one audited save in the case's history.
//
// Refusals, each with a message naming the case and what to do: "disclosure-log.not-closed"
// (no sent reply), "disclosure-log.draft-open" (a version is already in progress),
// "disclosure-log.no-entry", "disclosure-log.wrong-stage" (a step out of order, e.g. approving
// a draft), "disclosure-log.same-officer" (approval by the officer who prepared or submitted it),
// "disclosure-log.unresolved-hit", "disclosure-log.reason-missing" and those of
// DisclosureLogDraft::resolve; and the store's errors. A refusal changes nothing.
class DisclosureLogService
{
public:
    explicit DisclosureLogService(StoreRepositories &store);

    [[nodiscard]] Result<DisclosureLogEntry> prepare(const QString &reference,
                                                     const QString &officer, const QDate &today);
    [[nodiscard]] Result<DisclosureLogEntry> resolve(const QString &reference, const QString &hitId,
                                                     HitDecision decision, const QString &reason,
                                                     const QString &officer);
    [[nodiscard]] Result<DisclosureLogEntry> submit(const QString &reference,
                                                    const QString &officer);
    [[nodiscard]] Result<DisclosureLogEntry> approve(const QString &reference,
                                                     const QString &officer, const QDate &today);
    [[nodiscard]] Result<DisclosureLogEntry>
    returnToPreparer(const QString &reference, const QString &reason, const QString &officer);
    [[nodiscard]] Result<DisclosureLogEntry> publish(const QString &reference,
                                                     const QString &officer, const QDate &today);

    // "prepared" or "submitted" when `officer` did so for `entry` (and so may not approve it),
    // else empty. Names compare without regard to case or surrounding spaces.
    static QString roleOf(const DisclosureLogEntry &entry, const QString &officer);

    // The case's versions, oldest first.
    [[nodiscard]] Result<QList<DisclosureLogEntry>> versions(const QString &reference);
    // The log as published: the latest published version of each case, by reference, limited
    // to those first published or amended from `from` to `to` (either invalid: open ended).
    [[nodiscard]] Result<QList<DisclosureLogEntry>> publishedLog(const QDate &from,
                                                                 const QDate &to);

private:
    [[nodiscard]] Result<DisclosureLogEntry> latest(const QString &reference);
    [[nodiscard]] Result<DisclosureLogEntry> saved(const DisclosureLogEntry &entry,
                                                   const QString &officer, const QString &action,
                                                   const QString &summary);

    StoreRepositories &m_store;
};

} // namespace foi::core
