#include "core/store/StoreRepositories.h"

#include "core/store/StoreConnection.h"

namespace foi::core {

StoreRepositories::StoreRepositories(StoreConnection &connection, const Clock &clock)
    : m_connection(connection)
    , m_audit(std::make_unique<AuditTrail>(connection, clock))
    , m_cases(std::make_unique<CaseRepository>(connection, *m_audit, clock))
    , m_caseList(std::make_unique<CaseListReader>(connection))
    , m_search(std::make_unique<CaseSearch>(connection))
    , m_replies(std::make_unique<ReplyArchive>(connection, *m_audit, clock))
    , m_attachments(std::make_unique<AttachmentRegister>(connection, *m_audit, clock))
    , m_eraser(std::make_unique<PersonalDataEraser>(connection, *m_audit, clock))
    , m_reviews(std::make_unique<ReviewRegister>(connection, *m_audit, clock))
    , m_releases(std::make_unique<ReleaseRegister>(connection, *m_audit, clock))
    , m_authorityMatters(std::make_unique<AuthorityMatterRegister>(connection, *m_audit))
    , m_disclosureLog(std::make_unique<DisclosureLogRegister>(connection, *m_audit, clock))
    , m_statistics(std::make_unique<StatisticsSummaries>(connection))
    , m_presence(std::make_unique<CasePresence>(connection))
{}

StoreRepositories::~StoreRepositories() = default;

Result<AuditReport> StoreRepositories::verify(const QList<AuditAnchor> &anchors)
{
    Result<QList<AuditAnchor>> recorded = m_replies->recordedAnchors();
    if (!recorded)
        return recorded.error();
    Result<AuditReport> report = m_audit->verify(anchors + *recorded);
    if (!report || !report->intact)
        return report;
    Result<QString> differing = m_cases->firstCaseDifferingFromAudit();
    if (!differing)
        return differing.error();
    if (!differing->isEmpty()) {
        report->intact = false;
        report->problem = QStringLiteral("case %1 was changed outside the workbench: it is not "
                                         "what the audit trail last recorded for it")
                              .arg(*differing);
    }
    return report;
}

bool StoreRepositories::isReadOnly() const
{
    return m_connection.access() == StoreConnection::Access::ReadOnly;
}

} // namespace foi::core
