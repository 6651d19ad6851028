#pragma once

#include "core/model/Attachment.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

class CaseDocument;

// The files a question's searches cite as evidence: citing an attached file for one search,
// withdrawing a citation, finding the attachment a citation names, and refusing to remove an
// attachment a search still cites. Citing and withdrawing are edits of the open case, so they
// are undone, redone, saved and recorded in the case's history like any other; they never
// add or delete an attachment.
class SearchEvidence
{
public:
    // Cites `attachment` for search `search` of question `question` (rows in the case). False,
    // and nothing changes, when that search already cites a file with the same content or
    // there is no such search.
    static bool cite(CaseDocument &document, qsizetype question, qsizetype search,
                     const Attachment &attachment);
    // Withdraws the citation of the file with `sha256` from that search; the attachment stays.
    static void withdraw(CaseDocument &document, qsizetype question, qsizetype search,
                         const QString &sha256);

    // The attachment among `attachments` (the case's) with the cited content, if any.
    static std::optional<Attachment> find(const EvidenceCitation &citation,
                                          const QList<Attachment> &attachments);
    // What the officer is told of a citation whose file is not among the case's attachments
    // in this store (a case imported, or reviewed, without its files), and how to mend it.
    static QString notInThisStore(const EvidenceCitation &citation);

    // Whether `attachment` may be removed from the case: refused (code "attachment.cited"),
    // naming the questions, while a search cites its content and no other attachment of the
    // case holds the same content.
    [[nodiscard]] static Status mayRemove(const Case &theCase,
                                          const QList<Attachment> &caseAttachments,
                                          const Attachment &attachment);
};

} // namespace foi::core
