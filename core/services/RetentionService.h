#pragma once

#include "support/Result.h"

#include <QDate>
#include <QStringList>

namespace foi::core {

class CaseStore;

// The retention policy for personal data: the requester's details of cases closed more than
// `years` years before `today` are erased, while the decision record stays. A case on hold (an
// open internal review, Commissioner investigation or tribunal appeal) is left whole and named.
class RetentionService
{
public:
    struct Outcome
    {
        QStringList erased;
        QStringList onHold; // "REF: why"
    };

    explicit RetentionService(CaseStore &store);

    [[nodiscard]] Result<Outcome> eraseExpired(const QDate &today, int years,
                                               const QString &officer);
    // Erases one case's requester now, whatever its age (a request from the data subject).
    [[nodiscard]] Status eraseCase(const QString &reference, const QString &officer);

private:
    [[nodiscard]] Status eraseOne(const QString &reference, const QString &officer);

    CaseStore &m_store;
};

} // namespace foi::core
