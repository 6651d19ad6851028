#include "ui/settings/SettingsDialog.h"

#include "core/intake/ReferenceAllocator.h"
#include "ui/settings/AuthorityPage.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace foi::ui {

SettingsDialog::SettingsDialog(const core::Profiles &profiles,
                               const core::AuthorityProfile &authority,
                               const QString &authorityProfilePath, const core::Clock &clock,
                               FileChooser &files, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_clock(clock)
    , m_files(files)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    tabs->addTab(officerPage(), tr("&Officer"));
    m_authorityPage = new AuthorityPage(authority, authorityProfilePath, m_files, this);
    tabs->addTab(m_authorityPage, tr("&Authority"));
    tabs->addTab(storePage(), tr("&References and store"));
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
    m_interfaceLanguageCombo = new QComboBox(page);
    m_interfaceLanguageCombo->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    m_interfaceLanguageCombo->setAccessibleName(tr("Interface language"));
    // Each language is named in its own words, so an officer who reads only one finds it.
    m_interfaceLanguageCombo->addItem(tr("As the system"), QStringLiteral("system"));
    m_interfaceLanguageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_interfaceLanguageCombo->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    m_interfaceLanguageCombo->setCurrentIndex(
        std::max(0, m_interfaceLanguageCombo->findData(m_profiles.interfaceLanguage)));
    auto *languageNote =
        new QLabel(tr("The interface changes language the next time you start the workbench. "
                      "Letters follow each case's language of correspondence."),
                   page);
    languageNote->setObjectName(QStringLiteral("interfaceLanguageNoteLabel"));
    languageNote->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Your &name:"), m_officerNameEdit);
    form->addRow(tr("Your &role:"), m_officerRoleEdit);
    form->addRow(tr("&Interface language:"), m_interfaceLanguageCombo);
    form->addRow(QString(), languageNote);
    return page;
}

QWidget *SettingsDialog::storePage()
{
    auto *page = new QWidget(this);
    m_patternEdit = lineEdit(QStringLiteral("referencePatternEdit"), tr("Reference pattern"),
                             m_profiles.referencePattern);
    m_patternEdit->setAccessibleDescription(
        tr("Fields: {seq} running number, {seq:4} padded, {yy}, {yyyy}, {mm}"));
    m_referenceStartSpin = new QSpinBox(page);
    m_referenceStartSpin->setObjectName(QStringLiteral("referenceStartSpin"));
    m_referenceStartSpin->setRange(1, core::ReferenceAllocator::maxFirstSequence);
    m_referenceStartSpin->setValue(m_profiles.referenceStart);
    m_referenceStartSpin->setAccessibleName(tr("First running number"));
    m_referenceStartSpin->setAccessibleDescription(
        tr("Where {seq} starts each period, until a higher number is in use: set it to go on "
           "from the numbers you used before the workbench"));
    m_patternPreviewLabel = new QLabel(page);
    m_patternPreviewLabel->setObjectName(QStringLiteral("referencePreviewLabel"));
    m_patternPreviewLabel->setWordWrap(true);
    m_backupFolderEdit =
        lineEdit(QStringLiteral("backupFolderEdit"), tr("Backup folder"), m_profiles.backupFolder);
    m_backupFolderEdit->setAccessibleDescription(
        tr("Empty: a folder named backups beside the case store"));
    m_backUpNowButton = new QPushButton(tr("Back &up now"), page);
    m_backUpNowButton->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUpNowButton->setAccessibleName(tr("Back up the case store now"));
    m_backUpNowButton->setAccessibleDescription(
        tr("Copies the store into the backup folder while you work, with progress and Cancel"));
    connect(m_backUpNowButton, &QPushButton::clicked, this,
            [this] { emit backUpNowRequested(m_backupFolderEdit->text().trimmed()); });
    m_chooseBackupFolderButton = new QPushButton(tr("C&hoose…"), page);
    m_chooseBackupFolderButton->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    m_chooseBackupFolderButton->setAccessibleName(tr("Choose the backup folder"));
    m_chooseBackupFolderButton->setAccessibleDescription(
        tr("Opens a folder chooser for where backups go"));
    connect(m_chooseBackupFolderButton, &QPushButton::clicked, this, [this] {
        const QString typed = m_backupFolderEdit->text().trimmed();
        const QString chosen =
            m_files.folder(this, tr("Choose the folder for backups"),
                           typed.isEmpty() ? m_backupFolderEdit->placeholderText() : typed);
        if (!chosen.isEmpty())
            m_backupFolderEdit->setText(QDir::toNativeSeparators(chosen));
    });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolderEdit, 1);
    backupRow->addWidget(m_chooseBackupFolderButton);
    backupRow->addWidget(m_backUpNowButton);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Reference &pattern:"), m_patternEdit);
    form->addRow(tr("&First running number:"), m_referenceStartSpin);
    form->addRow(QString(), m_patternPreviewLabel);
    auto *backupLabel = new QLabel(tr("&Backups go to:"), page);
    backupLabel->setBuddy(m_backupFolderEdit);
    form->addRow(backupLabel, backupRow);
    auto *backupNote = new QLabel(
        tr("Back up now copies the case store while you keep working; Cancel leaves no file "
           "behind. Attached files are kept in their own folder beside the store and are not in "
           "its backup: back that folder up too."),
        page);
    backupNote->setObjectName(QStringLiteral("backupNoteLabel"));
    backupNote->setWordWrap(true);
    form->addRow(QString(), backupNote);
    connect(m_patternEdit, &QLineEdit::textChanged, this, &SettingsDialog::previewReference);
    connect(m_referenceStartSpin, &QSpinBox::valueChanged, this, &SettingsDialog::previewReference);
    previewReference();
    return page;
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    page->setParent(this);
    m_tabs->addTab(page, title);
}

void SettingsDialog::showAuthorityPage()
{
    m_tabs->setCurrentWidget(m_authorityPage);
}

void SettingsDialog::setDefaultBackupFolder(const QString &folder)
{
    m_backupFolderEdit->setPlaceholderText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::setBackupsOnServer()
{
    // The workbench backs up a file; a team store's server is backed up where it runs.
    m_backupFolderEdit->setPlaceholderText(
        tr("A team store is backed up on its server by the people who run it"));
    m_backupFolderEdit->setEnabled(false);
    m_chooseBackupFolderButton->setEnabled(false);
    m_backUpNowButton->setEnabled(false);
}

void SettingsDialog::previewReference()
{
    const int start = m_referenceStartSpin->value();
    const auto allocator = core::ReferenceAllocator::create(m_patternEdit->text(), start);
    m_patternPreviewLabel->setText(
        allocator ? tr("The first request of a period would be %1, unless a higher number is "
                       "already in use (New request offers the next free one).")
                        .arg(allocator->format(start, m_clock.today()))
                  : allocator.error().message);
}

core::Profiles SettingsDialog::profiles() const
{
    core::Profiles p = m_profiles;
    p.officerName = m_officerNameEdit->text().trimmed();
    p.officerRole = m_officerRoleEdit->text().trimmed();
    p.referencePattern = m_patternEdit->text().trimmed();
    p.referenceStart = m_referenceStartSpin->value();
    p.backupFolder = m_backupFolderEdit->text().trimmed();
    p.interfaceLanguage = m_interfaceLanguageCombo->currentData().toString();
    return p;
}

void SettingsDialog::accept()
{
    // The authority's file is written here, so a profile that could not sign letters keeps
    // the dialog open on its page with the reason, and nothing already saved is lost.
    if (!m_authorityPage->save()) {
        m_tabs->setCurrentWidget(m_authorityPage);
        return;
    }
    QDialog::accept();
}

} // namespace foi::ui
