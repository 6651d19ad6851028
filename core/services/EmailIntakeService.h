#pragma once

#include "core/intake/DissatisfactionWords.h"
#include "core/mail/EmailReader.h"
#include "core/services/EmailIntake.h"
#include "core/support/Result.h"

#include <QString>

namespace foi::core {

class AttachmentService;
class CaseEditingService;
class StoreRepositories;
class MatterService;

// Requests that arrive by email (docs/email-intake.md). plan() reads an .eml file and works out,
// saving nothing, what it would become: the date of receipt and where it came from (the topmost
// Received header, else the Date header, saying so), the requester (From, with Reply-To's
// address when given), the request text (the plain text part, else the HTML converted) and its
// questions as QuestionSplitter proposes them, the attached files, and whether it belongs to a
// case already in the store (a Message-ID filed with the case, the case's reference in the
// subject, or the case's WhatDoTheyKnow request address), with what to offer for it:
// the awaited clarification, an internal review when the words show dissatisfaction, else
// correspondence. apply() does what the officer chose: a new case (channel email) with the
// message kept as "the request as received" and every file beside it; or, for a case of the
// thread, the message filed as correspondence, the clarification recorded (the clock restarts,
// s10(6)(b)), or an internal review opened from the message's date of receipt through
// MatterService. Errors are values with messages saying what to do; a refusal saves nothing.
// Files are attached after the case change is saved: an attachment that fails is reported and
// the change stays.
class EmailIntakeService
{
public:
    EmailIntakeService(StoreRepositories &store, CaseEditingService &cases,
                       AttachmentService &attachments, MatterService &matters, EmailReader reader,
                       DissatisfactionWords words);

    [[nodiscard]] Result<EmailIntakePlan> plan(const QString &emlPath);
    [[nodiscard]] Result<EmailIntakeResult> apply(const EmailIntakePlan &plan,
                                                  const EmailIntakeChoice &choice);

private:
    void findThread(EmailIntakePlan &plan);
    void suggest(EmailIntakePlan &plan);
    [[nodiscard]] Result<EmailIntakeResult>
    createCase(const EmailIntakePlan &plan, const EmailIntakeChoice &choice, const QDate &received);
    [[nodiscard]] Status recordClarification(const QString &reference, const QDate &received,
                                             const EmailIntakePlan &plan);
    [[nodiscard]] Status attachAll(const EmailIntakePlan &plan, EmailIntakeResult &result,
                                   AttachmentKind messageKind);

    StoreRepositories &m_store;
    CaseEditingService &m_cases;
    AttachmentService &m_attachments;
    MatterService &m_matters;
    EmailReader m_reader;
    DissatisfactionWords m_words;
};

} // namespace foi::core
