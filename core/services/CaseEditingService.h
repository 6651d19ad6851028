#pragma once

#include "core/intake/ReferenceAllocator.h"
#include "core/law/Provision.h"
#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/model/CaseEditor.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace foi::core {

class StoreRepositories;
struct CaseRecord;

// What the officer's workbench does with whole cases: log a new request under the next
// reference the authority's pattern gives, open a case from the store, and save it (one
// audited transaction, in the officer's name). Errors are the store's or the case file's,
// with messages a person understands; a failed save leaves the stored case as it was. The due
// date stored with a case is counted with `calendar`, the program's effective one.
class CaseEditingService
{
public:
    CaseEditingService(StoreRepositories &store, ReferenceAllocator allocator,
                       const WorkingDayCalendar &calendar);

    void setOfficer(const QString &officer) { m_officer = officer; }
    const QString &officer() const { return m_officer; }
    void setAllocator(ReferenceAllocator allocator) { m_allocator = std::move(allocator); }

    // The next free reference for a request received on `received`: one past the highest
    // running number among the stored cases received in the same year (never below the
    // allocator's first number), and past any number whose reference is taken already (a case
    // received in another year under it, or a case deleted as created in error).
    [[nodiscard]] Result<QString> nextReference(const QDate &received);

    // Whether the officer may give a new case `reference`: ReferenceAllocator::checkTyped, and
    // not taken already (code "reference.taken", naming the next free one).
    [[nodiscard]] Status checkNewReference(const QString &reference, const QDate &received);

    // Creates and saves a new case received on `received` for `authority`, with its reference.
    [[nodiscard]] Result<Case> logNewRequest(const QDate &received, const Authority &authority);
    // The same with the authority's own reference (the next one when empty, else checked by
    // checkNewReference) and a title (the subject; may be empty).
    [[nodiscard]] Result<Case> logNewRequest(const QDate &received, const Authority &authority,
                                             const QString &reference, const QString &title);

    // Opens a case, remembering the version read: the next save of it is based on that version.
    [[nodiscard]] Result<Case> open(const QString &reference);
    // True when the store holds at least one case, whatever its status: the GUI shows how to
    // start only when there is truly nothing yet.
    [[nodiscard]] Result<bool> hasCases();
    // Saves the case, based on the version this service last opened or saved of it (none for a
    // case it has not seen: that save does not check). When another officer saved the case
    // since, the save is refused with StoreErrorCode::Changed (saying who and when) and nothing
    // is changed: open() reads their version, and the caller keeps what the officer typed.
    // When a team store's server cannot be reached the save fails with
    // StoreErrorCode::Unreachable and can be made again: a save whose answer was lost with the
    // connection after the server had kept it is recognised as this service's own (the stored
    // case is the document it wrote, one version on), not refused as another officer's change.
    [[nodiscard]] Status save(const Case &theCase);
    // The case as stored now and its version, without basing the next save on it (a refused
    // save's other version, shown to the officer before they choose: SaveConflict).
    struct StoredVersion
    {
        Case theCase;
        qint64 version = 0;
    };
    [[nodiscard]] Result<StoredVersion> stored(const QString &reference);
    // Bases the next save of `reference` on `version`: the officer has seen that version and
    // chosen (SaveConflict::keepMine, or taking the other officer's version).
    void rebase(const QString &reference, qint64 version) { m_versions.insert(reference, version); }
    // On a team store, says that the officer has `reference` open (from now), for other
    // officers opening it to see (CasePresence); leaving it, or opening another, ends that.
    // Does nothing on a store file, which is one officer's.
    [[nodiscard]] Status announceOpen(const QString &reference);
    [[nodiscard]] Status announceClosed();
    // The other officers who have `reference` open now, longest open first (none on a file).
    [[nodiscard]] Result<QList<CaseEditor>> othersEditing(const QString &reference);
    // The version of the case this service last opened or saved; none when it has not seen it.
    std::optional<qint64> versionOf(const QString &reference) const;

private:
    // A save that failed with StoreErrorCode::Unreachable, which the server may have kept all
    // the same (its COMMIT reached it, the answer did not come back).
    struct InDoubtSave
    {
        std::optional<qint64> basedOn;
        QByteArray document;
    };

    // The save in one transaction, based on record.basedOnVersion; the version saved.
    [[nodiscard]] Result<qint64> saveOnce(const Case &theCase, const CaseRecord &record);
    // True, taking the stored version as read, when the stored case is the in-doubt save of
    // `reference` made by this service.
    bool ownInDoubtSaveWasKept(const QString &reference);

    StoreRepositories &m_store;
    ReferenceAllocator m_allocator;
    const WorkingDayCalendar &m_calendar;
    QString m_officer;
    // The version of each case as this service last read or wrote it, by reference.
    QHash<QString, qint64> m_versions;
    QHash<QString, InDoubtSave> m_inDoubt;
};

} // namespace foi::core
