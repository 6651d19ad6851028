#include "SentReplyService.h"

#include "reply/AtomicFile.h"
#include "services/ReplyService.h"
#include "store/CaseStore.h"
#include "store/ReplyArchive.h"

#include <QFileInfo>

namespace foi::core {

SentReplyService::SentReplyService(CaseStore &store)
    : m_store(store)
{}

Result<SentReplyService::Sent>
SentReplyService::sendFinal(const Case &theCase, const AuthorityProfile &authority,
                            const QDate &letterDate, const QString &path, const QString &officer)
{
    const Result<ReplyService::Rendered> rendered =
        ReplyService::render(theCase, authority, letterDate, ReplyService::Format::Pdf);
    if (!rendered)
        return rendered.error();
    if (rendered->draft)
        return Error::make(QStringLiteral("reply.draft"),
                           QObject::tr("The checker still finds errors in %1, so its reply can "
                                       "only be a DRAFT. Fix the errors listed in the findings "
                                       "panel, then export the final reply.")
                               .arg(theCase.reference));
    // The file first: a reply recorded as sent must be one the officer actually has.
    if (const Status written = AtomicFile::write(path, rendered->bytes); !written)
        return Error::make(
            written.error().code,
            QObject::tr("%1 The reply was not recorded as sent.").arg(written.error().message),
            written.error().detail);
    const Result<SentReply> recorded =
        m_store.replies().record(theCase.reference, rendered->bytes, QFileInfo(path).fileName(),
                                 QStringLiteral("application/pdf"), officer);
    if (!recorded)
        return Error::make(recorded.error().code,
                           QObject::tr("%1 was written, but could not be recorded as sent: %2 "
                                       "Do not send it yet; export the final reply again.")
                               .arg(QFileInfo(path).fileName(), recorded.error().message),
                           recorded.error().detail);
    const Result<QList<SentReply>> sent = history(theCase.reference);
    if (!sent)
        return sent.error();
    return Sent{*recorded, static_cast<int>(sent->size())};
}

Result<QList<SentReply>> SentReplyService::history(const QString &reference)
{
    return m_store.replies().repliesTo(reference);
}

Result<QByteArray> SentReplyService::content(const SentReply &reply)
{
    if (reply.erased)
        return Error::make(QStringLiteral("reply.erased"),
                           QObject::tr("The requester's details were erased from this reply, so "
                                       "only its record and SHA-256 remain."));
    return m_store.replies().content(reply.id);
}

} // namespace foi::core
