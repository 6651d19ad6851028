#include "ui/workspace/ExemptionsStep.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/law/ProvisionTest.h"
#include "core/model/WholeRequestRefusal.h"
#include "core/services/CaseDocument.h"
#include "ui/models/ClaimListModel.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/ExemptionPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

ExemptionsStep::ExemptionsStep(core::CaseDocument &document,
                               const core::ExemptionCatalogue &catalogue, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("exemptionsStep"));
    createWidgets();
    layOut();
    connectEdits();
}

void ExemptionsStep::createWidgets()
{
    m_model = new ClaimListModel(document(), m_catalogue, this);
    m_claimsView = new QListView(this);
    m_claimsView->setObjectName(QStringLiteral("claimsListView"));
    m_claimsView->setAccessibleName(tr("Exemption claims"));
    m_claimsView->setModel(m_model);
    m_claimsView->setWordWrap(true);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setSpacing(2);

    m_removeButton = new QPushButton(tr("Remove claim"), this);
    m_removeButton->setObjectName(QStringLiteral("removeClaimButton"));
    m_removeButton->setAccessibleDescription(tr("Remove the selected exemption claim"));

    m_claimLabel = new QLabel(this);
    m_claimLabel->setObjectName(QStringLiteral("claimTitleLabel"));
    m_claimLabel->setWordWrap(true);

    m_dutyCombo = new QComboBox(this);
    m_dutyCombo->setObjectName(QStringLiteral("claimDutyCombo"));
    m_dutyCombo->setAccessibleName(tr("Duty relieved"));
    Labels::fill(m_dutyCombo, QList<core::Duty>{core::Duty::ConfirmOrDeny, core::Duty::Communicate},
                 &Labels::duty);

    m_questionsList = new QListWidget(this);
    m_questionsList->setObjectName(QStringLiteral("claimQuestionsList"));
    m_questionsList->setAccessibleName(tr("Questions the claim covers"));
    m_questionsList->setFlow(QListView::LeftToRight);
    m_questionsList->setWrapping(true);
    m_questionsList->setMaximumHeight(m_questionsList->fontMetrics().lineSpacing() * 3 + 8);

    m_anyOtherCheck = new QCheckBox(tr("Any &other information the request may cover"), this);
    m_anyOtherCheck->setObjectName(QStringLiteral("anyOtherInformationCheckBox"));
    m_anyOtherCheck->setAccessibleDescription(
        tr("For a wider NCND: information beyond the questions answered"));

    m_statisticalCheck = new QCheckBox(
        tr("The information is s&tatistical (s36(4)): no qualified person's opinion is needed"),
        this);
    m_statisticalCheck->setObjectName(QStringLiteral("statisticalCheckBox"));
    m_statisticalCheck->setAccessibleDescription(
        tr("For statistical information section 36 applies without the reasonable opinion of a "
           "qualified person; the prejudice must still be shown"));

    m_testLabel = new QLabel(this);
    m_testLabel->setObjectName(QStringLiteral("claimTestLabel"));
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("claimReasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Why the exemption applies"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Why the provision applies to this information "
                                        "(s17(1)(c))."));

    m_picker = new ExemptionPicker(m_catalogue, this);
}

void ExemptionsStep::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Relieves the duty:"), m_dutyCombo);
    form->addRow(tr("Cover&s:"), m_questionsList);
    form->addRow(QString(), m_anyOtherCheck);
    form->addRow(QString(), m_statisticalCheck);
    auto *reasonLabel = new QLabel(tr("Why it &applies:"), this);
    reasonLabel->setBuddy(m_reasonEdit);

    auto *claims = new QVBoxLayout;
    auto *claimsLabel = new QLabel(tr("C&laims in this case:"), this);
    claimsLabel->setBuddy(m_claimsView);
    claims->addWidget(claimsLabel);
    claims->addWidget(m_claimsView, 2);
    claims->addWidget(m_removeButton, 0, Qt::AlignRight);
    claims->addWidget(m_claimLabel);
    claims->addLayout(form);
    claims->addWidget(m_testLabel);
    claims->addWidget(reasonLabel);
    claims->addWidget(m_reasonEdit, 2);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(claims, 1);
    layout->addWidget(m_picker, 1);
}

void ExemptionsStep::connectEdits()
{
    connect(m_picker, &ExemptionPicker::provisionChosen, this, &ExemptionsStep::addClaim);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = currentClaim();
        document().edit(tr("Remove a claim"), [row](Case &c) {
            if (row >= 0 && row < c.claims.size())
                c.claims.removeAt(row);
        });
        select(row - 1);
    });
    connect(m_dutyCombo, &QComboBox::activated, this, [this] {
        const auto duty = static_cast<core::Duty>(m_dutyCombo->currentData().toInt());
        editClaim(tr("Change the duty a claim relieves"),
                  [duty](core::ExemptionClaim &claim) { claim.relieves = duty; });
    });
    connect(m_questionsList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        const bool covered = item->checkState() == Qt::Checked;
        editClaim(tr("Change the questions a claim covers"),
                  [id, covered](core::ExemptionClaim &claim) {
                      claim.questions.removeAll(id);
                      if (covered)
                          claim.questions.append(id);
                  });
    });
    connect(m_anyOtherCheck, &QCheckBox::toggled, this, [this](bool checked) {
        editClaim(tr("Change what a claim covers"),
                  [checked](core::ExemptionClaim &claim) { claim.anyOtherInformation = checked; });
    });
    connect(m_statisticalCheck, &QCheckBox::toggled, this, [this](bool checked) {
        editClaim(tr("Mark a claim's information as statistical"),
                  [checked](core::ExemptionClaim &claim) { claim.statistical = checked; });
    });
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_reasonEdit->toPlainText();
        editClaim(
            tr("Edit why a claim applies"),
            [text](core::ExemptionClaim &claim) { claim.reason = text; },
            QStringLiteral("claims[%1].reason").arg(currentClaim()));
    });
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        document().endMerge();
        refresh();
    });
}

void ExemptionsStep::addClaim(const QString &provisionId)
{
    const core::Provision *provision = m_catalogue.find(provisionId);
    if (!provision)
        return;
    core::ExemptionClaim claim;
    claim.provision = provision->id;
    claim.relieves = provision->relieves;
    document().edit(tr("Claim %1").arg(provision->citation),
                    [claim](Case &c) { c.claims.append(claim); });
    select(static_cast<int>(document().current().claims.size()) - 1);
    focusLater(m_dutyCombo);
}

void ExemptionsStep::editClaim(const QString &description,
                               const std::function<void(core::ExemptionClaim &)> &change,
                               const QString &mergeKey)
{
    const int row = currentClaim();
    document().edit(
        description,
        [row, &change](Case &c) {
            if (row >= 0 && row < c.claims.size())
                change(c.claims[row]);
        },
        mergeKey);
}

int ExemptionsStep::currentClaim() const
{
    const QModelIndex current = m_claimsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExemptionsStep::select(int row)
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(std::clamp(row, 0, m_model->rowCount() - 1));
    m_claimsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void ExemptionsStep::refreshQuestions()
{
    const Case &theCase = document().current();
    const int row = currentClaim();
    const QSignalBlocker blocker(m_questionsList);
    m_questionsList->clear();
    for (const core::Question &question : theCase.questions) {
        auto *item = new QListWidgetItem(question.id, m_questionsList);
        item->setData(Qt::UserRole, question.id);
        item->setToolTip(Labels::plainToolTip(question.text));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool covered = row >= 0 && theCase.claims.at(row).covers(question.id);
        item->setCheckState(covered ? Qt::Checked : Qt::Unchecked);
    }
}

void ExemptionsStep::refresh()
{
    const Case &theCase = document().current();
    m_picker->setRegime(theCase.regime);
    m_picker->setAuthorityKind(theCase.authority.kind);
    m_picker->setDateOfReceipt(theCase.dateOfReceipt);
    const int row = currentClaim();
    const bool hasClaim = row >= 0 && row < theCase.claims.size();
    for (QWidget *field :
         {static_cast<QWidget *>(m_dutyCombo), static_cast<QWidget *>(m_questionsList),
          static_cast<QWidget *>(m_anyOtherCheck), static_cast<QWidget *>(m_reasonEdit),
          static_cast<QWidget *>(m_removeButton)})
        field->setEnabled(hasClaim);
    refreshQuestions();
    if (!hasClaim) {
        m_claimLabel->setText(theCase.claims.isEmpty()
                                  ? tr("No exemption claimed. Find a provision on the right and "
                                       "claim it.")
                                  : tr("Select a claim to edit it."));
        FieldSync::setText(m_reasonEdit, QString());
        m_statisticalCheck->setVisible(false);
        m_testLabel->clear();
        return;
    }
    const core::ExemptionClaim &claim = theCase.claims.at(row);
    const core::Provision *provision = m_catalogue.find(claim.provision);
    m_claimLabel->setText(
        provision ? tr("<b>%1</b> – %2")
                        .arg(provision->citation.toHtmlEscaped(), provision->title.toHtmlEscaped())
                  : claim.provision.toHtmlEscaped());
    FieldSync::setData(m_dutyCombo, static_cast<int>(claim.relieves));
    {
        const QSignalBlocker blocker(m_anyOtherCheck);
        m_anyOtherCheck->setChecked(claim.anyOtherInformation);
    }
    // s12, s14 and reg 12(4)(b) refuse the request as a whole: "any other information" is then
    // the whole request, and no question needs its own decision.
    m_anyOtherCheck->setText(core::WholeRequestRefusal::isWholeRequestGround(claim.provision)
                                 ? tr("The &whole request: every question is covered")
                                 : tr("Any &other information the request may cover"));
    m_statisticalCheck->setVisible((provision && provision->requiresQualifiedPerson) ||
                                   claim.statistical);
    {
        const QSignalBlocker blocker(m_statisticalCheck);
        m_statisticalCheck->setChecked(claim.statistical);
    }
    m_testLabel->setText(provision ? core::ProvisionTest::whatToShow(*provision) : QString());
    FieldSync::setText(m_reasonEdit, claim.reason);
}

QString ExemptionsStep::summary() const
{
    return tr("The exemptions relied on, the duty each relieves and what it covers");
}

bool ExemptionsStep::reveal(const QString &locator)
{
    const int row = indexIn(locator, QStringLiteral("claims"));
    if (row < 0 || locator.contains(QStringLiteral(".prejudice")) ||
        locator.contains(QStringLiteral(".publicInterest")))
        return false;
    select(row);
    if (locator.contains(QStringLiteral(".questions")) ||
        locator.contains(QStringLiteral("anyOther")))
        focusLater(m_questionsList);
    else if (locator.contains(QStringLiteral(".relieves")))
        focusLater(m_dutyCombo);
    else if (locator.contains(QStringLiteral(".statistical")))
        focusLater(m_statisticalCheck);
    else
        focusLater(m_reasonEdit);
    return true;
}

} // namespace foi::ui
