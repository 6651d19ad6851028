#include "core/rules/InternalReviewRules.h"

#include "core/model/ReviewOutcome.h"

#include <algorithm>

#include <QCoreApplication>

namespace foi::core {

namespace {

class ReviewFindings
{
public:
    ReviewFindings(qsizetype index, QList<Finding> &findings)
        : m_index(index)
        , m_findings(findings)
    {}

    void error(const char *code, const QString &provision, const QString &field,
               const QString &message)
    {
        m_findings.append(
            Finding::error(QString::fromLatin1(code), provision, path(field), message));
    }
    void warning(const char *code, const QString &provision, const QString &field,
                 const QString &message)
    {
        m_findings.append(
            Finding::warning(QString::fromLatin1(code), provision, path(field), message));
    }

private:
    QString path(const QString &field) const
    {
        return QStringLiteral("internalReviews[%1].%2").arg(m_index).arg(field);
    }

    qsizetype m_index;
    QList<Finding> &m_findings;
};

QString describe(const ReviewItemKey &key)
{
    const QString question =
        key.questionId.isEmpty()
            ? QCoreApplication::translate("foi::core::InternalReviewRules", "any other information")
            : key.questionId;
    return key.provision.isEmpty()
               ? QCoreApplication::translate("foi::core::InternalReviewRules", "the answer to %1")
                     .arg(question)
               : QStringLiteral("%1 for %2").arg(key.provision, question);
}

void checkDates(const InternalReview &review, const InternalReviewContext &context,
                const WorkingDayCalendar &calendar, ReviewFindings &out)
{
    const bool eir = context.regime == Regime::Eir;
    const QString window = eir ? QStringLiteral("EIR reg 11(2)") : QStringLiteral("s45 Code");
    if (!review.requestReceived.isValid()) {
        out.error("IR-RECEIVED-MISSING", window, QStringLiteral("requestReceived"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "Enter the date the request for review was received: its clock "
                      "counts from that day, not from the day it was logged."));
        return;
    }
    if (context.today.isValid() && review.requestReceived > context.today)
        out.error("IR-RECEIVED-IN-FUTURE", window, QStringLiteral("requestReceived"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "The review request cannot have been received after today."));
    if (context.originalReceived.isValid() && review.requestReceived < context.originalReceived)
        out.error(
            "IR-RECEIVED-BEFORE-REQUEST", window, QStringLiteral("requestReceived"),
            QCoreApplication::translate("foi::core::InternalReviewRules",
                                        "The review request is dated before the request it reviews "
                                        "was received. Check both dates."));
    if (context.replySent && calendar.covers(*context.replySent) &&
        calendar.covers(review.requestReceived) && review.requestReceived > *context.replySent) {
        const int after =
            calendar.workingDaysBetween(context.replySent->addDays(1), review.requestReceived);
        if (after > InternalReviewRules::requestWindowDays)
            out.warning("IR-REQUEST-LATE", window, QStringLiteral("requestReceived"),
                        eir ? QCoreApplication::translate(
                                  "foi::core::InternalReviewRules",
                                  "The representations arrived %1 working days after "
                                  "the reply; reg 11(2) allows 40. The authority may "
                                  "refuse to reconsider: record why if it does.")
                                  .arg(after)
                            : QCoreApplication::translate(
                                  "foi::core::InternalReviewRules",
                                  "The review request arrived %1 working days after "
                                  "the reply; the ICO expects requesters to ask within "
                                  "40, and the authority may decline a later one. "
                                  "Record the decision either way.")
                                  .arg(after));
    }
    if (review.decided && *review.decided < review.requestReceived)
        out.error("IR-DECIDED-BEFORE-RECEIVED", window, QStringLiteral("decided"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "The review cannot have been decided before its request was "
                      "received."));
    if (context.originalReceived.isValid() && review.basisDate.isValid() &&
        review.basisDate != context.originalReceived)
        out.warning(
            "IR-BASIS-DATE", QStringLiteral("s1(4)"), QStringLiteral("basisDate"),
            QCoreApplication::translate("foi::core::InternalReviewRules",
                                        "A review decides on the information held and the "
                                        "circumstances as at the date of the request (s1(4); ICO), "
                                        "here %1. Release more because circumstances changed as a "
                                        "separate step, not by moving the basis date.")
                .arg(context.originalReceived.toString(Qt::ISODate)));
}

void checkReviewer(const InternalReview &review, const InternalReviewContext &context,
                   ReviewFindings &out)
{
    if (review.reviewer.trimmed().isEmpty()) {
        out.error("IR-REVIEWER-MISSING", QStringLiteral("s45 Code"), QStringLiteral("reviewer"),
                  QCoreApplication::translate("foi::core::InternalReviewRules",
                                              "Name who decides the review."));
        return;
    }
    if (InternalReviewRules::tookPart(review.reviewer, context.originalParticipants) &&
        review.independenceOverride.trimmed().isEmpty())
        out.error("IR-REVIEWER-NOT-INDEPENDENT", QStringLiteral("s45 Code"),
                  QStringLiteral("reviewer"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "%1 drafted, decided or sent the original reply. The review "
                      "should be decided by someone who took no part in it; if no "
                      "one else can, record why.")
                      .arg(review.reviewer.trimmed()));
}

void checkClock(const InternalReview &review, const InternalReviewContext &context,
                ReviewFindings &out)
{
    if (!review.exceptionalCircumstances)
        return;
    if (context.regime == Regime::Eir)
        out.error("IR-EIR-NO-EXTENSION", QStringLiteral("EIR reg 11(4)"),
                  QStringLiteral("exceptionalCircumstances"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "An EIR review must be decided within 40 working days; there "
                      "is no extension for exceptional circumstances."));
    else if (review.exceptionalReason.trimmed().isEmpty())
        out.error(
            "IR-EXCEPTIONAL-REASON-MISSING", QStringLiteral("s45 Code"),
            QStringLiteral("exceptionalReason"),
            QCoreApplication::translate("foi::core::InternalReviewRules",
                                        "Taking 40 working days instead of 20 needs exceptional "
                                        "circumstances: record what they are."));
}

void checkItems(const InternalReview &review, ReviewFindings &out)
{
    const QList<ReviewItemKey> expected = review.original.items();
    for (qsizetype i = 0; i < review.items.size(); ++i) {
        if (!expected.contains(review.items.at(i).key))
            out.error(
                "IR-ITEM-UNKNOWN", QStringLiteral("s45 Code"), QStringLiteral("items[%1]").arg(i),
                QCoreApplication::translate("foi::core::InternalReviewRules",
                                            "%1 was not part of the original decision reviewed.")
                    .arg(describe(review.items.at(i).key)));
    }
    if (!review.decided)
        return; // undecided items are the work still to do, not a defect
    for (const ReviewItemKey &key : expected) {
        const auto it = std::find_if(review.items.cbegin(), review.items.cend(),
                                     [&key](const ReviewedItem &item) { return item.key == key; });
        if (it == review.items.cend() || it->decision == ReviewDecision::Undecided)
            out.error("IR-ITEM-UNDECIDED", QStringLiteral("s45 Code"), QStringLiteral("items"),
                      QCoreApplication::translate(
                          "foi::core::InternalReviewRules",
                          "The review was marked decided, but %1 has no decision.")
                          .arg(describe(key)));
    }
}

} // namespace

QList<Finding> InternalReviewRules::checkLetter(const InternalReview &review, qsizetype index,
                                                const QString &complaintRights)
{
    QList<Finding> findings;
    ReviewFindings out(index, findings);
    const QString rights = complaintRights.simplified();
    // The Commissioner as a paragraph in English or in Welsh names them (resources/letters/cy:
    // "Comisiynydd Gwybodaeth").
    const bool namesCommissioner =
        rights.contains(QStringLiteral("Commissioner"), Qt::CaseInsensitive) ||
        rights.contains(QStringLiteral("Comisiynydd"), Qt::CaseInsensitive);
    if (!namesCommissioner)
        out.error("IR-LETTER-NO-COMPLAINT-RIGHT", QStringLiteral("s50, EIR reg 18"),
                  QStringLiteral("complaintRights"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "The outcome letter does not tell the requester of the right to "
                      "apply to the Information Commissioner. Use the standard "
                      "paragraph (leave the box empty) or write one that gives it."));
    if (rights.contains(QStringLiteral("{{")) || rights.contains(QStringLiteral("}}")))
        out.error("IR-LETTER-PLACEHOLDER", QStringLiteral("s50, EIR reg 18"),
                  QStringLiteral("complaintRights"),
                  QCoreApplication::translate(
                      "foi::core::InternalReviewRules",
                      "The paragraph on the right to complain has a placeholder that "
                      "was never filled in ({{...}}). Replace it with the words meant."));
    const bool changed =
        std::any_of(review.items.cbegin(), review.items.cend(), [](const ReviewedItem &item) {
            return item.decision == ReviewDecision::OriginalOverturned ||
                   item.decision == ReviewDecision::OriginalPartlyMaintained;
        });
    if (changed && review.releasedNow.trimmed().isEmpty())
        out.warning(
            "IR-RELEASE-NOT-STATED", QStringLiteral("s1(1), s11"), QStringLiteral("releasedNow"),
            QCoreApplication::translate("foi::core::InternalReviewRules",
                                        "Part of the original decision was not maintained, but the "
                                        "outcome letter does not say what is now released (or why "
                                        "nothing is, for example a fresh response to follow)."));
    return findings;
}

bool InternalReviewRules::tookPart(const QString &reviewer, const QStringList &participants)
{
    const QString name = reviewer.trimmed();
    return !name.isEmpty() &&
           std::any_of(participants.cbegin(), participants.cend(), [&name](const QString &p) {
               return p.trimmed().compare(name, Qt::CaseInsensitive) == 0;
           });
}

std::optional<InternalReviewClock> InternalReviewRules::clock(const InternalReview &review,
                                                              Regime regime,
                                                              const WorkingDayCalendar &calendar)
{
    if (!review.requestReceived.isValid() || !calendar.covers(review.requestReceived))
        return std::nullopt;
    InternalReviewClock clock;
    if (regime == Regime::Eir) {
        clock.target = calendar.addWorkingDays(review.requestReceived, eirDays);
        clock.due = clock.target;
    } else {
        clock.target = calendar.addWorkingDays(review.requestReceived, foiaTargetDays);
        clock.maximum = calendar.addWorkingDays(review.requestReceived, foiaMaximumDays);
        clock.due = review.exceptionalCircumstances ? *clock.maximum : clock.target;
    }
    if (!clock.due.isValid())
        return std::nullopt;
    return clock;
}

QList<Finding> InternalReviewRules::check(const InternalReview &review, qsizetype index,
                                          const InternalReviewContext &context,
                                          const WorkingDayCalendar &calendar)
{
    QList<Finding> findings;
    ReviewFindings out(index, findings);
    checkDates(review, context, calendar, out);
    checkReviewer(review, context, out);
    checkClock(review, context, out);
    checkItems(review, out);
    return findings;
}

} // namespace foi::core
