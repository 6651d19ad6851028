#include "ui/workspace/CommissionerPanel.h"

#include "core/model/Case.h"
#include "core/model/ReviewOutcome.h"
#include "core/rules/MatterClocks.h"
#include "core/services/CaseDocument.h"
#include "core/services/MatterService.h"
#include "ui/workspace/CommissionerDialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace foi::ui {

namespace {

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMM yyyy"));
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(QString::fromLatin1(name));
    return made;
}

template<typename Dialog> void openModal(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

CommissionerPanel::CommissionerPanel(core::CaseDocument &document, core::MatterService &matters,
                                     Today today, QWidget *parent)
    : QGroupBox(tr("Information Commissioner and tribunal"), parent)
    , m_document(document)
    , m_matters(matters)
    , m_today(std::move(today))
{
    setObjectName(QStringLiteral("icoBox"));
    createWidgets();
    layOut();
    refresh();
}

void CommissionerPanel::createWidgets()
{
    m_matterCombo = new QComboBox(this);
    m_matterCombo->setObjectName(QStringLiteral("icoMatterCombo"));
    connect(m_matterCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refreshMatter();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("icoSummary"));
    m_summary->setWordWrap(true);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("icoSteps"));
    m_steps->setAccessibleName(tr("The decision notice's steps"));
    m_steps->setMaximumHeight(m_steps->fontMetrics().lineSpacing() * 5);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("icoMessage"));
    m_message->setWordWrap(true);
    m_deadlineButton = button(tr("ICO &date…"), "icoDeadlineButton", this);
    m_deadlineButton->setToolTip(
        tr("A date the ICO set in a letter or an information notice (s51)"));
    m_noticeButton = button(tr("Decision &notice…"), "decisionNoticeButton", this);
    m_appealButton = button(tr("&Appeal lodged…"), "appealButton", this);
    m_appealEndButton = button(tr("Appeal en&ded…"), "appealEndButton", this);
    m_stepDoneButton = button(tr("S&tep done…"), "stepDoneButton", this);
    m_remedyButton = button(tr("Remedial res&ponse"), "icoRemedyButton", this);
    m_remedyButton->setToolTip(
        tr("The notice orders a fresh response, disclosure or "
           "confirmation: reopen the decision as an amendment that cites "
           "the notice, and send the correction letter from the Reply step."));
    m_closeButton = button(tr("C&lose matter…"), "closeMatterButton", this);
    connect(m_deadlineButton, &QPushButton::clicked, this, &CommissionerPanel::recordDeadline);
    connect(m_noticeButton, &QPushButton::clicked, this, &CommissionerPanel::recordNotice);
    connect(m_appealButton, &QPushButton::clicked, this, &CommissionerPanel::lodgeAppeal);
    connect(m_appealEndButton, &QPushButton::clicked, this, &CommissionerPanel::endAppeal);
    connect(m_stepDoneButton, &QPushButton::clicked, this, &CommissionerPanel::stepDone);
    connect(m_remedyButton, &QPushButton::clicked, this, &CommissionerPanel::openRemedy);
    connect(m_closeButton, &QPushButton::clicked, this, &CommissionerPanel::closeMatter);
}

void CommissionerPanel::layOut()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Matter:"), m_matterCombo);
    form->addRow(QString(), m_summary);
    form->addRow(tr("Ste&ps:"), m_steps);
    auto *actions = new QHBoxLayout;
    for (QPushButton *action : {m_deadlineButton, m_noticeButton, m_appealButton, m_appealEndButton,
                                m_stepDoneButton, m_remedyButton})
        actions->addWidget(action);
    actions->addStretch();
    actions->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
}

int CommissionerPanel::matterIndex() const
{
    const int index = m_matterCombo->currentIndex();
    return index >= 0 && index < m_document.current().commissionerMatters.size() ? index : -1;
}

QString CommissionerPanel::matterId() const
{
    const int index = matterIndex();
    return index < 0 ? QString() : m_document.current().commissionerMatters.at(index).id;
}

void CommissionerPanel::showMatter(int index)
{
    if (index >= 0 && index < m_matterCombo->count())
        m_matterCombo->setCurrentIndex(index);
}

void CommissionerPanel::refresh()
{
    const core::Case &theCase = m_document.current();
    m_refreshing = true;
    const int chosen = m_matterCombo->currentIndex();
    m_matterCombo->clear();
    for (const core::CommissionerMatter &matter : theCase.commissionerMatters) {
        QString name = matter.icoReference.isEmpty()
                           ? matter.id
                           : tr("%1 (%2)").arg(matter.id, matter.icoReference);
        if (matter.closed)
            name = tr("%1, closed").arg(name);
        m_matterCombo->addItem(name);
    }
    m_matterCombo->setCurrentIndex(
        chosen >= 0 && chosen < m_matterCombo->count() ? chosen : m_matterCombo->count() - 1);
    m_refreshing = false;
    setVisible(!theCase.commissionerMatters.isEmpty());
    refreshMatter();
}

QStringList CommissionerPanel::stepNames() const
{
    QStringList names;
    const int index = matterIndex();
    if (index < 0)
        return names;
    const core::CommissionerMatter &matter = m_document.current().commissionerMatters.at(index);
    if (!matter.decisionNotice)
        return names;
    for (int i = 0; i < matter.decisionNotice->steps.size(); ++i) {
        const core::DecisionNoticeStep &step = matter.decisionNotice->steps.at(i);
        names << tr("Step %1: %2%3")
                     .arg(i + 1)
                     .arg(core::decisionNoticeStepKindName(step.kind),
                          step.description.isEmpty() ? QString()
                                                     : tr(" — %1").arg(step.description));
    }
    return names;
}

void CommissionerPanel::refreshMatter()
{
    const int index = matterIndex();
    if (index < 0)
        return;
    const core::Case &theCase = m_document.current();
    const core::CommissionerMatter &matter = theCase.commissionerMatters.at(index);
    setTitle(tr("Information Commissioner: %1").arg(matter.id));
    QStringList lines{
        tr("ICO letter received %1; reference %2; case officer %3.")
            .arg(longDate(matter.received),
                 matter.icoReference.isEmpty() ? tr("not yet given") : matter.icoReference,
                 matter.icoCaseOfficer.isEmpty() ? tr("not named") : matter.icoCaseOfficer)};
    const auto pending = std::find_if(matter.appeals.cbegin(), matter.appeals.cend(),
                                      [](const core::TribunalAppeal &a) { return a.isPending(); });
    if (matter.decisionNotice) {
        const core::DecisionNotice &notice = *matter.decisionNotice;
        lines << tr("Decision notice %1 of %2: %3 (the ICO: %4).")
                     .arg(notice.reference.isEmpty() ? matter.icoReference : notice.reference,
                          longDate(notice.dated),
                          core::ReviewOutcomeWording::of(notice.outcome,
                                                         core::OutcomeAudience::Officer),
                          core::ReviewOutcomeWording::of(notice.outcome,
                                                         core::OutcomeAudience::Ico));
    }
    if (pending != matter.appeals.cend())
        lines << tr("Appeal %1 lodged %2 by %3: pending.")
                     .arg(pending->tribunalReference, longDate(pending->lodged),
                          pending->appellant == core::Appellant::Authority ? tr("the authority")
                                                                           : tr("the requester"));
    if (matter.closed)
        lines << tr("Closed on %1.").arg(longDate(*matter.closed));
    m_summary->setText(lines.join(u' '));

    // Each step with its clock, as MatterClocks computes it for the open case.
    const QList<core::OpenClock> clocks = m_matters.openClocks(theCase);
    const QStringList names = stepNames();
    const int row = m_steps->currentRow();
    m_steps->clear();
    for (int i = 0; i < names.size(); ++i) {
        const core::DecisionNoticeStep &step = matter.decisionNotice->steps.at(i);
        QString state;
        QColor colour;
        const QString prefix = QStringLiteral("Step %1:").arg(i + 1);
        const auto clock = std::find_if(clocks.cbegin(), clocks.cend(), [&](const auto &c) {
            return c.kind == core::ClockKind::DecisionNoticeStep && c.matterId == matter.id &&
                   c.what.startsWith(prefix);
        });
        if (step.completed) {
            state = tr("done %1").arg(longDate(*step.completed));
        } else if (clock != clocks.cend()) {
            switch (clock->status) {
            case core::ClockStatus::Suspended:
                state = clock->note;
                colour = QColor(0x70, 0x70, 0x70);
                break;
            case core::ClockStatus::Overdue:
                state = tr("overdue: was due %1").arg(longDate(clock->due));
                colour = QColor(0xb0, 0x00, 0x20);
                break;
            case core::ClockStatus::Open:
                state = tr("due %1").arg(longDate(clock->due));
                break;
            }
        }
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(names.at(i), state), m_steps);
        // Why the date did not move (a notice's 35 days ending on a holiday), in full.
        const bool noted = clock != clocks.cend() && !step.completed && !clock->note.isEmpty() &&
                           clock->status != core::ClockStatus::Suspended;
        item->setToolTip(noted ? tr("%1\n%2").arg(item->text(), clock->note) : item->text());
        if (colour.isValid())
            item->setForeground(colour);
    }
    m_steps->setCurrentRow(row >= 0 && row < m_steps->count() ? row : 0);
    m_steps->setVisible(m_steps->count() > 0);

    const bool open = !matter.closed;
    const bool hasPending = pending != matter.appeals.cend();
    m_deadlineButton->setEnabled(open);
    m_noticeButton->setEnabled(open && !matter.decisionNotice);
    m_appealButton->setEnabled(open && matter.decisionNotice && !hasPending);
    m_appealEndButton->setEnabled(open && hasPending);
    m_stepDoneButton->setEnabled(open && m_steps->count() > 0);
    m_closeButton->setEnabled(open && !hasPending);
    m_remedyButton->setEnabled(
        open && matter.decisionNotice &&
        std::none_of(theCase.reply.amendments.cbegin(), theCase.reply.amendments.cend(),
                     [&matter](const core::Amendment &a) { return a.matter == matter.id; }));
}

QString CommissionerPanel::apply(const QString &description,
                                 const std::function<core::Status(core::Case &)> &change)
{
    core::Case changed = m_document.current();
    if (const core::Status done = change(changed); !done)
        return done.error().message;
    m_message->clear();
    m_document.edit(description, [&](core::Case &theCase) { theCase = changed; });
    return {};
}

void CommissionerPanel::recordDeadline()
{
    const QString id = matterId();
    openModal(new IcoDeadlineDialog(
        m_today(),
        [this, id](const QString &what, const QDate &due) {
            return apply(tr("Record ICO date on %1").arg(id), [&](core::Case &theCase) {
                return m_matters.addCommissionerDeadline(theCase, id, what, due);
            });
        },
        this));
}

void CommissionerPanel::recordNotice()
{
    const int index = matterIndex();
    if (index < 0)
        return;
    const QString id = matterId();
    openModal(new DecisionNoticeDialog(
        m_today(), m_document.current().commissionerMatters.at(index).icoReference,
        [this, id](const core::DecisionNotice &notice) {
            return apply(tr("Record decision notice on %1").arg(id), [&](core::Case &theCase) {
                return m_matters.recordDecisionNotice(theCase, id, notice);
            });
        },
        this));
}

void CommissionerPanel::lodgeAppeal()
{
    const QString id = matterId();
    openModal(new AppealDialog(
        m_today(), stepNames(),
        [this, id](const core::TribunalAppeal &appeal) {
            return apply(tr("Record appeal on %1").arg(id), [&](core::Case &theCase) {
                return m_matters.lodgeAppeal(theCase, id, appeal);
            });
        },
        this));
}

void CommissionerPanel::endAppeal()
{
    const QString id = matterId();
    openModal(new AppealEndDialog(
        m_today(),
        [this, id](core::AppealDetermination determination, const QDate &ended,
                   const QDate &stepsDue) {
            return apply(tr("Record end of appeal on %1").arg(id), [&](core::Case &theCase) {
                return m_matters.endAppeal(theCase, id, determination, ended, stepsDue);
            });
        },
        this));
}

void CommissionerPanel::stepDone()
{
    const QString id = matterId();
    const int step = m_steps->currentRow();
    if (step < 0)
        return;
    openModal(new MatterDateDialog(
        m_today(),
        {tr("Record step %1 done").arg(step + 1),
         tr("The day step %1 of the decision notice was taken: its clock stops.").arg(step + 1),
         tr("&Done on:"), tr("Record step done")},
        [this, id, step](const QDate &on) {
            return apply(
                tr("Record step %1 done on %2").arg(step + 1).arg(id),
                [&](core::Case &theCase) { return m_matters.completeStep(theCase, id, step, on); });
        },
        this));
}

void CommissionerPanel::openRemedy()
{
    const QString id = matterId();
    const core::Result<core::Case> amended =
        m_matters.prepareRemedialResponse(m_document.current(), id);
    if (!amended) {
        m_message->setText(amended.error().message);
        return;
    }
    m_document.edit(tr("Open remedial response to %1").arg(id),
                    [&](core::Case &theCase) { theCase = *amended; });
    m_message->setText(tr("The decision is open again as the notice requires: change it, then "
                          "send the correction letter from the Reply step."));
}

void CommissionerPanel::closeMatter()
{
    const QString id = matterId();
    openModal(new MatterDateDialog(
        m_today(),
        {tr("Close %1").arg(id),
         tr("The Commissioner's matter is over: no step, appeal or ICO date is outstanding. "
            "When it is the case's last open matter, the case comes off hold (regulator "
            "matters are kept at least two years after closing)."),
         tr("&Closed on:"), tr("Close matter")},
        [this, id](const QDate &on) {
            return apply(tr("Close %1").arg(id), [&](core::Case &theCase) {
                return m_matters.closeCommissionerMatter(theCase, id, on);
            });
        },
        this));
}

} // namespace foi::ui
