#include "ui/settings/AuthorityPage.h"

#include "core/reply/AuthorityProfileLocator.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

AuthorityPage::AuthorityPage(const core::AuthorityProfile &profile, const QString &profilePath,
                             FileChooser &files, QWidget *parent)
    : QWidget(parent)
    , m_profilePath(profilePath)
    , m_files(files)
{
    setObjectName(QStringLiteral("authorityPage"));
    createWidgets(profile);
    layOut();
    m_shown = this->profile();
}

QLineEdit *AuthorityPage::lineEdit(const QString &objectName, const QString &name,
                                   const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    return edit;
}

void AuthorityPage::createWidgets(const core::AuthorityProfile &profile)
{
    m_nameEdit =
        lineEdit(QStringLiteral("authorityNameEdit"), tr("Authority's name"), profile.name);
    m_nameEdit->setAccessibleDescription(tr("Heads and signs every reply letter"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("authorityKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of authority"));
    m_kindCombo->setAccessibleDescription(
        tr("Decides which exemptions the authority may use and its cost limit"));
    Labels::fill(m_kindCombo,
                 QList<core::AuthorityKind>{
                     core::AuthorityKind::Police, core::AuthorityKind::LocalAuthority,
                     core::AuthorityKind::GovernmentDepartment,
                     core::AuthorityKind::WelshGovernment, core::AuthorityKind::Parliament,
                     core::AuthorityKind::AuditBody, core::AuthorityKind::Other},
                 &Labels::authorityKind);
    FieldSync::setData(m_kindCombo, static_cast<int>(profile.kind));
    m_addressEdit = new QPlainTextEdit(profile.addressLines.join(QLatin1Char('\n')), this);
    m_addressEdit->setObjectName(QStringLiteral("authorityAddressEdit"));
    m_addressEdit->setAccessibleName(tr("Authority's address"));
    m_addressEdit->setAccessibleDescription(tr("One line of the postal address per line"));
    m_addressEdit->setTabChangesFocus(true);
    m_addressEdit->setMaximumHeight(m_addressEdit->fontMetrics().lineSpacing() * 6 + 12);
    m_unitNameEdit =
        lineEdit(QStringLiteral("foiUnitNameEdit"), tr("FOI unit"), profile.foiUnitName);
    m_unitEmailEdit =
        lineEdit(QStringLiteral("foiContactEdit"), tr("FOI unit email"), profile.foiUnitEmail);
    m_reviewContactEdit = lineEdit(QStringLiteral("reviewContactEdit"),
                                   tr("Internal review contact"), profile.internalReviewContact);
    m_reviewContactEdit->setAccessibleDescription(
        tr("The postal or email address the letter gives for asking for an internal review"));
    m_signatoryEdit = lineEdit(QStringLiteral("signatoryEdit"), tr("Signed by"), profile.signatory);
    m_signatoryEdit->setAccessibleDescription(tr("Leave empty to sign in the FOI unit's name"));
    m_signatoryRoleEdit = lineEdit(QStringLiteral("signatoryRoleEdit"), tr("Signatory's role"),
                                   profile.signatoryRole);
    m_logoEdit = lineEdit(QStringLiteral("logoPathEdit"), tr("Logo file"), profile.logoPath);
    m_logoEdit->setAccessibleDescription(tr("Optional PNG or JPEG for the letterhead"));
    m_overridesEdit = lineEdit(QStringLiteral("letterOverridesEdit"),
                               tr("Folder of the authority's own letter paragraphs"),
                               profile.letterOverrideFolder);
    m_overridesEdit->setAccessibleDescription(
        tr("Optional: .mustache files that replace the standard paragraphs of the same name"));
    m_bilingualLayoutCombo = new QComboBox(this);
    m_bilingualLayoutCombo->setObjectName(QStringLiteral("bilingualLayoutCombo"));
    m_bilingualLayoutCombo->setAccessibleName(tr("Layout of bilingual letters"));
    m_bilingualLayoutCombo->setAccessibleDescription(
        tr("How a letter in Welsh and English sets out its two languages"));
    m_bilingualLayoutCombo->addItem(tr("Welsh first, then English"),
                                    static_cast<int>(core::BilingualLayout::WelshFirst));
    m_bilingualLayoutCombo->addItem(tr("Side by side, Welsh on the left"),
                                    static_cast<int>(core::BilingualLayout::SideBySide));
    FieldSync::setData(m_bilingualLayoutCombo, static_cast<int>(profile.bilingualLayout));
    m_fileLabel = new QLabel(tr("Saved in %1").arg(m_profilePath), this);
    m_fileLabel->setObjectName(QStringLiteral("authorityFileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("authorityProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problemsLabel->hide();
}

QWidget *AuthorityPage::withBrowseButton(QLineEdit *edit, const QString &objectName,
                                         const QString &label, bool folder)
{
    auto *row = new QWidget(this);
    auto *button = new QPushButton(label, row);
    button->setObjectName(objectName);
    button->setAccessibleName(tr("Choose the %1").arg(edit->accessibleName().toLower()));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    row->setFocusProxy(edit);
    connect(button, &QPushButton::clicked, this, [this, edit, folder] {
        const QString chosen = folder ? m_files.folder(this, edit->accessibleName(), edit->text())
                                      : m_files.openFile(this, edit->accessibleName(), edit->text(),
                                                         tr("Images (*.png *.jpg *.jpeg)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

void AuthorityPage::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Kind of authority:"), m_kindCombo);
    form->addRow(tr("A&ddress:"), m_addressEdit);
    form->addRow(tr("FOI &unit:"), m_unitNameEdit);
    form->addRow(tr("FOI unit &email:"), m_unitEmailEdit);
    form->addRow(tr("&Internal review contact:"), m_reviewContactEdit);
    form->addRow(tr("Si&gned by:"), m_signatoryEdit);
    form->addRow(tr("Signatory's r&ole:"), m_signatoryRoleEdit);
    form->addRow(tr("&Logo file:"), withBrowseButton(m_logoEdit, QStringLiteral("chooseLogoButton"),
                                                     tr("Choose…"), false));
    form->addRow(tr("Own letter &paragraphs:"),
                 withBrowseButton(m_overridesEdit, QStringLiteral("chooseOverridesButton"),
                                  tr("Choose…"), true));
    form->addRow(tr("&Bilingual letters:"), m_bilingualLayoutCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_problemsLabel);
    layout->addStretch();
}

core::AuthorityProfile AuthorityPage::profile() const
{
    core::AuthorityProfile p;
    p.name = m_nameEdit->text().trimmed();
    p.kind = static_cast<core::AuthorityKind>(m_kindCombo->currentData().toInt());
    for (const QString &line : m_addressEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            p.addressLines << line.trimmed();
    }
    p.foiUnitName = m_unitNameEdit->text().trimmed();
    p.foiUnitEmail = m_unitEmailEdit->text().trimmed();
    p.internalReviewContact = m_reviewContactEdit->text().trimmed();
    p.signatory = m_signatoryEdit->text().trimmed();
    p.signatoryRole = m_signatoryRoleEdit->text().trimmed();
    p.logoPath = m_logoEdit->text().trimmed();
    p.letterOverrideFolder = m_overridesEdit->text().trimmed();
    p.bilingualLayout =
        static_cast<core::BilingualLayout>(m_bilingualLayoutCombo->currentData().toInt());
    return p;
}

bool AuthorityPage::save()
{
    const core::AuthorityProfile edited = profile();
    if (edited == m_shown) {
        m_problemsLabel->hide();
        return true;
    }
    QStringList messages;
    for (const core::Error &problem : edited.problems())
        messages << problem.message;
    if (messages.isEmpty()) {
        if (const core::Status saved = core::AuthorityProfileLocator::save(edited, m_profilePath);
            !saved)
            messages << saved.error().message;
    }
    m_problemsLabel->setText(messages.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!messages.isEmpty());
    return messages.isEmpty();
}

} // namespace foi::ui
