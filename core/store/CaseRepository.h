#pragma once

#include "core/model/CaseSummary.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseRecord.h"
#include "core/store/StatisticsSummaries.h"
#include "core/store/StoredCase.h"
#include "core/support/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace foi::core {

class StoreConnection;

// Cases in the store, one at a time: saving (insert or update, each change audited with the
// documents before and after, in the same BEGIN IMMEDIATE transaction, with its statistics
// summary), loading, holds, deletion of a case created in error, and the due dates' recount.
// Saving a case whose document has not changed records nothing. The case list's reads (its
// pages, count and outline) are CaseListReader's.
class CaseRepository
{
public:
    enum class SaveResult { Created, Updated, Unchanged };

    CaseRepository(StoreConnection &connection, AuditTrail &audit, Clock clock);

    // The store file, for readers on other threads with their own connection.
    QString storePath() const;
    // The clock this repository records changes with (a reader's own repository needs one).
    const Clock &clock() const { return m_clock; }

    // Saving a case that changed raises its version by one. A record based on an older version
    // than the stored one (CaseRecord::basedOnVersion) is refused with StoreErrorCode::Changed,
    // naming who changed it and when, and nothing is changed.
    [[nodiscard]] Result<SaveResult> save(const CaseRecord &record, const QString &officer);
    // Saves every record in one transaction: all are saved, or none.
    [[nodiscard]] Result<QList<SaveResult>> saveAll(const QList<CaseRecord> &records,
                                                    const QString &officer);
    // The stored case with its version; the record it holds is based on that version.
    [[nodiscard]] Result<StoredCase> load(const QString &reference);
    // The cases received from `from` to `to` (inclusive) whose requester has the key given
    // (one of RequesterKeys::lookupKeys: a name, email or postal address), oldest first, at most
    // `limit`: the candidates for aggregation under the Fees Regulations reg 5. One seek in the
    // index of requester keys, however many cases the range holds.
    [[nodiscard]] Result<QList<CaseSummary>>
    receivedWithRequesterKey(const QString &key, const QDate &from, const QDate &to, int limit);
    // SQLite's plan for that lookup (EXPLAIN QUERY PLAN, one line a step), so that a test can
    // see that it seeks the index and reads no range of cases.
    [[nodiscard]] Result<QStringList> requesterKeyPlan();
    // What requester_keys holds for a key: the first 16 bytes of its SHA-256, so that the index
    // (whose interior pages keep copies of keys that erasure does not reach) holds no readable
    // name or address, and every key has the same small size.
    static QByteArray requesterKeyDigest(const QString &key);
    // The stored version of a case (StoredCase::version), without reading its case file;
    // store.not-found when there is none.
    [[nodiscard]] Result<qint64> version(const QString &reference);
    [[nodiscard]] Result<qint64> count();
    // Whether there is any case: one row read, where count() walks an index of every case.
    [[nodiscard]] Result<bool> isEmpty();
    // A case logged by mistake goes, in one transaction: only on the day it was created (by
    // this repository's clock, local time), only while nothing of it went out (no reply sent,
    // no review bundle exported) and no file is attached. Its audit rows stay, and one more
    // ("delete-case", with the document as it was and the reason) records the deletion, so the
    // chain still verifies. Refusals say why, with codes "delete.not-today", "delete.sent",
    // "delete.exported", "delete.attachments" and "delete.no-reason"; store.not-found for a
    // reference the store does not hold.
    [[nodiscard]] Status deleteCreatedInError(const QString &reference, const QString &reason,
                                              const QString &officer);
    // Whether `reference` is taken: a stored case has it, or a case deleted as created in error
    // had it (its audit rows stay under it, so it is never given to another case).
    [[nodiscard]] Result<bool> referenceTaken(const QString &reference);
    // Whether deleteCreatedInError would delete the case now, and if not, why.
    [[nodiscard]] Status mayDeleteCreatedInError(const QString &reference);
    [[nodiscard]] Status setHold(const QString &reference, CaseHold hold, const QString &officer);

    // Who a case was allocated to before a change of allocation, and after (empty: nobody).
    struct Allocation
    {
        QString from;
        QString to;
        bool changed = false;
    };
    // Allocates the case to the officer `to` (empty: to nobody), in one transaction with one
    // audit row (entity "case-allocation", action "allocate-case", snapshots of the assigned
    // officer before and after) in `officer`'s name. Allocating a case to whom it is allocated
    // already records nothing. store.not-found for a reference the store does not hold; on a
    // team store, store.forbidden when the login's role may not allocate.
    [[nodiscard]] Result<Allocation> allocate(const QString &reference, const QString &to,
                                              const QString &officer);

    // A stored due date that a new count moved.
    struct DueDateChange
    {
        QString reference;
        QDate before; // invalid when none was known
        QDate after;
    };
    struct DueDateRecount
    {
        int openCases = 0; // how many open cases were counted
        QList<DueDateChange> moved;
    };
    // Works out again the due date of every open case, with `dueOf` given its case file (which
    // gives nothing for a case file it cannot read: that case keeps its date), and
    // stores those that moved, in one transaction with one audit row (entity "due-dates",
    // action "recount-due-dates") whose snapshots list each moved case's dates before and after
    // and whose summary gives `why`. Nothing is recorded when nothing moved. Returns the
    // changes by reference.
    [[nodiscard]] Result<DueDateRecount>
    recountOpenDueDates(const std::function<std::optional<QDate>(const QByteArray &)> &dueOf,
                        const QString &officer, const QString &why);
    // Every case's reference, the due date the store keeps with it and its case file, in
    // reference order, handed to `visit` one at a time so that only one document is held at
    // once: what a report over the whole store reads. `visit` returns false to stop early.
    [[nodiscard]] Status
    eachDocument(const std::function<bool(const QString &reference, const QDate &storedDue,
                                          const QByteArray &document)> &visit);
    // The references of the cases on hold, in order.
    [[nodiscard]] Result<QStringList> referencesOnHold();
    // References of closed cases closed before `date` whose requester is not yet erased, or
    // whose letters (request as received, correspondence) are still attached.
    [[nodiscard]] Result<QStringList> closedBefore(const QDate &date);
    // The first case whose stored document is not the one the audit trail last recorded for
    // it (a change made around the store), or an empty string when every case matches.
    [[nodiscard]] Result<QString> firstCaseDifferingFromAudit();

    // Whether the record has what every saved case needs (a reference, a date of receipt, its
    // case file): save() refuses it otherwise, with this error. For a caller that checks a
    // record before it saves it with others.
    [[nodiscard]] static Status validate(const CaseRecord &record);

private:
    // New cases inserted by one statement at most (see PendingCreates).
    static constexpr qsizetype maxCasesPerInsert = 256;
    struct PendingCreates;
    // The refusal of a save based on `version` of a case stored at a newer one.
    [[nodiscard]] Error changedSince(const QString &reference, qint64 version);
    // Why the UPDATE of a case read at `version` changed no row: another writer saved it since
    // (changedSince), or the server's row-level security keeps it from this login.
    [[nodiscard]] Error notUpdated(const QString &reference, qint64 version);
    [[nodiscard]] Result<SaveResult> saveInTransaction(const CaseRecord &record,
                                                       const QString &officer, const QString &now,
                                                       PendingCreates &pending);
    // Inserts the pending new cases, then records each in the audit trail, in order.
    [[nodiscard]] Status insertPending(PendingCreates &pending, const QString &officer,
                                       const QString &now);
    struct Deletable
    {
        qint64 id = 0;
        QByteArray document;
    };
    [[nodiscard]] Result<Deletable> checkDeletable(const QString &reference);
    enum class KeysBefore { None, Some };
    [[nodiscard]] Status replaceRequesterKeys(const CaseRecord &record, const QString &what,
                                              KeysBefore before);
    // The case's title in case_titles (migration 13): kept when it has one, removed otherwise.
    [[nodiscard]] Status replaceTitle(const CaseRecord &record, const QString &what,
                                      KeysBefore before);

    StoreConnection &m_connection;
    AuditTrail &m_audit;
    Clock m_clock;
    StatisticsSummaries m_statistics; // each save's summary, in the save's transaction
};

} // namespace foi::core
