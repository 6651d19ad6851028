#include "core/model/CaseFileReader.h"

#include "core/model/CaseFile.h"
#include "core/model/MatterFile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace foi::core {

CaseFileReader::CaseFileReader(const ExemptionCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

Case CaseFileReader::read(const QJsonValue &root)
{
    Case theCase;
    JsonObjectReader object(m_errors, root, QStringLiteral("$"));
    if (!object.isObject())
        return theCase;
    // An unknown version says nothing about the other fields, so stop there.
    const std::optional<double> version =
        object.number(QStringLiteral("formatVersion"), Presence::Required);
    if (!version)
        return theCase;
    if (*version < CaseFile::oldestReadableVersion || *version > CaseFile::formatVersion ||
        *version != std::floor(*version)) {
        object.error(object.pathOf(QStringLiteral("formatVersion")),
                     QStringLiteral("version %1 is not supported; this workbench reads versions "
                                    "%2 to %3")
                         .arg(*version)
                         .arg(CaseFile::oldestReadableVersion)
                         .arg(CaseFile::formatVersion));
        return theCase;
    }
    m_version = static_cast<int>(*version);
    readCaseFields(object, theCase);
    object.finish();
    checkQuestionReferences(theCase);
    return theCase;
}

void CaseFileReader::readCaseFields(JsonObjectReader &object, Case &theCase)
{
    theCase.reference = object.string(QStringLiteral("reference"), Presence::Required);
    theCase.title = object.string(QStringLiteral("title"));
    const QString regime = object.string(QStringLiteral("regime"), Presence::Required);
    if (const std::optional<Regime> parsed = regimeFromCode(regime))
        theCase.regime = *parsed;
    else if (!regime.isNull())
        object.error(object.pathOf(QStringLiteral("regime")),
                     QStringLiteral("unknown regime '%1'; expected FOIA or EIR").arg(regime));
    const QJsonValue authority = object.value(QStringLiteral("authority"));
    if (!authority.isUndefined())
        theCase.authority = readAuthority(authority, object.pathOf(QStringLiteral("authority")));
    theCase.dateOfReceipt = object.date(QStringLiteral("dateOfReceipt"));
    theCase.channel = object.code(QStringLiteral("channel"), Channel::Email);
    theCase.requester = readRequester(object.value(QStringLiteral("requester"), Presence::Required),
                                      object.pathOf(QStringLiteral("requester")));
    theCase.requestText = object.string(QStringLiteral("requestText"));
    const QString language = object.string(QStringLiteral("languageOfCorrespondence"));
    if (const std::optional<LetterLanguage> parsed = letterLanguageFromCode(language))
        theCase.languageOfCorrespondence = *parsed;
    else if (!language.isNull())
        object.error(
            object.pathOf(QStringLiteral("languageOfCorrespondence")),
            QStringLiteral("unknown language '%1'; expected en, cy or bilingual").arg(language));
    theCase.clockChanges = readList<ClockChange>(object, QStringLiteral("clockChanges"),
                                                 &CaseFileReader::readClockChange);
    theCase.questions = readList<Question>(object, QStringLiteral("questions"),
                                           &CaseFileReader::readQuestion, Presence::Required);
    theCase.claims =
        readList<ExemptionClaim>(object, QStringLiteral("claims"), &CaseFileReader::readClaim);
    theCase.ncndHarm = object.string(QStringLiteral("ncndHarm"));
    const QJsonValue estimate = object.value(QStringLiteral("costEstimate"));
    if (!estimate.isUndefined())
        theCase.costEstimate =
            readCostEstimate(estimate, object.pathOf(QStringLiteral("costEstimate")));
    theCase.vexatiousReasons = object.string(QStringLiteral("vexatiousReasons"));
    theCase.adviceAndAssistance = object.string(QStringLiteral("adviceAndAssistance"));
    const QJsonValue reply = object.value(QStringLiteral("reply"));
    if (!reply.isUndefined())
        theCase.reply = readReply(reply, object.pathOf(QStringLiteral("reply")));
    if (!object.value(QStringLiteral("outcomeOverride")).isUndefined())
        theCase.outcomeOverride =
            object.code(QStringLiteral("outcomeOverride"), Outcome::InProgress);
    theCase.lifecycle = readList<LifecycleEvent>(object, QStringLiteral("lifecycle"),
                                                 &CaseFileReader::readLifecycleEvent);
    MatterFileReader(m_errors, m_version).read(object, theCase);
}

LifecycleEvent CaseFileReader::readLifecycleEvent(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    LifecycleEvent event;
    event.kind = object.code(QStringLiteral("kind"), LifecycleKind::Withdrawn, Presence::Required);
    event.on = object.date(QStringLiteral("on"), Presence::Required);
    event.reason = object.string(QStringLiteral("reason"), Presence::Required);
    event.officer = object.string(QStringLiteral("officer"));
    object.finish();
    return event;
}

Authority CaseFileReader::readAuthority(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    Authority authority;
    authority.name = object.string(QStringLiteral("name"));
    authority.kind = object.code(QStringLiteral("kind"), AuthorityKind::Other, Presence::Required);
    object.finish();
    return authority;
}

Requester CaseFileReader::readRequester(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return {}; // reported as missing by the caller's reader
    JsonObjectReader object(m_errors, value, path);
    Requester requester;
    requester.name = object.string(QStringLiteral("name"));
    requester.addressForCorrespondence = object.string(QStringLiteral("addressForCorrespondence"));
    requester.email = object.string(QStringLiteral("email"));
    object.finish();
    return requester;
}

ClockChange CaseFileReader::readClockChange(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    ClockChange event;
    event.kind = object.code(QStringLiteral("kind"), ClockChangeKind::ClarificationSought,
                             Presence::Required);
    event.date = object.date(QStringLiteral("date"), Presence::Required);
    event.estimatedDecisionDate = object.date(QStringLiteral("estimatedDecisionDate"));
    event.note = object.string(QStringLiteral("note"));
    object.finish();
    return event;
}

Question CaseFileReader::readQuestion(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    Question question;
    question.id = object.string(QStringLiteral("id"), Presence::Required);
    question.text = object.string(QStringLiteral("text"), Presence::Required);
    const QJsonValue condition = object.value(QStringLiteral("condition"));
    if (!condition.isUndefined()) {
        JsonObjectReader conditionObject(m_errors, condition,
                                         object.pathOf(QStringLiteral("condition")));
        QuestionCondition parsed;
        parsed.question = conditionObject.string(QStringLiteral("question"), Presence::Required);
        parsed.proceedIf = conditionObject.code(QStringLiteral("proceedIf"), ClosedAnswer::Yes,
                                                Presence::Required);
        conditionObject.finish();
        question.condition = parsed;
    }
    if (newerField(object, QStringLiteral("personalData"), 3))
        question.personalData = object.code(QStringLiteral("personalData"), DataSubject::Unstated);
    const QJsonValue determination = object.value(QStringLiteral("determination"));
    if (!determination.isUndefined())
        question.determination =
            readDetermination(determination, object.pathOf(QStringLiteral("determination")));
    object.finish();
    return question;
}

Determination CaseFileReader::readDetermination(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    Determination determination;
    determination.holding = object.code(QStringLiteral("holding"), Holding::Undecided);
    determination.communication =
        object.code(QStringLiteral("communication"), Communication::NotApplicable);
    determination.closedAnswer =
        object.code(QStringLiteral("closedAnswer"), ClosedAnswer::Unanswered);
    determination.answer = object.string(QStringLiteral("answer"));
    determination.availableAt = object.string(QStringLiteral("availableAt"));
    determination.searches =
        readList<SearchRecord>(object, QStringLiteral("searches"), &CaseFileReader::readSearch);
    object.finish();
    return determination;
}

SearchRecord CaseFileReader::readSearch(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    SearchRecord search;
    search.where = object.string(QStringLiteral("where"), Presence::Required);
    search.searchedBy = object.string(QStringLiteral("searchedBy"));
    search.terms = object.string(QStringLiteral("terms"));
    search.searchedOn = object.date(QStringLiteral("searchedOn"));
    if (m_version < 2 && !object.value(QStringLiteral("evidence")).isUndefined()) {
        object.error(object.pathOf(QStringLiteral("evidence")),
                     QStringLiteral("evidence is recorded from format version 2 on; this file "
                                    "says it is version %1")
                         .arg(m_version));
    } else {
        search.evidence = readList<EvidenceCitation>(object, QStringLiteral("evidence"),
                                                     &CaseFileReader::readCitation);
        QSet<QString> cited;
        for (qsizetype i = 0; i < search.evidence.size(); ++i) {
            const QString &sha256 = search.evidence.at(i).sha256;
            if (sha256.isEmpty())
                continue;
            if (cited.contains(sha256))
                object.error(object.pathOf(QStringLiteral("evidence")) +
                                 QStringLiteral("[%1].sha256").arg(i),
                             QStringLiteral("this search already cites that file"));
            cited.insert(sha256);
        }
    }
    object.finish();
    return search;
}

EvidenceCitation CaseFileReader::readCitation(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    JsonObjectReader object(m_errors, value, path);
    EvidenceCitation citation;
    citation.sha256 = object.string(QStringLiteral("sha256"), Presence::Required);
    if (!citation.sha256.isNull() && !hex.match(citation.sha256).hasMatch()) {
        object.error(object.pathOf(QStringLiteral("sha256")),
                     QStringLiteral("expected the file's SHA-256 as 64 lower-case hexadecimal "
                                    "digits"));
        citation.sha256.clear();
    }
    citation.fileName = object.string(QStringLiteral("fileName"), Presence::Required);
    object.finish();
    return citation;
}

ExemptionClaim CaseFileReader::readClaim(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    ExemptionClaim claim;
    claim.provision = object.string(QStringLiteral("provision"), Presence::Required);
    if (!claim.provision.isNull() && !m_catalogue.find(claim.provision))
        object.error(object.pathOf(QStringLiteral("provision")),
                     QStringLiteral("unknown provision '%1'").arg(claim.provision));
    claim.relieves = object.code(QStringLiteral("relieves"), Duty::Communicate, Presence::Required);
    claim.questions = object.strings(QStringLiteral("questions"));
    claim.anyOtherInformation = object.boolean(QStringLiteral("anyOtherInformation"));
    claim.reason = object.string(QStringLiteral("reason"));
    const QJsonValue prejudice = object.value(QStringLiteral("prejudice"));
    if (!prejudice.isUndefined())
        claim.prejudice = readPrejudice(prejudice, object.pathOf(QStringLiteral("prejudice")));
    const QJsonValue publicInterest = object.value(QStringLiteral("publicInterest"));
    if (!publicInterest.isUndefined())
        claim.publicInterest =
            readPublicInterest(publicInterest, object.pathOf(QStringLiteral("publicInterest")));
    const QJsonValue opinion = object.value(QStringLiteral("qualifiedPersonOpinion"));
    if (!opinion.isUndefined())
        claim.qualifiedPersonOpinion =
            readOpinion(opinion, object.pathOf(QStringLiteral("qualifiedPersonOpinion")));
    if (m_version >= 3)
        claim.statistical = object.boolean(QStringLiteral("statistical"));
    const QJsonValue certificate = object.value(QStringLiteral("certificate"));
    if (!certificate.isUndefined())
        claim.certificate =
            readCertificate(certificate, object.pathOf(QStringLiteral("certificate")));
    if (newerField(object, QStringLiteral("legitimateInterests"), 3))
        claim.legitimateInterests =
            readLegitimateInterests(object.value(QStringLiteral("legitimateInterests")),
                                    object.pathOf(QStringLiteral("legitimateInterests")));
    object.finish();
    return claim;
}

bool CaseFileReader::newerField(JsonObjectReader &object, const QString &key, int since)
{
    if (object.value(key).isUndefined())
        return false;
    if (m_version >= since)
        return true;
    object.error(object.pathOf(key),
                 QStringLiteral("%1 is recorded from format version %2 on; this file says it is "
                                "version %3. Remove the field or set formatVersion to %2.")
                     .arg(key)
                     .arg(since)
                     .arg(m_version));
    return false;
}

LegitimateInterestsTest CaseFileReader::readLegitimateInterests(const QJsonValue &value,
                                                                const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    LegitimateInterestsTest test;
    test.legitimateInterest = object.string(QStringLiteral("legitimateInterest"));
    test.necessity = object.string(QStringLiteral("necessity"));
    test.balancingTest = object.string(QStringLiteral("balancingTest"));
    object.finish();
    return test;
}

PrejudiceTest CaseFileReader::readPrejudice(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    PrejudiceTest test;
    test.interest = object.string(QStringLiteral("interest"));
    test.harm = object.string(QStringLiteral("harm"));
    test.likelihood = object.code(QStringLiteral("likelihood"), Likelihood::Unstated);
    object.finish();
    return test;
}

PublicInterestTest CaseFileReader::readPublicInterest(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    PublicInterestTest test;
    test.favouringDisclosure = object.strings(QStringLiteral("favouringDisclosure"));
    test.favouringExemption = object.strings(QStringLiteral("favouringExemption"));
    test.balance = object.string(QStringLiteral("balance"));
    test.conclusion =
        object.code(QStringLiteral("conclusion"), PublicInterestConclusion::Undecided);
    object.finish();
    return test;
}

QualifiedPersonOpinion CaseFileReader::readOpinion(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    QualifiedPersonOpinion opinion;
    opinion.qualifiedPerson = object.string(QStringLiteral("qualifiedPerson"));
    opinion.givenOn = object.date(QStringLiteral("givenOn"));
    opinion.opinion = object.string(QStringLiteral("opinion"));
    object.finish();
    return opinion;
}

Certificate CaseFileReader::readCertificate(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    Certificate certificate;
    certificate.provision = object.string(QStringLiteral("provision"));
    certificate.signedBy = object.string(QStringLiteral("signedBy"));
    certificate.signedOn = object.date(QStringLiteral("signedOn"));
    certificate.reference = object.string(QStringLiteral("reference"));
    object.finish();
    return certificate;
}

CostEstimate CaseFileReader::readCostEstimate(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    CostEstimate estimate;
    const QJsonArray activities = object.array(QStringLiteral("activities"));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QString activityPath =
            object.pathOf(QStringLiteral("activities")) + QStringLiteral("[%1]").arg(i);
        JsonObjectReader entry(m_errors, activities.at(i), activityPath);
        CostActivity activity;
        activity.kind =
            entry.code(QStringLiteral("kind"), CostActivityKind::Locating, Presence::Required);
        activity.hours = entry.number(QStringLiteral("hours"), Presence::Required).value_or(0.0);
        if (activity.hours < 0)
            entry.error(entry.pathOf(QStringLiteral("hours")),
                        QStringLiteral("hours cannot be negative"));
        activity.basis = entry.string(QStringLiteral("basis"));
        entry.finish();
        estimate.activities.append(activity);
    }
    const QJsonArray aggregated = object.array(QStringLiteral("aggregatedRequests"));
    for (qsizetype i = 0; i < aggregated.size(); ++i) {
        JsonObjectReader entry(m_errors, aggregated.at(i),
                               object.pathOf(QStringLiteral("aggregatedRequests")) +
                                   QStringLiteral("[%1]").arg(i));
        AggregatedRequest request;
        request.reference = entry.string(QStringLiteral("reference"), Presence::Required);
        request.dateOfReceipt = entry.date(QStringLiteral("dateOfReceipt"), Presence::Required);
        entry.finish();
        estimate.aggregatedRequests.append(request);
    }
    object.finish();
    return estimate;
}

Reply CaseFileReader::readReply(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    Reply reply;
    reply.internalReviewProcedure = object.string(QStringLiteral("internalReviewProcedure"));
    reply.complaintRights = object.string(QStringLiteral("complaintRights"));
    reply.internalReviewProcedureWelsh =
        object.string(QStringLiteral("internalReviewProcedureWelsh"));
    reply.complaintRightsWelsh = object.string(QStringLiteral("complaintRightsWelsh"));
    reply.sentOn = object.date(QStringLiteral("sentOn"));
    reply.lateApology = object.string(QStringLiteral("lateApology"));
    const QJsonArray sent = object.array(QStringLiteral("sent"));
    for (qsizetype i = 0; i < sent.size(); ++i) {
        JsonObjectReader entry(m_errors, sent.at(i),
                               object.pathOf(QStringLiteral("sent[%1]").arg(i)));
        SentLetter letter;
        letter.version = static_cast<int>(
            entry.number(QStringLiteral("version"), Presence::Required).value_or(0));
        letter.sentOn = entry.date(QStringLiteral("sentOn"), Presence::Required);
        letter.sha256 = entry.string(QStringLiteral("sha256"));
        letter.correction = entry.boolean(QStringLiteral("correction"));
        letter.decision = entry.strings(QStringLiteral("decision"));
        entry.finish();
        reply.sent.append(letter);
    }
    const QJsonArray amendments = object.array(QStringLiteral("amendments"));
    for (qsizetype i = 0; i < amendments.size(); ++i) {
        JsonObjectReader entry(m_errors, amendments.at(i),
                               object.pathOf(QStringLiteral("amendments[%1]").arg(i)));
        Amendment amendment;
        amendment.openedOn = entry.date(QStringLiteral("openedOn"), Presence::Required);
        amendment.officer = entry.string(QStringLiteral("officer"));
        amendment.reason = entry.string(QStringLiteral("reason"), Presence::Required);
        amendment.amendsVersion = static_cast<int>(
            entry.number(QStringLiteral("amendsVersion"), Presence::Required).value_or(0));
        amendment.correctionVersion =
            static_cast<int>(entry.number(QStringLiteral("correctionVersion")).value_or(0));
        amendment.matter = entry.string(QStringLiteral("matter"));
        entry.finish();
        reply.amendments.append(amendment);
    }
    object.finish();
    return reply;
}

void CaseFileReader::checkQuestionReferences(const Case &theCase)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const QString &id = theCase.questions.at(i).id;
        const QString path = QStringLiteral("$.questions[%1].id").arg(i);
        if (id.isNull())
            continue; // already reported as missing
        if (id.trimmed().isEmpty())
            m_errors.append(path + QStringLiteral(": a question id cannot be empty"));
        else if (ids.contains(id))
            m_errors.append(path +
                            QStringLiteral(": another question already has the id '%1'").arg(id));
        ids.insert(id);
    }
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const std::optional<QuestionCondition> &condition = theCase.questions.at(i).condition;
        if (condition && !condition->question.isNull() && !ids.contains(condition->question))
            m_errors.append(QStringLiteral("$.questions[%1].condition.question: no question has "
                                           "the id '%2'")
                                .arg(i)
                                .arg(condition->question));
    }
    for (qsizetype c = 0; c < theCase.claims.size(); ++c) {
        const QStringList &covered = theCase.claims.at(c).questions;
        for (qsizetype q = 0; q < covered.size(); ++q) {
            if (!ids.contains(covered.at(q)))
                m_errors.append(
                    QStringLiteral("$.claims[%1].questions[%2]: no question has the id '%3'")
                        .arg(c)
                        .arg(q)
                        .arg(covered.at(q)));
        }
    }
}

} // namespace foi::core
