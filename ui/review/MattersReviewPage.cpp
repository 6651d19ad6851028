#include "ui/review/MattersReviewPage.h"

#include "core/model/Case.h"
#include "core/model/ReviewOutcome.h"
#include "core/rules/MatterClocks.h"
#include "core/rules/MatterTimeline.h"
#include "ui/widgets/Labels.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QObject::tr("(none)") : text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString decisionWords(core::ReviewDecision decision)
{
    if (decision == core::ReviewDecision::Undecided)
        return QObject::tr("not yet decided");
    return QObject::tr("%1 (to the ICO: %2)")
        .arg(core::ReviewOutcomeWording::of(decision, core::OutcomeAudience::Officer),
             core::ReviewOutcomeWording::of(decision, core::OutcomeAudience::Ico));
}

QString itemName(const core::InternalReview &review, const core::ReviewItemKey &key)
{
    QString question = QObject::tr("any other information");
    const auto &questions = review.original.questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == key.questionId)
            question = QObject::tr("Q%1").arg(i + 1);
    }
    return key.provision.isEmpty() ? QObject::tr("%1: the answer").arg(question)
                                   : QObject::tr("%1 for %2").arg(key.provision, question);
}

QGroupBox *reviewBox(const core::InternalReview &review, QWidget *parent)
{
    auto *box = new QGroupBox(QObject::tr("Internal review %1").arg(review.id), parent);
    box->setObjectName(QStringLiteral("reviewedReview_%1").arg(review.id));
    auto *form = new QFormLayout(box);
    form->addRow(QObject::tr("Asked for"), textLabel(Labels::date(review.requestReceived), box));
    form->addRow(QObject::tr("Reviewer"), textLabel(review.reviewer, box));
    if (!review.independenceOverride.isEmpty())
        form->addRow(QObject::tr("Why they may decide"),
                     textLabel(review.independenceOverride, box));
    form->addRow(QObject::tr("Decides as at"), textLabel(Labels::date(review.basisDate), box));
    form->addRow(QObject::tr("Original (SHA-256)"), textLabel(review.original.sha256(), box));
    QStringList items;
    for (const core::ReviewedItem &item : review.items)
        items << QObject::tr("%1: %2%3")
                     .arg(itemName(review, item.key), decisionWords(item.decision),
                          item.reasons.isEmpty() ? QString()
                                                 : QObject::tr(" — %1").arg(item.reasons));
    form->addRow(QObject::tr("Items"), textLabel(items.join(u'\n'), box));
    form->addRow(QObject::tr("Outcome"),
                 textLabel(decisionWords(core::ReviewOutcome::of(review)), box));
    form->addRow(QObject::tr("Released now"), textLabel(review.releasedNow, box));
    form->addRow(QObject::tr("Decided on"),
                 textLabel(review.decided ? Labels::date(*review.decided) : QString(), box));
    return box;
}

QGroupBox *commissionerBox(const core::CommissionerMatter &matter, QWidget *parent)
{
    auto *box = new QGroupBox(QObject::tr("Information Commissioner %1").arg(matter.id), parent);
    box->setObjectName(QStringLiteral("reviewedMatter_%1").arg(matter.id));
    auto *form = new QFormLayout(box);
    form->addRow(QObject::tr("ICO reference"), textLabel(matter.icoReference, box));
    form->addRow(QObject::tr("Letter received"), textLabel(Labels::date(matter.received), box));
    form->addRow(QObject::tr("What the ICO asked"), textLabel(matter.whatAsked, box));
    if (matter.decisionNotice) {
        const core::DecisionNotice &notice = *matter.decisionNotice;
        QStringList steps;
        for (int i = 0; i < notice.steps.size(); ++i) {
            const core::DecisionNoticeStep &step = notice.steps.at(i);
            steps << QObject::tr("Step %1: %2%3%4")
                         .arg(i + 1)
                         .arg(core::decisionNoticeStepKindName(step.kind),
                              step.description.isEmpty()
                                  ? QString()
                                  : QObject::tr(" — %1").arg(step.description),
                              step.completed
                                  ? QObject::tr(" (done %1)").arg(Labels::date(*step.completed))
                                  : QString());
        }
        form->addRow(QObject::tr("Decision notice"),
                     textLabel(QObject::tr("%1 of %2: %3")
                                   .arg(notice.reference, Labels::date(notice.dated),
                                        decisionWords(notice.outcome)),
                               box));
        form->addRow(QObject::tr("Steps"), textLabel(steps.join(u'\n'), box));
    }
    QStringList appeals;
    for (const core::TribunalAppeal &appeal : matter.appeals)
        appeals << QObject::tr("%1 lodged %2 by the %3: %4")
                       .arg(appeal.tribunalReference, Labels::date(appeal.lodged),
                            appeal.appellant == core::Appellant::Authority
                                ? QObject::tr("authority")
                                : QObject::tr("requester"),
                            appeal.isPending() ? QObject::tr("pending")
                            : appeal.determined
                                ? QObject::tr("ended %1").arg(Labels::date(*appeal.determined))
                                : QObject::tr("ended"));
    if (!appeals.isEmpty())
        form->addRow(QObject::tr("Appeals"), textLabel(appeals.join(u'\n'), box));
    form->addRow(QObject::tr("Closed on"),
                 textLabel(matter.closed ? Labels::date(*matter.closed) : QString(), box));
    return box;
}

} // namespace

bool MattersReviewPage::hasMatters(const core::Case &theCase)
{
    return !theCase.internalReviews.isEmpty() || !theCase.commissionerMatters.isEmpty();
}

MattersReviewPage::MattersReviewPage(const core::Case &theCase, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reviewMattersPage"));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    // The life in date order; the bundle is read-only, so no clock is computed here.
    QStringList lines;
    for (const core::TimelineEntry &entry : core::MatterTimeline::of(theCase, {}))
        lines << QStringLiteral("%1  %2: %3")
                     .arg(Labels::date(entry.date), core::MatterTimeline::stageName(entry.stage),
                          entry.what);
    QLabel *timeline = textLabel(lines.join(u'\n'), page);
    timeline->setObjectName(QStringLiteral("reviewMattersTimeline"));
    layout->addWidget(timeline);
    for (const core::InternalReview &review : theCase.internalReviews)
        layout->addWidget(reviewBox(review, page));
    for (const core::CommissionerMatter &matter : theCase.commissionerMatters)
        layout->addWidget(commissionerBox(matter, page));
    layout->addStretch(1);
    setWidgetResizable(true);
    setWidget(page);
}

} // namespace foi::ui
