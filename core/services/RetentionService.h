#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/support/Result.h"

#include <QDate>
#include <QStringList>

namespace foi::core {

class CaseStore;
class StoreRepositories;

// The retention policy for personal data: the requester's details of cases closed more than
// `years` years before `today` are erased, while the decision record stays. So are the files
// attached as the request as received or as correspondence (the requester's own letters), and
// their kept copies beside the store; search evidence and other files stay with the decision.
// A case on hold (an open internal review, Commissioner investigation or tribunal appeal) is
// left whole and named; so is a case whose matter before the Commissioner or the tribunal closed
// less than `regulatorMatterYears` years ago (a later complaint, appeal or audit may need it).
class RetentionService
{
public:
    struct Outcome
    {
        QStringList erased;
        QStringList onHold; // "REF: why"
        // Kept copies of erased letters that could not be deleted (paths), to delete by hand.
        QStringList copiesLeft;
    };

    static constexpr int regulatorMatterYears = 2;

    // `calendar` counts the due date kept with an erased case (the program's effective one);
    // `contentFolder` is where the store's attachments keep their copies (AttachmentService).
    RetentionService(StoreRepositories &store, QString contentFolder,
                     const WorkingDayCalendar &calendar);
    // A store file's copies are in the folder beside it (AttachmentService::contentFolderFor).
    RetentionService(CaseStore &store, const WorkingDayCalendar &calendar);

    [[nodiscard]] Result<Outcome> eraseExpired(const QDate &today, int years,
                                               const QString &officer);
    // Erases one case's requester now, whatever its age (a request from the data subject).
    // Fails, and erases nothing more, when a kept copy of an erased letter cannot be deleted
    // (the message names it).
    [[nodiscard]] Status eraseCase(const QString &reference, const QString &officer);

private:
    // The content of the letters the erasure dropped; their kept copies go once no case lists
    // them.
    [[nodiscard]] Result<QStringList> eraseOne(const QString &reference, const QString &officer);
    QStringList discardCopies(const QStringList &sha256);
    // Why the case must be kept on `today` although it closed long ago: a Commissioner matter
    // closed less than regulatorMatterYears before; empty when nothing keeps it.
    [[nodiscard]] Result<QString> keptForRegulator(const QString &reference, const QDate &today);

    StoreRepositories &m_store;
    QString m_contentFolder;
    const WorkingDayCalendar &m_calendar;
};

} // namespace foi::core
