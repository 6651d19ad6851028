#include "core/model/CaseFileWriter.h"

#include "core/model/CaseFile.h"
#include "core/model/Codes.h"
#include "core/model/JsonFieldWriter.h"
#include "core/model/MatterFile.h"

#include <QJsonArray>

namespace foi::core {

using json::putDate;
using json::putFlag;
using json::putText;
using json::putTexts;

QJsonObject CaseFileWriter::write(const Case &theCase)
{
    QJsonObject root;
    root.insert(QStringLiteral("formatVersion"), CaseFile::versionFor(theCase));
    root.insert(QStringLiteral("reference"), theCase.reference);
    putText(root, QStringLiteral("title"), theCase.title);
    root.insert(QStringLiteral("regime"), regimeCode(theCase.regime));
    QJsonObject authority{{QStringLiteral("kind"), toCode(theCase.authority.kind)}};
    putText(authority, QStringLiteral("name"), theCase.authority.name);
    root.insert(QStringLiteral("authority"), authority);
    putDate(root, QStringLiteral("dateOfReceipt"), theCase.dateOfReceipt);
    root.insert(QStringLiteral("channel"), toCode(theCase.channel));
    QJsonObject requester;
    putText(requester, QStringLiteral("name"), theCase.requester.name);
    putText(requester, QStringLiteral("addressForCorrespondence"),
            theCase.requester.addressForCorrespondence);
    putText(requester, QStringLiteral("email"), theCase.requester.email);
    root.insert(QStringLiteral("requester"), requester);
    putText(root, QStringLiteral("requestText"), theCase.requestText);
    // Optional, and absent for English, so an English case's file is as it always was.
    if (theCase.languageOfCorrespondence != LetterLanguage::English)
        root.insert(QStringLiteral("languageOfCorrespondence"),
                    letterLanguageCode(theCase.languageOfCorrespondence));
    QJsonArray clock;
    for (const ClockChange &event : theCase.clockChanges) {
        QJsonObject entry{{QStringLiteral("kind"), toCode(event.kind)}};
        putDate(entry, QStringLiteral("date"), event.date);
        putDate(entry, QStringLiteral("estimatedDecisionDate"), event.estimatedDecisionDate);
        putText(entry, QStringLiteral("note"), event.note);
        clock.append(entry);
    }
    if (!clock.isEmpty())
        root.insert(QStringLiteral("clockChanges"), clock);
    QJsonArray questions;
    for (const Question &question : theCase.questions)
        questions.append(writeQuestion(question));
    root.insert(QStringLiteral("questions"), questions);
    QJsonArray claims;
    for (const ExemptionClaim &claim : theCase.claims)
        claims.append(writeClaim(claim));
    if (!claims.isEmpty())
        root.insert(QStringLiteral("claims"), claims);
    putText(root, QStringLiteral("ncndHarm"), theCase.ncndHarm);
    if (theCase.costEstimate)
        root.insert(QStringLiteral("costEstimate"), writeCostEstimate(*theCase.costEstimate));
    putText(root, QStringLiteral("vexatiousReasons"), theCase.vexatiousReasons);
    putText(root, QStringLiteral("adviceAndAssistance"), theCase.adviceAndAssistance);
    const QJsonObject reply = writeReply(theCase.reply);
    if (!reply.isEmpty())
        root.insert(QStringLiteral("reply"), reply);
    if (theCase.outcomeOverride)
        root.insert(QStringLiteral("outcomeOverride"), toCode(*theCase.outcomeOverride));
    QJsonArray lifecycle;
    for (const LifecycleEvent &event : theCase.lifecycle) {
        QJsonObject entry{{QStringLiteral("kind"), toCode(event.kind)}};
        putDate(entry, QStringLiteral("on"), event.on);
        putText(entry, QStringLiteral("reason"), event.reason);
        putText(entry, QStringLiteral("officer"), event.officer);
        lifecycle.append(entry);
    }
    if (!lifecycle.isEmpty())
        root.insert(QStringLiteral("lifecycle"), lifecycle);
    MatterFileWriter::write(theCase, root);
    return root;
}

QJsonObject CaseFileWriter::writeQuestion(const Question &question)
{
    QJsonObject object{{QStringLiteral("id"), question.id},
                       {QStringLiteral("text"), question.text}};
    if (question.condition)
        object.insert(
            QStringLiteral("condition"),
            QJsonObject{{QStringLiteral("question"), question.condition->question},
                        {QStringLiteral("proceedIf"), toCode(question.condition->proceedIf)}});
    if (question.personalData != DataSubject::Unstated)
        object.insert(QStringLiteral("personalData"), toCode(question.personalData));
    const Determination &determination = question.determination;
    QJsonObject decided{{QStringLiteral("holding"), toCode(determination.holding)}};
    if (determination.communication != Communication::NotApplicable)
        decided.insert(QStringLiteral("communication"), toCode(determination.communication));
    if (determination.closedAnswer != ClosedAnswer::Unanswered)
        decided.insert(QStringLiteral("closedAnswer"), toCode(determination.closedAnswer));
    putText(decided, QStringLiteral("answer"), determination.answer);
    putText(decided, QStringLiteral("availableAt"), determination.availableAt);
    QJsonArray searches;
    for (const SearchRecord &search : determination.searches) {
        QJsonObject entry{{QStringLiteral("where"), search.where}};
        putText(entry, QStringLiteral("searchedBy"), search.searchedBy);
        putText(entry, QStringLiteral("terms"), search.terms);
        putDate(entry, QStringLiteral("searchedOn"), search.searchedOn);
        QJsonArray evidence;
        for (const EvidenceCitation &citation : search.evidence)
            evidence.append(QJsonObject{{QStringLiteral("sha256"), citation.sha256},
                                        {QStringLiteral("fileName"), citation.fileName}});
        if (!evidence.isEmpty())
            entry.insert(QStringLiteral("evidence"), evidence);
        searches.append(entry);
    }
    if (!searches.isEmpty())
        decided.insert(QStringLiteral("searches"), searches);
    object.insert(QStringLiteral("determination"), decided);
    return object;
}

QJsonObject CaseFileWriter::writeClaim(const ExemptionClaim &claim)
{
    QJsonObject object{{QStringLiteral("provision"), claim.provision},
                       {QStringLiteral("relieves"), toCode(claim.relieves)}};
    putTexts(object, QStringLiteral("questions"), claim.questions);
    putFlag(object, QStringLiteral("anyOtherInformation"), claim.anyOtherInformation);
    putText(object, QStringLiteral("reason"), claim.reason);
    if (claim.prejudice) {
        QJsonObject prejudice{{QStringLiteral("likelihood"), toCode(claim.prejudice->likelihood)}};
        putText(prejudice, QStringLiteral("interest"), claim.prejudice->interest);
        putText(prejudice, QStringLiteral("harm"), claim.prejudice->harm);
        object.insert(QStringLiteral("prejudice"), prejudice);
    }
    if (claim.publicInterest) {
        const PublicInterestTest &test = *claim.publicInterest;
        QJsonObject pit{{QStringLiteral("conclusion"), toCode(test.conclusion)}};
        putTexts(pit, QStringLiteral("favouringDisclosure"), test.favouringDisclosure);
        putTexts(pit, QStringLiteral("favouringExemption"), test.favouringExemption);
        putText(pit, QStringLiteral("balance"), test.balance);
        object.insert(QStringLiteral("publicInterest"), pit);
    }
    if (claim.qualifiedPersonOpinion) {
        QJsonObject opinion;
        putText(opinion, QStringLiteral("qualifiedPerson"),
                claim.qualifiedPersonOpinion->qualifiedPerson);
        putDate(opinion, QStringLiteral("givenOn"), claim.qualifiedPersonOpinion->givenOn);
        putText(opinion, QStringLiteral("opinion"), claim.qualifiedPersonOpinion->opinion);
        object.insert(QStringLiteral("qualifiedPersonOpinion"), opinion);
    }
    putFlag(object, QStringLiteral("statistical"), claim.statistical);
    if (claim.certificate) {
        QJsonObject certificate;
        putText(certificate, QStringLiteral("provision"), claim.certificate->provision);
        putText(certificate, QStringLiteral("signedBy"), claim.certificate->signedBy);
        putDate(certificate, QStringLiteral("signedOn"), claim.certificate->signedOn);
        putText(certificate, QStringLiteral("reference"), claim.certificate->reference);
        object.insert(QStringLiteral("certificate"), certificate);
    }
    if (claim.legitimateInterests) {
        const LegitimateInterestsTest &test = *claim.legitimateInterests;
        QJsonObject interests;
        putText(interests, QStringLiteral("legitimateInterest"), test.legitimateInterest);
        putText(interests, QStringLiteral("necessity"), test.necessity);
        putText(interests, QStringLiteral("balancingTest"), test.balancingTest);
        object.insert(QStringLiteral("legitimateInterests"), interests);
    }
    return object;
}

QJsonObject CaseFileWriter::writeCostEstimate(const CostEstimate &estimate)
{
    QJsonArray activities;
    for (const CostActivity &activity : estimate.activities) {
        QJsonObject entry{{QStringLiteral("kind"), toCode(activity.kind)},
                          {QStringLiteral("hours"), activity.hours}};
        putText(entry, QStringLiteral("basis"), activity.basis);
        activities.append(entry);
    }
    QJsonArray aggregated;
    for (const AggregatedRequest &request : estimate.aggregatedRequests) {
        QJsonObject entry{{QStringLiteral("reference"), request.reference}};
        putDate(entry, QStringLiteral("dateOfReceipt"), request.dateOfReceipt);
        aggregated.append(entry);
    }
    QJsonObject object{{QStringLiteral("activities"), activities}};
    if (!aggregated.isEmpty())
        object.insert(QStringLiteral("aggregatedRequests"), aggregated);
    return object;
}

QJsonObject CaseFileWriter::writeReply(const Reply &reply)
{
    QJsonObject object;
    putText(object, QStringLiteral("internalReviewProcedure"), reply.internalReviewProcedure);
    putText(object, QStringLiteral("complaintRights"), reply.complaintRights);
    putText(object, QStringLiteral("internalReviewProcedureWelsh"),
            reply.internalReviewProcedureWelsh);
    putText(object, QStringLiteral("complaintRightsWelsh"), reply.complaintRightsWelsh);
    putDate(object, QStringLiteral("sentOn"), reply.sentOn);
    putText(object, QStringLiteral("lateApology"), reply.lateApology);
    QJsonArray sent;
    for (const SentLetter &letter : reply.sent) {
        QJsonObject entry{{QStringLiteral("version"), letter.version}};
        putDate(entry, QStringLiteral("sentOn"), letter.sentOn);
        putText(entry, QStringLiteral("sha256"), letter.sha256);
        putFlag(entry, QStringLiteral("correction"), letter.correction);
        putTexts(entry, QStringLiteral("decision"), letter.decision);
        sent.append(entry);
    }
    if (!sent.isEmpty())
        object.insert(QStringLiteral("sent"), sent);
    QJsonArray amendments;
    for (const Amendment &amendment : reply.amendments) {
        QJsonObject entry{{QStringLiteral("amendsVersion"), amendment.amendsVersion}};
        putDate(entry, QStringLiteral("openedOn"), amendment.openedOn);
        putText(entry, QStringLiteral("officer"), amendment.officer);
        putText(entry, QStringLiteral("reason"), amendment.reason);
        putText(entry, QStringLiteral("matter"), amendment.matter);
        if (!amendment.isOpen())
            entry.insert(QStringLiteral("correctionVersion"), amendment.correctionVersion);
        amendments.append(entry);
    }
    if (!amendments.isEmpty())
        object.insert(QStringLiteral("amendments"), amendments);
    return object;
}

} // namespace foi::core
