#include "core/services/CaseRecordMapper.h"

#include "core/model/CaseFileWriter.h"
#include "core/model/CaseOutcome.h"
#include "core/model/Codes.h"
#include "core/model/RequesterKeys.h"
#include "core/rules/CaseDeadline.h"
#include "core/rules/StatisticsRecords.h"

#include <QJsonDocument>

namespace foi::core {

CaseRecord CaseRecordMapper::toRecord(const Case &theCase, const WorkingDayCalendar &calendar)
{
    CaseRecord record;
    record.reference = theCase.reference;
    record.title = theCase.title.trimmed();
    record.regime = regimeCode(theCase.regime);
    record.dateReceived = theCase.dateOfReceipt;
    record.dueDate = CaseDeadline::due(theCase, calendar);
    const Outcome outcome = CaseOutcome::ofCase(theCase);
    record.outcome = CaseOutcome::codeOf(theCase); // what the reply did, in every part
    if (theCase.reply.sentOn.isValid()) {
        record.status = QStringLiteral("closed");
        record.closedOn = theCase.reply.sentOn;
    } else if (const std::optional<LifecycleEvent> closure = theCase.closure()) {
        // Withdrawn or lapsed: closed on that day, counted by its outcome code.
        record.status = QStringLiteral("closed");
        record.closedOn = closure->on;
    } else if (outcome == Outcome::Lapsed || outcome == Outcome::Withdrawn) {
        record.status = QStringLiteral("closed");
    } else {
        record.status = QStringLiteral("open");
    }
    record.requesterName = theCase.requester.name;
    record.requesterKeys = RequesterKeys(theCase.requester).lookupKeys();
    // The title is searched with the request's words: it says what the request is about.
    record.requestText = record.title.isEmpty()
                             ? theCase.requestText
                             : record.title + QStringLiteral("\n\n") + theCase.requestText;
    QStringList questions;
    QStringList answers;
    for (const Question &question : theCase.questions) {
        questions.append(question.text);
        if (!question.determination.answer.isEmpty())
            answers.append(question.determination.answer);
    }
    record.questionsText = questions.join(QLatin1Char('\n'));
    record.answersText = answers.join(QLatin1Char('\n'));
    QStringList reasons;
    for (const ExemptionClaim &claim : theCase.claims) {
        reasons.append(claim.reason);
        if (claim.prejudice)
            reasons << claim.prejudice->interest << claim.prejudice->harm;
        if (claim.publicInterest)
            reasons << claim.publicInterest->favouringDisclosure
                    << claim.publicInterest->favouringExemption << claim.publicInterest->balance;
        if (claim.qualifiedPersonOpinion)
            reasons.append(claim.qualifiedPersonOpinion->opinion);
        if (claim.legitimateInterests)
            reasons << claim.legitimateInterests->legitimateInterest
                    << claim.legitimateInterests->necessity
                    << claim.legitimateInterests->balancingTest;
    }
    reasons.append(theCase.ncndHarm);
    reasons.removeAll(QString());
    record.reasonsText = reasons.join(QLatin1Char('\n'));
    record.requesterEmail = theCase.requester.email;
    record.language = theCase.languageOfCorrespondence;
    record.document = documentOf(theCase);
    record.statistics = StatisticsRecords::of(theCase, calendar);
    record.statisticsCalendar = calendar.fingerprint();
    return record;
}

QByteArray CaseRecordMapper::documentOf(const Case &theCase)
{
    // Compact: the store holds the document and its audit snapshot, a million times over.
    return QJsonDocument(CaseFileWriter::write(theCase)).toJson(QJsonDocument::Compact);
}

Case CaseRecordMapper::withoutRequester(Case theCase)
{
    theCase.requester = Requester{};
    return theCase;
}

} // namespace foi::core
