#include "core/rules/DisclosureLogDraft.h"

#include "core/rules/PersonalDataScan.h"
#include "core/rules/RequestOutcomeRule.h"

namespace foi::core {

namespace {

const QString requestField = u"request"_qs;
const QString replyField = u"reply"_qs;

QString describe(const DisclosureLogEntry &entry, const PersonalDataHit &hit)
{
    return u"case %1, hit %2 (%3, in the %4 text at character %5)"_qs
        .arg(entry.reference, hit.id, personalDataKindCode(hit.kind), hit.field)
        .arg(hit.start + 1);
}

QString publishedName(const PublishedFile &file, int index, const Requester &requester)
{
    if (PersonalDataScan::scan(file.name, u"file"_qs, requester).isEmpty())
        return file.name;
    const qsizetype dot = file.name.lastIndexOf(u'.');
    QString extension = dot > 0 ? file.name.mid(dot) : QString();
    if (!PersonalDataScan::scan(extension, u"file"_qs, requester).isEmpty())
        extension.clear();
    return u"released-file-%1%2"_qs.arg(index).arg(extension);
}

// Scans `text` and replaces the requester's own details by the marker at once: they are never
// kept, so the entry never holds them. Their hits stay, decided "redact", empty, on the marker;
// the other hits are moved to where they now stand and left for the officer.
QList<PersonalDataHit> scanned(QString &text, const QString &field, const Requester &requester)
{
    QList<PersonalDataHit> hits = PersonalDataScan::scan(text, field, requester);
    QString stored;
    qsizetype copiedTo = 0;
    for (PersonalDataHit &hit : hits) {
        stored += text.mid(copiedTo, hit.start - copiedTo);
        copiedTo = hit.start + hit.length;
        hit.start = stored.size();
        if (isRequesterDetail(hit.kind)) {
            stored += PersonalDataScan::marker();
            hit.length = PersonalDataScan::marker().size();
            hit.text.clear();
            hit.decision = HitDecision::Redact;
        } else {
            stored += hit.text;
        }
    }
    stored += text.mid(copiedTo);
    text = stored;
    return hits;
}

} // namespace

QString DisclosureLogDraft::cabinetOfficeOutcome(RequestOutcome outcome)
{
    switch (outcome) {
    case RequestOutcome::GrantedInFull:
    case RequestOutcome::PartlyDisclosedPartlyNotHeld:
        return u"Granted in full"_qs;
    case RequestOutcome::PartlyDisclosedPartlyRefused:
        return u"Partially withheld"_qs;
    case RequestOutcome::RefusedInFull:
        return u"Withheld in full"_qs;
    case RequestOutcome::RefusedNotHeld:
        return u"Information not held"_qs;
    case RequestOutcome::LapsedOrWithdrawn:
        return u"Lapsed or withdrawn"_qs;
    case RequestOutcome::NotYetProcessed:
        return u"Not yet processed"_qs;
    }
    return {};
}

QString DisclosureLogDraft::replyTextOf(const Case &theCase)
{
    if (!theCase.reply.sent.isEmpty() && !theCase.reply.sent.constLast().decision.isEmpty())
        return theCase.reply.sent.constLast().decision.join(u"\n\n"_qs);
    QStringList paragraphs;
    for (const Question &question : theCase.questions) {
        QString paragraph = u"%1. %2"_qs.arg(question.id, question.text.trimmed());
        if (!question.determination.answer.trimmed().isEmpty())
            paragraph += u"\n"_qs + question.determination.answer.trimmed();
        paragraphs.append(paragraph);
    }
    return paragraphs.join(u"\n\n"_qs);
}

Result<DisclosureLogEntry> DisclosureLogDraft::prepare(const Case &theCase,
                                                       const QList<PublishedFile> &released,
                                                       int version, const QString &officer,
                                                       const QDate &today)
{
    if (theCase.reply.sent.isEmpty())
        return Error::make(
            u"disclosure-log.not-closed"_qs,
            u"Case %1 has no sent reply, so it cannot go in the disclosure log: "
            "send the reply first (the log publishes answered requests only)."_qs.arg(
                theCase.reference));
    DisclosureLogEntry entry;
    entry.reference = theCase.reference;
    entry.version = version;
    entry.title = theCase.title;
    entry.regime = theCase.regime;
    entry.received = theCase.dateOfReceipt;
    entry.answered = theCase.reply.sent.constFirst().sentOn;
    entry.outcome = cabinetOfficeOutcome(RequestOutcomeRule::of(theCase));
    entry.exemptions = RequestOutcomeRule::exemptionsOf(theCase);
    entry.requestText = theCase.requestText;
    entry.replyText = replyTextOf(theCase);
    entry.hits = scanned(entry.requestText, requestField, theCase.requester) +
                 scanned(entry.replyText, replyField, theCase.requester);
    // The title is published as it is: a title that names the requester is redacted whole.
    if (!PersonalDataScan::scan(entry.title, u"title"_qs, theCase.requester).isEmpty())
        entry.title = PersonalDataScan::marker();
    for (qsizetype i = 0; i < released.size(); ++i) {
        PublishedFile file = released[i];
        file.name = publishedName(file, int(i + 1), theCase.requester);
        entry.files.append(file);
    }
    entry.preparedBy = officer;
    entry.preparedOn = today;
    return entry;
}

Result<DisclosureLogEntry> DisclosureLogDraft::resolve(const DisclosureLogEntry &entry,
                                                       const QString &hitId, HitDecision decision,
                                                       const QString &reason)
{
    DisclosureLogEntry changed = entry;
    for (PersonalDataHit &hit : changed.hits) {
        if (hit.id != hitId)
            continue;
        if (decision == HitDecision::Keep && isRequesterDetail(hit.kind))
            return Error::make(u"disclosure-log.keep-requester"_qs,
                               u"Hit %1 of case %2 is the requester's own detail (%3): it is "
                               "never published (FOIA s40(2)). Redact it."_qs.arg(
                                   hitId, entry.reference, personalDataKindCode(hit.kind)));
        if (decision == HitDecision::Keep && reason.trimmed().isEmpty())
            return Error::make(
                u"disclosure-log.reason-missing"_qs,
                u"Say why hit %1 of case %2 may be published as it is (for example "
                "\"the authority's own published switchboard\")."_qs.arg(hitId, entry.reference));
        hit.decision = decision;
        hit.reason = decision == HitDecision::Keep ? reason.trimmed() : QString();
        return changed;
    }
    return Error::make(u"disclosure-log.no-such-hit"_qs,
                       u"Case %1's disclosure log entry has no hit \"%2\": list the hits with "
                       "\"disclosure-log show %1\"."_qs.arg(entry.reference, hitId));
}

Status DisclosureLogDraft::checkResolved(const DisclosureLogEntry &entry)
{
    for (const PersonalDataHit &hit : entry.hits)
        if (hit.decision == HitDecision::Unresolved)
            return Error::make(u"disclosure-log.unresolved-hit"_qs,
                               u"Personal data not yet resolved: %1. Redact it or keep it with "
                               "a reason before it is published."_qs.arg(describe(entry, hit)));
    return success();
}

QString DisclosureLogDraft::publishedText(const DisclosureLogEntry &entry, const QString &field)
{
    const QString &text = field == requestField ? entry.requestText : entry.replyText;
    return PersonalDataScan::redacted(text, field, entry.hits);
}

} // namespace foi::core
