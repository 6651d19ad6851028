#include "ui/workspace/CommissionerDialogs.h"

#include "core/model/Codes.h"
#include "core/model/ReviewOutcome.h"
#include "core/rules/MatterClocks.h"
#include "ui/workspace/MatterDialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace foi::ui {

using matterdialog::buttons;
using matterdialog::dateField;
using matterdialog::noProblem;
using matterdialog::problemLabel;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

IcoDeadlineDialog::IcoDeadlineDialog(const QDate &today, Apply tryApply, QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("icoDeadlineDialog"));
    setWindowTitle(tr("Record a date the ICO set"));
    m_what = new QLineEdit(this);
    m_what->setObjectName(QStringLiteral("icoDeadlineWhat"));
    m_what->setPlaceholderText(tr("Our submission; or the reply to information notice IN-123"));
    m_due = dateField(today, QStringLiteral("icoDeadlineDue"), this);
    m_due->setMaximumDate(today.addYears(5));
    m_problem = problemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&What is due:"), m_what);
    form->addRow(tr("&Due on:"), m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("The ICO sets its own dates in its letters and in an "
                                     "information notice (s51): type the date as the letter "
                                     "gives it. It is never computed."),
                                  this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Record date")));
    resize(560, sizeHint().height());
}

void IcoDeadlineDialog::accept()
{
    if (noProblem(m_problem, m_tryApply(m_what->text().trimmed(), m_due->date())))
        QDialog::accept();
}

DecisionNoticeDialog::DecisionNoticeDialog(const QDate &today, const QString &icoReference,
                                           Apply tryApply, QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("decisionNoticeDialog"));
    setWindowTitle(tr("Record the ICO's decision notice"));
    m_reference = new QLineEdit(icoReference, this);
    m_reference->setObjectName(QStringLiteral("noticeReference"));
    m_dated = dateField(today, QStringLiteral("noticeDated"), this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("noticeOutcome"));
    for (core::ReviewDecision decision :
         {core::ReviewDecision::OriginalMaintained, core::ReviewDecision::OriginalPartlyMaintained,
          core::ReviewDecision::OriginalOverturned})
        m_outcome->addItem(
            tr("%1 (the ICO: %2)")
                .arg(core::ReviewOutcomeWording::of(decision, core::OutcomeAudience::Officer),
                     core::ReviewOutcomeWording::of(decision, core::OutcomeAudience::Ico)),
            core::toCode(decision));
    m_stepKind = new QComboBox(this);
    m_stepKind->setObjectName(QStringLiteral("noticeStepKind"));
    m_stepKind->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (core::DecisionNoticeStepKind kind : {core::DecisionNoticeStepKind::IssueFreshResponse,
                                              core::DecisionNoticeStepKind::DiscloseListedItems,
                                              core::DecisionNoticeStepKind::ConfirmOrDeny,
                                              core::DecisionNoticeStepKind::CarryOutInternalReview,
                                              core::DecisionNoticeStepKind::AdviseAndAssist}) {
        const QString name = core::decisionNoticeStepKindName(kind);
        m_stepKind->addItem(name.left(1).toUpper() + name.mid(1), core::toCode(kind));
    }
    m_stepText = new QLineEdit(this);
    m_stepText->setObjectName(QStringLiteral("noticeStepText"));
    m_stepText->setPlaceholderText(tr("The step as the notice words it, or the items it lists"));
    auto *add = new QPushButton(tr("&Add step"), this);
    add->setObjectName(QStringLiteral("addNoticeStepButton"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &DecisionNoticeDialog::addStep);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("noticeSteps"));
    m_steps->setAccessibleName(tr("Steps the notice orders"));
    m_steps->setMaximumHeight(m_steps->fontMetrics().lineSpacing() * 5);
    m_problem = problemLabel(this);

    auto *step = new QHBoxLayout;
    step->addWidget(m_stepKind);
    step->addWidget(m_stepText, 1);
    step->addWidget(add);
    auto *form = new QFormLayout;
    form->addRow(tr("Notice &reference:"), m_reference);
    form->addRow(tr("&Dated:"), m_dated);
    form->addRow(tr("&Outcome:"), m_outcome);
    auto *stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(m_stepKind); // a row holding a layout gets no buddy of its own
    form->addRow(stepLabel, step);
    form->addRow(tr("Steps ordered:"), m_steps);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("The steps are due 35 calendar days from the notice's date "
                                     "(s50(4)); the authority may appeal to the tribunal within "
                                     "28 days of the notice being sent (s57)."),
                                  this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Record notice")));
    resize(760, sizeHint().height());
}

void DecisionNoticeDialog::addStep()
{
    const auto kind =
        core::fromCode<core::DecisionNoticeStepKind>(m_stepKind->currentData().toString());
    if (!kind)
        return;
    m_added.append({*kind, m_stepText->text().trimmed(), std::nullopt, std::nullopt});
    const QString text = m_stepText->text().trimmed();
    m_steps->addItem(tr("Step %1: %2%3")
                         .arg(m_added.size())
                         .arg(core::decisionNoticeStepKindName(*kind),
                              text.isEmpty() ? QString() : tr(" — %1").arg(text)));
    m_stepText->clear();
}

core::DecisionNotice DecisionNoticeDialog::notice() const
{
    core::DecisionNotice notice;
    notice.reference = m_reference->text().trimmed();
    notice.dated = m_dated->date();
    notice.outcome = core::fromCode<core::ReviewDecision>(m_outcome->currentData().toString())
                         .value_or(core::ReviewDecision::Undecided);
    notice.steps = m_added;
    return notice;
}

void DecisionNoticeDialog::accept()
{
    // A step typed but not added is what the officer meant to add.
    if (!m_stepText->text().trimmed().isEmpty())
        addStep();
    if (noProblem(m_problem, m_tryApply(notice())))
        QDialog::accept();
}

AppealDialog::AppealDialog(const QDate &today, const QStringList &steps, Apply tryApply,
                           QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("appealDialog"));
    setWindowTitle(tr("Record an appeal to the tribunal"));
    m_appellant = new QComboBox(this);
    m_appellant->setObjectName(QStringLiteral("appealBy"));
    m_appellant->addItem(tr("The requester"), core::toCode(core::Appellant::Requester));
    m_appellant->addItem(tr("The authority"), core::toCode(core::Appellant::Authority));
    m_lodged = dateField(today, QStringLiteral("appealLodged"), this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("appealReference"));
    m_reference->setPlaceholderText(tr("EA/2025/0123, once the tribunal gives one"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("appealSteps"));
    m_steps->setAccessibleName(tr("Steps the appeal affects"));
    m_steps->setMaximumHeight(m_steps->fontMetrics().lineSpacing() * 5);
    for (const QString &step : steps) {
        auto *item = new QListWidgetItem(step, m_steps);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_problem = problemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Appeal &by:"), m_appellant);
    form->addRow(tr("&Lodged on:"), m_lodged);
    form->addRow(tr("Tribunal &reference:"), m_reference);
    form->addRow(tr("&Affects:"), m_steps);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("While the appeal is pending the steps it affects need not "
                                     "be taken (s50(6)): they show as suspended until it ends."),
                                  this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Record appeal")));
    resize(560, sizeHint().height());
}

core::TribunalAppeal AppealDialog::appeal() const
{
    core::TribunalAppeal appeal;
    appeal.appellant = core::fromCode<core::Appellant>(m_appellant->currentData().toString())
                           .value_or(core::Appellant::Requester);
    appeal.lodged = m_lodged->date();
    appeal.tribunalReference = m_reference->text().trimmed();
    bool all = true;
    for (int i = 0; i < m_steps->count(); ++i) {
        if (m_steps->item(i)->checkState() == Qt::Checked)
            appeal.affectsSteps.append(i);
        else
            all = false;
    }
    if (all)
        appeal.affectsSteps.clear(); // every step, as the model says it
    return appeal;
}

void AppealDialog::accept()
{
    if (m_steps->count() > 0 && appeal().affectsSteps.isEmpty() &&
        m_steps->item(0)->checkState() != Qt::Checked) {
        noProblem(m_problem, tr("Tick the steps the appeal affects."));
        return;
    }
    if (noProblem(m_problem, m_tryApply(appeal())))
        QDialog::accept();
}

AppealEndDialog::AppealEndDialog(const QDate &today, Apply tryApply, QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("appealEndDialog"));
    setWindowTitle(tr("Record how the appeal ended"));
    m_determination = new QComboBox(this);
    m_determination->setObjectName(QStringLiteral("appealDetermination"));
    m_determination->addItem(tr("Withdrawn"), int(core::AppealDetermination::Withdrawn));
    m_determination->addItem(tr("Dismissed: the decision notice stands"),
                             int(core::AppealDetermination::Dismissed));
    m_determination->addItem(tr("Partly allowed"), int(core::AppealDetermination::PartlyAllowed));
    m_determination->addItem(tr("Allowed"), int(core::AppealDetermination::Allowed));
    m_ended = dateField(today, QStringLiteral("appealEndedOn"), this);
    m_stepsDue = dateField(today, QStringLiteral("appealStepsDue"), this);
    m_stepsDue->setMaximumDate(today.addYears(5));
    m_problem = problemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_determination);
    form->addRow(tr("&Ended on:"), m_ended);
    form->addRow(tr("Suspended steps &due on:"), m_stepsDue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("The steps the appeal suspended run again from the date the "
                                     "tribunal's decision or the withdrawal gives."),
                                  this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("Record outcome")));
    resize(560, sizeHint().height());
}

void AppealEndDialog::accept()
{
    const auto determination =
        static_cast<core::AppealDetermination>(m_determination->currentData().toInt());
    if (noProblem(m_problem, m_tryApply(determination, m_ended->date(), m_stepsDue->date())))
        QDialog::accept();
}

MatterDateDialog::MatterDateDialog(const QDate &today, const Wording &wording, Apply tryApply,
                                   QWidget *parent)
    : QDialog(parent)
    , m_tryApply(std::move(tryApply))
{
    setObjectName(QStringLiteral("matterDateDialog"));
    setWindowTitle(wording.title);
    m_date = dateField(today, QStringLiteral("matterDate"), this);
    m_problem = problemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(wording.label, m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(wording.explanation, this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, wording.okText));
    resize(480, sizeHint().height());
}

void MatterDateDialog::accept()
{
    if (noProblem(m_problem, m_tryApply(m_date->date())))
        QDialog::accept();
}

} // namespace foi::ui
