#include "core/services/SearchEvidence.h"

#include "core/services/CaseChangeDescriber.h"
#include "core/services/CaseDocument.h"
#include "core/support/CoreText.h"

#include <QCoreApplication>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::SearchEvidence", text);
}

bool hasSearch(const Case &theCase, qsizetype question, qsizetype search)
{
    return question >= 0 && question < theCase.questions.size() && search >= 0 &&
           search < theCase.questions.at(question).determination.searches.size();
}

} // namespace

bool SearchEvidence::cite(CaseDocument &document, qsizetype question, qsizetype search,
                          const Attachment &attachment)
{
    const Case &theCase = document.current();
    if (!hasSearch(theCase, question, search) ||
        theCase.questions.at(question).determination.searches.at(search).cites(attachment.sha256))
        return false;
    const EvidenceCitation citation{attachment.sha256, attachment.fileName};
    document.edit(tr("Cite search evidence \u2018%1\u2019 for %2")
                      .arg(attachment.fileName, theCase.questions.at(question).id),
                  [question, search, citation](Case &c) {
                      c.questions[question].determination.searches[search].evidence.append(
                          citation);
                  });
    return true;
}

void SearchEvidence::withdraw(CaseDocument &document, qsizetype question, qsizetype search,
                              const QString &sha256)
{
    const Case &theCase = document.current();
    if (!hasSearch(theCase, question, search))
        return;
    const QList<EvidenceCitation> &cited =
        theCase.questions.at(question).determination.searches.at(search).evidence;
    const auto found = std::find_if(cited.cbegin(), cited.cend(),
                                    [&sha256](const auto &c) { return c.sha256 == sha256; });
    if (found == cited.cend())
        return;
    document.edit(tr("Withdraw search evidence \u2018%1\u2019 from %2")
                      .arg(found->fileName, theCase.questions.at(question).id),
                  [question, search, sha256](Case &c) {
                      c.questions[question].determination.searches[search].evidence.removeIf(
                          [&sha256](const EvidenceCitation &e) { return e.sha256 == sha256; });
                  });
}

std::optional<Attachment> SearchEvidence::find(const EvidenceCitation &citation,
                                               const QList<Attachment> &attachments)
{
    for (const Attachment &attachment : attachments) {
        if (attachment.sha256 == citation.sha256)
            return attachment;
    }
    return std::nullopt;
}

QString SearchEvidence::notInThisStore(const EvidenceCitation &citation)
{
    return tr("\u2018%1\u2019 is not in this store (SHA-256 %2\u2026). Attach the file to this "
              "case again as search evidence: it is recognised by its content and the citation "
              "is whole again.")
        .arg(citation.fileName, citation.sha256.left(12));
}

Status SearchEvidence::mayRemove(const Case &theCase, const QList<Attachment> &caseAttachments,
                                 const Attachment &attachment)
{
    const bool anotherCopy =
        std::any_of(caseAttachments.cbegin(), caseAttachments.cend(), [&](const Attachment &a) {
            return a.id != attachment.id && a.sha256 == attachment.sha256;
        });
    const QStringList citing = theCase.questionsCitingEvidence(attachment.sha256);
    if (anotherCopy || citing.isEmpty())
        return success();
    const QString message =
        tr("\u2018%1\u2019 was not removed: the searches for %2 cite it as evidence. Withdraw it "
           "from %3 on the Held? step first (a \u201cnot held\u201d answer may rest on it), then "
           "remove the file.")
            .arg(attachment.fileName, CaseChangeDescriber::joinPhrases(citing),
                 citing.size() == 1 ? tr("that question") : tr("each of those questions"));
    return Error::make(QStringLiteral("attachment.cited"), message);
}

} // namespace foi::core
