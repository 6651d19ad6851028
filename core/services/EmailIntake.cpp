#include "core/services/EmailIntake.h"

namespace foi::core {

QString intakeActionCode(IntakeAction action)
{
    switch (action) {
    case IntakeAction::NewCase:
        return QStringLiteral("new-case");
    case IntakeAction::Correspondence:
        return QStringLiteral("correspondence");
    case IntakeAction::Clarification:
        return QStringLiteral("clarification");
    case IntakeAction::InternalReview:
        return QStringLiteral("internal-review");
    }
    return {};
}

QString receiptSourceCode(ReceiptSource source)
{
    switch (source) {
    case ReceiptSource::ReceivedHeader:
        return QStringLiteral("received-header");
    case ReceiptSource::DateHeader:
        return QStringLiteral("date-header");
    case ReceiptSource::Officer:
        return QStringLiteral("officer");
    case ReceiptSource::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString threadLinkCode(ThreadLink link)
{
    switch (link) {
    case ThreadLink::None:
        return QStringLiteral("none");
    case ThreadLink::MessageId:
        return QStringLiteral("message-id");
    case ThreadLink::ReferenceInSubject:
        return QStringLiteral("reference-in-subject");
    case ThreadLink::WhatDoTheyKnow:
        return QStringLiteral("whatdotheyknow");
    }
    return {};
}

} // namespace foi::core
