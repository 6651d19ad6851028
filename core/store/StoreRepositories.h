#pragma once

#include "core/store/AttachmentRegister.h"
#include "core/store/AuditTrail.h"
#include "core/store/AuthorityMatterRegister.h"
#include "core/store/CaseListReader.h"
#include "core/store/CasePresence.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseSearch.h"
#include "core/store/DisclosureLogRegister.h"
#include "core/store/PersonalDataEraser.h"
#include "core/store/ReleaseRegister.h"
#include "core/store/ReplyArchive.h"
#include "core/store/ReviewRegister.h"
#include "core/store/StatisticsSummaries.h"
#include "core/store/WriteTransaction.h"
#include "core/support/Result.h"

#include <QList>

#include <memory>

namespace foi::core {

class StoreConnection;

// What every case store has, whichever its back end: the repositories (cases, the case list,
// audit, search, replies, attachments, erasure, review, release, the authority's matters, the
// disclosure log, the statistics summaries) built over one connection, the write transaction around
// several of their saves, and the check of the whole store against its audit trail. The SQLite file
// (CaseStore) and the team store on a server (ServerStore) each hold one, over their own
// connection, which must outlive it; the parts only a file has (integrity checks, quarantine,
// backups with SQLite's API) are CaseStore's alone. Used on the thread that opened the
// connection.
class StoreRepositories
{
public:
    StoreRepositories(StoreConnection &connection, const Clock &clock);
    ~StoreRepositories();
    StoreRepositories(const StoreRepositories &) = delete;
    StoreRepositories &operator=(const StoreRepositories &) = delete;

    CaseRepository &cases() { return *m_cases; }
    CaseListReader &caseList() { return *m_caseList; }
    AuditTrail &audit() { return *m_audit; }
    CaseSearch &search() { return *m_search; }
    ReplyArchive &replies() { return *m_replies; }
    AttachmentRegister &attachments() { return *m_attachments; }
    PersonalDataEraser &eraser() { return *m_eraser; }
    ReviewRegister &reviews() { return *m_reviews; }
    ReleaseRegister &releases() { return *m_releases; }
    AuthorityMatterRegister &authorityMatters() { return *m_authorityMatters; }
    DisclosureLogRegister &disclosureLog() { return *m_disclosureLog; }
    StatisticsSummaries &statistics() { return *m_statistics; }
    CasePresence &presence() { return *m_presence; }

    // One write transaction around several saves (see CaseStore::transaction).
    [[nodiscard]] WriteTransaction transaction() { return WriteTransaction(m_connection); }
    // Whether the store was opened only to read (a file opened read-only, or a team store's
    // read-only session): nothing may be saved.
    bool isReadOnly() const;
    // The connection, for the store layer's own whole-store tools (StoreCopy).
    StoreConnection &connection() { return m_connection; }

    // The audit chain, its documents, and every case against the last change the trail
    // recorded for it; also that the chain still passes through each anchor given and each
    // anchor recorded with a sent reply.
    [[nodiscard]] Result<AuditReport> verify(const QList<AuditAnchor> &anchors = {});

private:
    StoreConnection &m_connection;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<CaseListReader> m_caseList;
    std::unique_ptr<CaseSearch> m_search;
    std::unique_ptr<ReplyArchive> m_replies;
    std::unique_ptr<AttachmentRegister> m_attachments;
    std::unique_ptr<PersonalDataEraser> m_eraser;
    std::unique_ptr<ReviewRegister> m_reviews;
    std::unique_ptr<ReleaseRegister> m_releases;
    std::unique_ptr<AuthorityMatterRegister> m_authorityMatters;
    std::unique_ptr<DisclosureLogRegister> m_disclosureLog;
    std::unique_ptr<StatisticsSummaries> m_statistics;
    std::unique_ptr<CasePresence> m_presence;
};

} // namespace foi::core
