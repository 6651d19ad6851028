#include "ui/review/ExportForReviewDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace foi::ui {

ExportForReviewDialog::ExportForReviewDialog(const QString &reference,
                                             const QList<core::KeyRing::Entry> &trusted,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportForReviewDialog"));
    setWindowTitle(tr("Export %1 for review").arg(reference));
    auto *form = new QFormLayout(this);
    m_reviewerCombo = new QComboBox(this);
    m_reviewerCombo->setObjectName(QStringLiteral("reviewerCombo"));
    m_reviewerCombo->addItem(tr("Anyone who trusts my key (not encrypted)"));
    for (const core::KeyRing::Entry &entry : trusted) {
        if (entry.revoked || entry.publicKey.isEmpty())
            continue;
        m_trusted.append(entry);
        m_reviewerCombo->addItem(tr("%1 (%2…)").arg(entry.name, entry.fingerprint.left(19)));
    }
    if (!m_trusted.isEmpty())
        m_reviewerCombo->setCurrentIndex(1);
    form->addRow(tr("&Reviewer"), m_reviewerCombo);
    m_includeRequesterCheck =
        new QCheckBox(tr("Include the requester's name and contact details"), this);
    m_includeRequesterCheck->setObjectName(QStringLiteral("includeRequesterCheck"));
    form->addRow(QString(), m_includeRequesterCheck);
    auto *note = new QLabel(tr("Reviewers normally decide without knowing who asked. Include the "
                               "requester only when it matters (for example a vexatious or "
                               "repeated request); the choice is recorded in the audit trail."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("exportReviewWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();
    form->addRow(m_warningLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ExportForReviewDialog::setWarning(const QString &text)
{
    m_warningLabel->setText(text);
    m_warningLabel->setVisible(!text.isEmpty());
    if (auto *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
        ok->setText(text.isEmpty() ? tr("OK") : tr("Export and &withdraw the approval"));
}

std::optional<core::PublicKey> ExportForReviewDialog::reviewer() const
{
    const int index = m_reviewerCombo->currentIndex() - 1;
    if (index < 0 || index >= m_trusted.size())
        return std::nullopt;
    return core::PublicKey{m_trusted.at(index).name, m_trusted.at(index).publicKey};
}

bool ExportForReviewDialog::includeRequester() const
{
    return m_includeRequesterCheck->isChecked();
}

} // namespace foi::ui
