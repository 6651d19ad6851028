#include "ui/workspace/CiteEvidenceDialog.h"

#include "ui/widgets/Labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

namespace {
constexpr int shownIndexRole = Qt::UserRole;
} // namespace

CiteEvidenceDialog::CiteEvidenceDialog(const QList<core::Attachment> &searchEvidence,
                                       const core::SearchRecord &search, Attacher attacher,
                                       QWidget *parent)
    : QDialog(parent)
    , m_search(search)
    , m_attacher(std::move(attacher))
{
    setObjectName(QStringLiteral("citeEvidenceDialog"));
    setWindowTitle(tr("Cite evidence of a search"));
    auto *intro = new QLabel(
        tr("Tick the files that show the search of %1. Files are attached to the case as "
           "search evidence; a file that is not attached yet can be attached here.")
            .arg(search.where),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("citeEvidenceList"));
    m_list->setAccessibleName(tr("Search evidence attached to the case"));
    m_list->setAccessibleDescription(tr("Space ticks a file to cite it"));
    m_list->setWordWrap(true);
    intro->setBuddy(m_list);
    for (const core::Attachment &attachment : searchEvidence)
        addItem(attachment, false);
    m_attachButton = new QPushButton(tr("&Attach a new file…"), this);
    m_attachButton->setObjectName(QStringLiteral("attachAndCiteButton"));
    m_attachButton->setAccessibleName(tr("Attach a new file as search evidence and cite it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_citeButton = buttons->button(QDialogButtonBox::Ok);
    m_citeButton->setText(tr("&Cite"));
    m_citeButton->setObjectName(QStringLiteral("citeButton"));
    buttons->addButton(m_attachButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attachButton, &QPushButton::clicked, this, &CiteEvidenceDialog::attachNew);
    connect(m_list, &QListWidget::itemChanged, this, &CiteEvidenceDialog::updateButtons);
    m_attachButton->setEnabled(static_cast<bool>(m_attacher));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    resize(520, 340);
}

void CiteEvidenceDialog::addItem(const core::Attachment &attachment, bool ticked)
{
    const bool cited = m_search.cites(attachment.sha256);
    QString text = Labels::attachment(attachment, QStringLiteral(", "));
    if (cited)
        text = tr("%1 \u2014 already cited").arg(text);
    m_shown.append(attachment); // before the item, whose changes read it
    auto *item = new QListWidgetItem(text, m_list);
    item->setToolTip(tr("SHA-256 %1").arg(attachment.sha256));
    item->setData(shownIndexRole, static_cast<int>(m_shown.size() - 1));
    // A file already cited stays ticked and cannot be chosen again.
    item->setFlags(cited ? Qt::ItemIsEnabled
                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(cited || ticked ? Qt::Checked : Qt::Unchecked);
}

void CiteEvidenceDialog::attachNew()
{
    if (!m_attacher)
        return;
    for (const core::Attachment &attachment : m_attacher()) {
        // The same content attached again is shown once, ticked.
        bool known = false;
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            if (m_shown.at(item->data(shownIndexRole).toInt()).sha256 == attachment.sha256) {
                if (item->flags() & Qt::ItemIsUserCheckable)
                    item->setCheckState(Qt::Checked);
                known = true;
            }
        }
        if (!known)
            addItem(attachment, true);
    }
    updateButtons();
}

QList<core::Attachment> CiteEvidenceDialog::chosen() const
{
    QList<core::Attachment> files;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            files.append(m_shown.at(item->data(shownIndexRole).toInt()));
    }
    return files;
}

void CiteEvidenceDialog::updateButtons()
{
    m_citeButton->setEnabled(!chosen().isEmpty());
}

} // namespace foi::ui
