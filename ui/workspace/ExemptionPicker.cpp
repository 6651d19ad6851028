#include "ui/workspace/ExemptionPicker.h"

#include "core/law/ExemptionCatalogue.h"
#include "ui/models/ProvisionFilterModel.h"
#include "ui/models/ProvisionListModel.h"
#include "ui/widgets/Labels.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

ExemptionPicker::ExemptionPicker(const core::ExemptionCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("exemptionPickerWidget"));
    m_model = new ProvisionListModel(catalogue, this);
    m_filter = new ProvisionFilterModel(*m_model, this);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("exemptionSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search exemptions"));
    m_searchEdit->setPlaceholderText(tr("Find by number (31, s24(2)) or words (security)"));
    m_searchEdit->setClearButtonEnabled(true);

    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("provisionListView"));
    m_listView->setAccessibleName(tr("Provisions"));
    m_listView->setModel(m_filter);
    m_listView->setUniformItemSizes(true);
    m_listView->setTextElideMode(Qt::ElideRight);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("provisionDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailsLabel->setMinimumHeight(m_detailsLabel->fontMetrics().lineSpacing() * 6);
    m_detailsLabel->setAccessibleName(tr("About the provision"));

    m_claimButton = new QPushButton(tr("Claim this &provision"), this);
    m_claimButton->setObjectName(QStringLiteral("claimProvisionButton"));
    m_claimButton->setAccessibleDescription(tr("Add a claim under the selected provision"));

    auto *searchLabel = new QLabel(tr("Fin&d a provision:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_listView, 1);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_claimButton);

    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &ProvisionFilterModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_listView->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_listView->setCurrentIndex(m_filter->index(0, 0));
        m_listView->setFocus();
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExemptionPicker::showDetails);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ExemptionPicker::showDetails);
    connect(m_listView, &QListView::activated, this, &ExemptionPicker::choose);
    connect(m_claimButton, &QPushButton::clicked, this, &ExemptionPicker::choose);
    showDetails();
}

void ExemptionPicker::setRegime(core::Regime regime)
{
    m_filter->setRegime(regime);
}

void ExemptionPicker::setAuthorityKind(core::AuthorityKind kind)
{
    m_filter->setAuthorityKind(kind);
}

void ExemptionPicker::setDateOfReceipt(const QDate &date)
{
    m_filter->setDateOfReceipt(date);
}

QString ExemptionPicker::currentProvision() const
{
    return m_listView->currentIndex().data(ProvisionListModel::IdRole).toString();
}

void ExemptionPicker::showDetails()
{
    const core::Provision *provision = m_catalogue.find(currentProvision());
    m_claimButton->setEnabled(provision != nullptr);
    if (!provision) {
        m_detailsLabel->setText(tr("Choose a provision to see what it protects and what it "
                                   "needs."));
        return;
    }
    QStringList facts;
    facts.append(provision->absolute
                     ? tr("Absolute: no public interest test")
                     : (provision->isQualified() ? tr("Qualified: needs a public interest test")
                                                 : tr("Procedural ground")));
    facts.append(Labels::testKind(provision->test));
    if (provision->kind == core::ProvisionKind::NcndExclusion)
        facts.append(tr("removes the duty to confirm or deny"));
    else if (!provision->ncndProvision.isEmpty()) {
        const core::Provision *ncnd = m_catalogue.find(provision->ncndProvision);
        facts.append(tr("NCND under %1").arg(ncnd ? ncnd->citation : provision->ncndProvision));
    }
    m_detailsLabel->setText(tr("<b>%1 – %2</b><br><i>%3</i><br>%4")
                                .arg(provision->citation.toHtmlEscaped(),
                                     provision->title.toHtmlEscaped(),
                                     facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                                     provision->description.toHtmlEscaped()));
}

void ExemptionPicker::choose()
{
    const QString id = currentProvision();
    if (!id.isEmpty())
        emit provisionChosen(id);
}

} // namespace foi::ui
