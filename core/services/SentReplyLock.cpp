#include "core/services/SentReplyLock.h"

#include "core/support/CoreText.h"

#include <QCoreApplication>
#include <QLocale>

namespace foi::core {

namespace {

QString tr(const char *text)
{
    return coreText("foi::core::SentReplyLock", text);
}

} // namespace

bool SentReplyLock::isLocked(const Case &theCase)
{
    return !theCase.reply.sent.isEmpty() && !openAmendment(theCase);
}

std::optional<Amendment> SentReplyLock::openAmendment(const Case &theCase)
{
    if (theCase.reply.amendments.isEmpty() || !theCase.reply.amendments.constLast().isOpen())
        return std::nullopt;
    return theCase.reply.amendments.constLast();
}

std::optional<SentLetter> SentReplyLock::lastSent(const Case &theCase)
{
    if (theCase.reply.sent.isEmpty())
        return std::nullopt;
    return theCase.reply.sent.constLast();
}

Case SentReplyLock::decisionOf(const Case &theCase)
{
    Case decision = theCase;
    decision.reply.sent.clear();
    decision.reply.amendments.clear();
    decision.reply.sentOn = {};
    decision.outcomeOverride.reset();
    // Neither the title nor a later withdrawal is part of the decision a letter gave.
    decision.title.clear();
    decision.lifecycle.clear();
    // The case's life after the reply (reviews, the Commissioner) is recorded on a sent case
    // without amending the decision it reviews.
    decision.internalReviews.clear();
    decision.commissionerMatters.clear();
    return decision;
}

Status SentReplyLock::allowsChange(const Case &before, const Case &after)
{
    if (!isLocked(before) || decisionOf(before) == decisionOf(after))
        return success();
    const SentLetter sent = *lastSent(before);
    return Error::make(
        QStringLiteral("reply.locked"),
        tr("Reply version %1 of %2 was sent on %3, so its decision is locked and "
           "was not changed. To change it, use \"Amend after sending\" on the "
           "case, give the reason, and then send the correction letter.")
            .arg(sent.version)
            .arg(before.reference, QLocale(QLocale::English, QLocale::UnitedKingdom)
                                       .toString(sent.sentOn, QStringLiteral("d MMMM yyyy"))));
}

Result<Case> SentReplyLock::amend(const Case &theCase, const QString &reason,
                                  const QString &officer, const QDate &today)
{
    if (theCase.reply.sent.isEmpty())
        return Error::make(QStringLiteral("amend.not-sent"),
                           tr("No reply has been sent on %1 yet, so there is nothing to amend: "
                              "change the decision directly.")
                               .arg(theCase.reference));
    if (openAmendment(theCase))
        return Error::make(QStringLiteral("amend.already-open"),
                           tr("An amendment of %1 is already open: change the decision, then "
                              "send its correction letter from the Reply step.")
                               .arg(theCase.reference));
    if (reason.trimmed().isEmpty())
        return Error::make(QStringLiteral("amend.no-reason"),
                           tr("Say why the decision is changed after the reply was sent: the "
                              "reason is kept in the case's history and explained in the "
                              "correction letter."));
    Case amended = theCase;
    amended.reply.amendments.append(
        Amendment{today, officer, reason.trimmed(), theCase.reply.sent.constLast().version, 0, {}});
    return amended;
}

Case SentReplyLock::recordSent(const Case &theCase, const SentLetter &letter)
{
    Case recorded = theCase;
    if (!recorded.reply.sentOn.isValid())
        recorded.reply.sentOn = letter.sentOn;
    if (letter.correction && openAmendment(recorded))
        recorded.reply.amendments.last().correctionVersion = letter.version;
    recorded.reply.sent.append(letter);
    return recorded;
}

} // namespace foi::core
