#pragma once

#include "model/Case.h"
#include "reply/AuthorityProfile.h"
#include "store/SentReply.h"
#include "support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace foi::core {

class CaseStore;

// Sending the final reply: render it, refuse while the checker finds errors (only a DRAFT may
// leave then), write it atomically where the officer asked, and only once the file is safely
// written keep its bytes and SHA-256 with the case as the next reply version. A file that cannot
// be written records nothing.
class SentReplyService
{
public:
    struct Sent
    {
        SentReply reply;
        int version = 0; // 1 for the first reply sent on the case
    };

    explicit SentReplyService(CaseStore &store);

    [[nodiscard]] Result<Sent> sendFinal(const Case &theCase, const AuthorityProfile &authority,
                                         const QDate &letterDate, const QString &path,
                                         const QString &officer);

    // What was sent on the case, oldest (version 1) first.
    [[nodiscard]] Result<QList<SentReply>> history(const QString &reference);
    // Exactly the bytes sent; fails when they no longer match their hash or were erased.
    [[nodiscard]] Result<QByteArray> content(const SentReply &reply);

private:
    CaseStore &m_store;
};

} // namespace foi::core
