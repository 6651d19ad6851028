#pragma once

#include "core/services/ReplyService.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/model/SentReply.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/SendReadiness.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

class StoreRepositories;

// Sending the final reply: refuse unless SendReadiness says it may go (the checker finds no
// errors, the authority can sign, the review does not hold it back, and nothing was sent since
// the decision was last settled), render it, write it atomically where the officer asked, and
// only once the file is safely written keep its bytes and SHA-256 with the case as the next
// reply version. While an amendment after sending is open, what is sent is the correction
// letter, which refers to the letter it corrects. A file that cannot be written records nothing.
class SentReplyService
{
public:
    struct Sent
    {
        SentReply reply;
        int version = 0;   // 1 for the first reply sent on the case
        SentLetter letter; // what to record in the case (SentReplyLock::recordSent)
    };

    // `law` is the program's effective law data: the checker that decides readiness and the
    // letter's DRAFT mark counts the due date with its calendar and reads its catalogue.
    SentReplyService(StoreRepositories &store, const ReplyService::Law &law);

    const ReplyService::Law &law() const { return m_law; }
    const WorkingDayCalendar &calendar() const { return m_law.calendar; }

    // Whether the case's reply may be exported as final now, and every reason it may not.
    [[nodiscard]] Result<SendReadiness> readiness(const Case &theCase,
                                                  const Result<AuthorityProfile> &authority,
                                                  const QDate &letterDate);

    // Sends the reply (or, while an amendment is open, the correction letter). When readiness
    // holds it back only for review reasons, a non-blank `overrideReason` sends it anyway and
    // the reason is kept in the audit trail with the sent reply.
    [[nodiscard]] Result<Sent> sendFinal(const Case &theCase, const AuthorityProfile &authority,
                                         const QDate &letterDate, const QString &path,
                                         const QString &officer, const QString &overrideReason);

    // What was sent on the case, oldest (version 1) first.
    [[nodiscard]] Result<QList<SentReply>> history(const QString &reference);
    // Exactly the bytes sent; fails when they no longer match their hash or were erased.
    [[nodiscard]] Result<QByteArray> content(const SentReply &reply);

private:
    StoreRepositories &m_store;
    ReplyService::Law m_law;
};

} // namespace foi::core
