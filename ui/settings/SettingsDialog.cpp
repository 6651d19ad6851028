#include "settings/SettingsDialog.h"

#include "intake/ReferenceAllocator.h"
#include "settings/CalendarImportPage.h"
#include "widgets/FieldSync.h"
#include "widgets/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace foi::ui {

SettingsDialog::SettingsDialog(const Profiles &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    tabs->addTab(officerPage(), tr("&Officer"));
    tabs->addTab(authorityPage(), tr("&Authority"));
    tabs->addTab(storePage(), tr("&References and store"));
    tabs->addTab(new CalendarImportPage(CalendarImportPage::defaultPath(), this), tr("&Calendar"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

QLineEdit *SettingsDialog::lineEdit(const QString &objectName, const QString &name,
                                    const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    return edit;
}

QWidget *SettingsDialog::officerPage()
{
    auto *page = new QWidget(this);
    m_officerNameEdit =
        lineEdit(QStringLiteral("officerNameEdit"), tr("Your name"), m_profiles.officerName);
    m_officerNameEdit->setAccessibleDescription(tr("Recorded in the audit trail with each change"));
    m_officerRoleEdit =
        lineEdit(QStringLiteral("officerRoleEdit"), tr("Your role"), m_profiles.officerRole);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Your &name:"), m_officerNameEdit);
    form->addRow(tr("Your &role:"), m_officerRoleEdit);
    return page;
}

QWidget *SettingsDialog::authorityPage()
{
    auto *page = new QWidget(this);
    m_authorityNameEdit = lineEdit(QStringLiteral("authorityNameEdit"), tr("Authority's name"),
                                   m_profiles.authorityName);
    m_authorityKindCombo = new QComboBox(page);
    m_authorityKindCombo->setObjectName(QStringLiteral("authorityKindCombo"));
    m_authorityKindCombo->setAccessibleName(tr("Kind of authority"));
    m_authorityKindCombo->setAccessibleDescription(
        tr("Decides which exemptions the authority may use and its cost limit"));
    Labels::fill(m_authorityKindCombo,
                 QList<core::AuthorityKind>{
                     core::AuthorityKind::Police, core::AuthorityKind::LocalAuthority,
                     core::AuthorityKind::GovernmentDepartment,
                     core::AuthorityKind::WelshGovernment, core::AuthorityKind::Parliament,
                     core::AuthorityKind::AuditBody, core::AuthorityKind::Other},
                 &Labels::authorityKind);
    FieldSync::setData(m_authorityKindCombo, static_cast<int>(m_profiles.authorityKind));
    m_addressEdit = new QPlainTextEdit(m_profiles.authorityAddress, page);
    m_addressEdit->setObjectName(QStringLiteral("authorityAddressEdit"));
    m_addressEdit->setAccessibleName(tr("Authority's address"));
    m_addressEdit->setTabChangesFocus(true);
    m_foiContactEdit =
        lineEdit(QStringLiteral("foiContactEdit"), tr("FOI unit contact"), m_profiles.foiContact);
    m_reviewContactEdit = lineEdit(QStringLiteral("reviewContactEdit"),
                                   tr("Internal review contact"), m_profiles.reviewContact);
    m_logoEdit = lineEdit(QStringLiteral("logoPathEdit"), tr("Logo file"), m_profiles.logoPath);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_authorityNameEdit);
    form->addRow(tr("&Kind of authority:"), m_authorityKindCombo);
    form->addRow(tr("A&ddress:"), m_addressEdit);
    form->addRow(tr("&FOI unit contact:"), m_foiContactEdit);
    form->addRow(tr("&Internal review contact:"), m_reviewContactEdit);
    form->addRow(tr("&Logo file:"), m_logoEdit);
    return page;
}

QWidget *SettingsDialog::storePage()
{
    auto *page = new QWidget(this);
    m_patternEdit = lineEdit(QStringLiteral("referencePatternEdit"), tr("Reference pattern"),
                             m_profiles.referencePattern);
    m_patternEdit->setAccessibleDescription(
        tr("Fields: {seq} running number, {seq:4} padded, {yy}, {yyyy}, {mm}"));
    m_patternPreviewLabel = new QLabel(page);
    m_patternPreviewLabel->setObjectName(QStringLiteral("referencePreviewLabel"));
    m_patternPreviewLabel->setWordWrap(true);
    m_backupFolderEdit =
        lineEdit(QStringLiteral("backupFolderEdit"), tr("Backup folder"), m_profiles.backupFolder);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Reference &pattern:"), m_patternEdit);
    form->addRow(QString(), m_patternPreviewLabel);
    form->addRow(tr("&Backups go to:"), m_backupFolderEdit);
    connect(m_patternEdit, &QLineEdit::textChanged, this, &SettingsDialog::previewReference);
    previewReference();
    return page;
}

void SettingsDialog::previewReference()
{
    const auto allocator = core::ReferenceAllocator::create(m_patternEdit->text());
    m_patternPreviewLabel->setText(allocator ? tr("The first request received today would be %1.")
                                                   .arg(allocator->format(1, QDate::currentDate()))
                                             : allocator.error().message);
}

Profiles SettingsDialog::profiles() const
{
    Profiles p = m_profiles;
    p.officerName = m_officerNameEdit->text().trimmed();
    p.officerRole = m_officerRoleEdit->text().trimmed();
    p.authorityName = m_authorityNameEdit->text().trimmed();
    p.authorityKind = static_cast<core::AuthorityKind>(m_authorityKindCombo->currentData().toInt());
    p.authorityAddress = m_addressEdit->toPlainText().trimmed();
    p.foiContact = m_foiContactEdit->text().trimmed();
    p.reviewContact = m_reviewContactEdit->text().trimmed();
    p.logoPath = m_logoEdit->text().trimmed();
    p.referencePattern = m_patternEdit->text().trimmed();
    p.backupFolder = m_backupFolderEdit->text().trimmed();
    return p;
}

} // namespace foi::ui
