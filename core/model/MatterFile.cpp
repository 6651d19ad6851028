#include "core/model/MatterFile.h"

#include "core/model/Codes.h"
#include "core/model/JsonFieldWriter.h"

#include <QJsonArray>
#include <QSet>

namespace foi::core {

using json::putDate;
using json::putFlag;
using json::putText;

namespace {

constexpr int firstVersionWithMatters = 3;

QJsonObject snapshotJson(const OriginalDecisionSnapshot &snapshot)
{
    QJsonArray questions;
    for (const auto &question : snapshot.questions()) {
        QJsonObject entry{{QStringLiteral("id"), question.id},
                          {QStringLiteral("holding"), toCode(question.holding)},
                          {QStringLiteral("communication"), toCode(question.communication)}};
        putText(entry, QStringLiteral("text"), question.text);
        putText(entry, QStringLiteral("answer"), question.answer);
        questions.append(entry);
    }
    QJsonArray claims;
    for (const auto &claim : snapshot.claims()) {
        QJsonObject entry{{QStringLiteral("provision"), claim.provision},
                          {QStringLiteral("relieves"), toCode(claim.relieves)}};
        json::putTexts(entry, QStringLiteral("questions"), claim.questions);
        putFlag(entry, QStringLiteral("anyOtherInformation"), claim.anyOtherInformation);
        claims.append(entry);
    }
    return {{QStringLiteral("questions"), questions}, {QStringLiteral("claims"), claims}};
}

QJsonObject reviewJson(const InternalReview &review)
{
    QJsonObject object{{QStringLiteral("id"), review.id}};
    putDate(object, QStringLiteral("requestReceived"), review.requestReceived);
    putDate(object, QStringLiteral("logged"), review.logged);
    putDate(object, QStringLiteral("basisDate"), review.basisDate);
    putText(object, QStringLiteral("reviewer"), review.reviewer);
    putText(object, QStringLiteral("independenceOverride"), review.independenceOverride);
    putFlag(object, QStringLiteral("exceptionalCircumstances"), review.exceptionalCircumstances);
    putText(object, QStringLiteral("exceptionalReason"), review.exceptionalReason);
    object.insert(QStringLiteral("original"), snapshotJson(review.original));
    object.insert(QStringLiteral("originalSha256"), review.original.sha256());
    json::putTexts(object, QStringLiteral("originalDecisionMakers"), review.originalDecisionMakers);
    QJsonArray items;
    for (const ReviewedItem &item : review.items) {
        QJsonObject entry{{QStringLiteral("decision"), toCode(item.decision)}};
        putText(entry, QStringLiteral("questionId"), item.key.questionId);
        if (!item.key.provision.isEmpty()) {
            entry.insert(QStringLiteral("provision"), item.key.provision);
            entry.insert(QStringLiteral("relieves"), toCode(item.key.relieves));
        }
        putText(entry, QStringLiteral("reasons"), item.reasons);
        items.append(entry);
    }
    if (!items.isEmpty())
        object.insert(QStringLiteral("items"), items);
    putFlag(object, QStringLiteral("releasedOnChangedCircumstances"),
            review.releasedOnChangedCircumstances);
    putText(object, QStringLiteral("releasedNow"), review.releasedNow);
    putText(object, QStringLiteral("complaintRights"), review.complaintRights);
    putDate(object, QStringLiteral("decided"), review.decided);
    return object;
}

QJsonObject noticeJson(const DecisionNotice &notice)
{
    QJsonObject object{{QStringLiteral("outcome"), toCode(notice.outcome)}};
    putText(object, QStringLiteral("reference"), notice.reference);
    putDate(object, QStringLiteral("dated"), notice.dated);
    QJsonArray steps;
    for (const DecisionNoticeStep &step : notice.steps) {
        QJsonObject entry{{QStringLiteral("kind"), toCode(step.kind)}};
        putText(entry, QStringLiteral("description"), step.description);
        putDate(entry, QStringLiteral("completed"), step.completed);
        putDate(entry, QStringLiteral("resumedDue"), step.resumedDue);
        steps.append(entry);
    }
    if (!steps.isEmpty())
        object.insert(QStringLiteral("steps"), steps);
    return object;
}

QJsonObject matterJson(const CommissionerMatter &matter)
{
    QJsonObject object{{QStringLiteral("id"), matter.id}};
    putText(object, QStringLiteral("icoReference"), matter.icoReference);
    putText(object, QStringLiteral("icoCaseOfficer"), matter.icoCaseOfficer);
    putText(object, QStringLiteral("officer"), matter.officer);
    putDate(object, QStringLiteral("received"), matter.received);
    putText(object, QStringLiteral("whatAsked"), matter.whatAsked);
    putText(object, QStringLiteral("submissionSha256"), matter.submissionSha256);
    putDate(object, QStringLiteral("submissionSent"), matter.submissionSent);
    putFlag(object, QStringLiteral("resolvedInformally"), matter.resolvedInformally);
    QJsonArray deadlines;
    for (const ExternalDeadline &deadline : matter.deadlines) {
        QJsonObject entry{{QStringLiteral("what"), deadline.what}};
        putDate(entry, QStringLiteral("due"), deadline.due);
        putDate(entry, QStringLiteral("originalDue"), deadline.originalDue);
        putDate(entry, QStringLiteral("met"), deadline.met);
        deadlines.append(entry);
    }
    if (!deadlines.isEmpty())
        object.insert(QStringLiteral("deadlines"), deadlines);
    if (matter.decisionNotice)
        object.insert(QStringLiteral("decisionNotice"), noticeJson(*matter.decisionNotice));
    QJsonArray appeals;
    for (const TribunalAppeal &appeal : matter.appeals) {
        QJsonObject entry{{QStringLiteral("appellant"), toCode(appeal.appellant)},
                          {QStringLiteral("determination"), toCode(appeal.determination)}};
        putDate(entry, QStringLiteral("lodged"), appeal.lodged);
        putText(entry, QStringLiteral("tribunalReference"), appeal.tribunalReference);
        if (!appeal.affectsSteps.isEmpty()) {
            QJsonArray steps;
            for (int step : appeal.affectsSteps)
                steps.append(step + 1); // as the notice numbers them
            entry.insert(QStringLiteral("affectsSteps"), steps);
        }
        putDate(entry, QStringLiteral("determined"), appeal.determined);
        appeals.append(entry);
    }
    if (!appeals.isEmpty())
        object.insert(QStringLiteral("appeals"), appeals);
    putDate(object, QStringLiteral("closed"), matter.closed);
    return object;
}

} // namespace

bool MatterFileWriter::hasMatters(const Case &theCase)
{
    return !theCase.internalReviews.isEmpty() || !theCase.commissionerMatters.isEmpty();
}

void MatterFileWriter::write(const Case &theCase, QJsonObject &root)
{
    QJsonArray reviews;
    for (const InternalReview &review : theCase.internalReviews)
        reviews.append(reviewJson(review));
    if (!reviews.isEmpty())
        root.insert(QStringLiteral("internalReviews"), reviews);
    QJsonArray matters;
    for (const CommissionerMatter &matter : theCase.commissionerMatters)
        matters.append(matterJson(matter));
    if (!matters.isEmpty())
        root.insert(QStringLiteral("commissionerMatters"), matters);
}

MatterFileReader::MatterFileReader(QStringList &errors, int version)
    : m_errors(errors)
    , m_version(version)
{}

void MatterFileReader::read(JsonObjectReader &root, Case &theCase)
{
    for (const QString &key :
         {QStringLiteral("internalReviews"), QStringLiteral("commissionerMatters")}) {
        if (m_version < firstVersionWithMatters && !root.value(key).isUndefined()) {
            root.error(root.pathOf(key),
                       QStringLiteral("%1 is recorded from format version 3 on; this file says "
                                      "version %2")
                           .arg(key)
                           .arg(m_version));
            return;
        }
    }
    const QJsonArray reviews = root.array(QStringLiteral("internalReviews"));
    QStringList ids;
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        theCase.internalReviews.append(
            readReview(reviews.at(i), root.pathOf(QStringLiteral("internalReviews[%1]").arg(i))));
        ids.append(theCase.internalReviews.constLast().id);
    }
    const QJsonArray matters = root.array(QStringLiteral("commissionerMatters"));
    for (qsizetype i = 0; i < matters.size(); ++i) {
        theCase.commissionerMatters.append(readMatter(
            matters.at(i), root.pathOf(QStringLiteral("commissionerMatters[%1]").arg(i))));
        ids.append(theCase.commissionerMatters.constLast().id);
    }
    checkUniqueIds(ids, root.pathOf(QStringLiteral("internalReviews")));
}

void MatterFileReader::checkUniqueIds(const QStringList &ids, const QString &path)
{
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!id.isEmpty() && seen.contains(id))
            m_errors.append(QStringLiteral("%1: the matter id '%2' is used twice; each review "
                                           "and Commissioner matter of a case needs its own")
                                .arg(path, id));
        seen.insert(id);
    }
}

std::optional<QDate> MatterFileReader::optionalDate(JsonObjectReader &object, const QString &key)
{
    const QDate date = object.date(key);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

InternalReview MatterFileReader::readReview(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    InternalReview review;
    if (!object.isObject())
        return review;
    review.id = object.string(QStringLiteral("id"), Presence::Required);
    review.requestReceived = object.date(QStringLiteral("requestReceived"));
    review.logged = object.date(QStringLiteral("logged"));
    review.basisDate = object.date(QStringLiteral("basisDate"));
    review.reviewer = object.string(QStringLiteral("reviewer"));
    review.independenceOverride = object.string(QStringLiteral("independenceOverride"));
    review.exceptionalCircumstances = object.boolean(QStringLiteral("exceptionalCircumstances"));
    review.exceptionalReason = object.string(QStringLiteral("exceptionalReason"));
    review.original = readSnapshot(object);
    review.originalDecisionMakers = object.strings(QStringLiteral("originalDecisionMakers"));
    const QJsonArray items = object.array(QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size(); ++i)
        review.items.append(
            readItem(items.at(i), object.pathOf(QStringLiteral("items[%1]").arg(i))));
    review.releasedOnChangedCircumstances =
        object.boolean(QStringLiteral("releasedOnChangedCircumstances"));
    review.releasedNow = object.string(QStringLiteral("releasedNow"));
    review.complaintRights = object.string(QStringLiteral("complaintRights"));
    review.decided = optionalDate(object, QStringLiteral("decided"));
    object.finish();
    return review;
}

OriginalDecisionSnapshot MatterFileReader::readSnapshot(JsonObjectReader &review)
{
    const QString path = review.pathOf(QStringLiteral("original"));
    JsonObjectReader object(m_errors, review.value(QStringLiteral("original"), Presence::Required),
                            path);
    const QString recorded = review.string(QStringLiteral("originalSha256"), Presence::Required);
    if (!object.isObject())
        return {};
    QList<OriginalDecisionSnapshot::QuestionDecision> questions;
    const QJsonArray questionArray = object.array(QStringLiteral("questions"), Presence::Required);
    for (qsizetype i = 0; i < questionArray.size(); ++i) {
        JsonObjectReader entry(m_errors, questionArray.at(i),
                               object.pathOf(QStringLiteral("questions[%1]").arg(i)));
        OriginalDecisionSnapshot::QuestionDecision question;
        question.id = entry.string(QStringLiteral("id"), Presence::Required);
        question.text = entry.string(QStringLiteral("text"));
        question.holding =
            entry.code(QStringLiteral("holding"), Holding::Undecided, Presence::Required);
        question.communication = entry.code(QStringLiteral("communication"),
                                            Communication::NotApplicable, Presence::Required);
        question.answer = entry.string(QStringLiteral("answer"));
        entry.finish();
        questions.append(question);
    }
    QList<OriginalDecisionSnapshot::ClaimDecision> claims;
    const QJsonArray claimArray = object.array(QStringLiteral("claims"), Presence::Required);
    for (qsizetype i = 0; i < claimArray.size(); ++i) {
        JsonObjectReader entry(m_errors, claimArray.at(i),
                               object.pathOf(QStringLiteral("claims[%1]").arg(i)));
        OriginalDecisionSnapshot::ClaimDecision claim;
        claim.provision = entry.string(QStringLiteral("provision"), Presence::Required);
        claim.relieves =
            entry.code(QStringLiteral("relieves"), Duty::Communicate, Presence::Required);
        claim.questions = entry.strings(QStringLiteral("questions"));
        claim.anyOtherInformation = entry.boolean(QStringLiteral("anyOtherInformation"));
        entry.finish();
        claims.append(claim);
    }
    object.finish();
    OriginalDecisionSnapshot snapshot =
        OriginalDecisionSnapshot::fromParts(std::move(questions), std::move(claims));
    if (!recorded.isNull() && recorded != snapshot.sha256())
        m_errors.append(QStringLiteral("%1: the snapshot of the original decision does not "
                                       "match its SHA-256 %2; the record of what was reviewed "
                                       "has been altered")
                            .arg(path, recorded));
    return snapshot;
}

ReviewedItem MatterFileReader::readItem(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    ReviewedItem item;
    item.key.questionId = object.string(QStringLiteral("questionId"));
    item.key.provision = object.string(QStringLiteral("provision"));
    item.key.relieves = object.code(QStringLiteral("relieves"), Duty::Communicate);
    item.decision =
        object.code(QStringLiteral("decision"), ReviewDecision::Undecided, Presence::Required);
    item.reasons = object.string(QStringLiteral("reasons"));
    object.finish();
    return item;
}

CommissionerMatter MatterFileReader::readMatter(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    CommissionerMatter matter;
    if (!object.isObject())
        return matter;
    matter.id = object.string(QStringLiteral("id"), Presence::Required);
    matter.icoReference = object.string(QStringLiteral("icoReference"));
    matter.icoCaseOfficer = object.string(QStringLiteral("icoCaseOfficer"));
    matter.officer = object.string(QStringLiteral("officer"));
    matter.received = object.date(QStringLiteral("received"), Presence::Required);
    matter.whatAsked = object.string(QStringLiteral("whatAsked"));
    matter.submissionSha256 = object.string(QStringLiteral("submissionSha256"));
    matter.submissionSent = optionalDate(object, QStringLiteral("submissionSent"));
    matter.resolvedInformally = object.boolean(QStringLiteral("resolvedInformally"));
    const QJsonArray deadlines = object.array(QStringLiteral("deadlines"));
    for (qsizetype i = 0; i < deadlines.size(); ++i)
        matter.deadlines.append(
            readDeadline(deadlines.at(i), object.pathOf(QStringLiteral("deadlines[%1]").arg(i))));
    const QJsonValue notice = object.value(QStringLiteral("decisionNotice"));
    if (!notice.isUndefined())
        matter.decisionNotice = readNotice(notice, object.pathOf(QStringLiteral("decisionNotice")));
    const QJsonArray appeals = object.array(QStringLiteral("appeals"));
    for (qsizetype i = 0; i < appeals.size(); ++i)
        matter.appeals.append(
            readAppeal(appeals.at(i), object.pathOf(QStringLiteral("appeals[%1]").arg(i))));
    matter.closed = optionalDate(object, QStringLiteral("closed"));
    object.finish();
    // An appeal is against a decision notice (FOIA s57), and names its steps.
    const qsizetype steps = matter.decisionNotice ? matter.decisionNotice->steps.size() : 0;
    for (qsizetype i = 0; i < matter.appeals.size(); ++i) {
        const QString appealPath = object.pathOf(QStringLiteral("appeals[%1]").arg(i));
        if (!matter.decisionNotice) {
            m_errors.append(QStringLiteral("%1: an appeal needs the decision notice it is against; "
                                           "record the notice first")
                                .arg(appealPath));
            continue;
        }
        for (int step : matter.appeals.at(i).affectsSteps) {
            if (step >= steps)
                m_errors.append(QStringLiteral("%1.affectsSteps: step %2 is not in the decision "
                                               "notice, which has %3")
                                    .arg(appealPath)
                                    .arg(step + 1)
                                    .arg(steps));
        }
    }
    return matter;
}

ExternalDeadline MatterFileReader::readDeadline(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    ExternalDeadline deadline;
    deadline.what = object.string(QStringLiteral("what"), Presence::Required);
    deadline.due = object.date(QStringLiteral("due"), Presence::Required);
    deadline.originalDue = optionalDate(object, QStringLiteral("originalDue"));
    deadline.met = optionalDate(object, QStringLiteral("met"));
    object.finish();
    return deadline;
}

DecisionNotice MatterFileReader::readNotice(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    DecisionNotice notice;
    notice.reference = object.string(QStringLiteral("reference"));
    notice.dated = object.date(QStringLiteral("dated"), Presence::Required);
    notice.outcome =
        object.code(QStringLiteral("outcome"), ReviewDecision::Undecided, Presence::Required);
    const QJsonArray steps = object.array(QStringLiteral("steps"));
    for (qsizetype i = 0; i < steps.size(); ++i)
        notice.steps.append(
            readStep(steps.at(i), object.pathOf(QStringLiteral("steps[%1]").arg(i))));
    object.finish();
    return notice;
}

DecisionNoticeStep MatterFileReader::readStep(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    DecisionNoticeStep step;
    step.kind = object.code(QStringLiteral("kind"), DecisionNoticeStepKind::IssueFreshResponse,
                            Presence::Required);
    step.description = object.string(QStringLiteral("description"));
    step.completed = optionalDate(object, QStringLiteral("completed"));
    step.resumedDue = optionalDate(object, QStringLiteral("resumedDue"));
    object.finish();
    return step;
}

TribunalAppeal MatterFileReader::readAppeal(const QJsonValue &value, const QString &path)
{
    JsonObjectReader object(m_errors, value, path);
    TribunalAppeal appeal;
    appeal.appellant =
        object.code(QStringLiteral("appellant"), Appellant::Requester, Presence::Required);
    appeal.lodged = object.date(QStringLiteral("lodged"), Presence::Required);
    appeal.tribunalReference = object.string(QStringLiteral("tribunalReference"));
    const QJsonArray steps = object.array(QStringLiteral("affectsSteps"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonValue step = steps.at(i);
        if (!step.isDouble() || step.toDouble() != step.toInt() || step.toInt() < 1 ||
            step.toInt() > 1000) {
            object.error(object.pathOf(QStringLiteral("affectsSteps[%1]").arg(i)),
                         QStringLiteral("expected a step number from 1"));
            continue;
        }
        appeal.affectsSteps.append(step.toInt() - 1);
    }
    appeal.determination = object.code(QStringLiteral("determination"),
                                       AppealDetermination::Pending, Presence::Required);
    appeal.determined = optionalDate(object, QStringLiteral("determined"));
    object.finish();
    return appeal;
}

} // namespace foi::core
