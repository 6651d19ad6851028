#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/support/Clock.h"
#include "core/support/Profiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace foi::ui {

class AuthorityPage;
class FileChooser;

// Settings: the officer's profile (name, role), the authority's profile (AuthorityPage: the
// authority.json file letters are signed with, saved here when OK is pressed and refused with
// the reason when it could not sign letters), the reference pattern with a preview of the next
// reference, and the folder for backups with "Back up now" (run by the caller, which owns the
// store). The QSettings part edits a copy; the caller saves it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const core::Profiles &profiles, const core::AuthorityProfile &authority,
                   const QString &authorityProfilePath, const core::Clock &clock,
                   FileChooser &files, QWidget *parent = nullptr);

    core::Profiles profiles() const;
    AuthorityPage *authorityPage() const { return m_authorityPage; }
    // Opens on the authority's profile (the first run's offer to fill it in).
    void showAuthorityPage();

    // A page another part of the workbench owns (Settings › Review keys), after the others.
    void addPage(QWidget *page, const QString &title);

    void accept() override;
    // Shown when no folder is chosen: where backups then go.
    void setDefaultBackupFolder(const QString &folder);
    // For a team store: its backups are made on the server, so the backup row is disabled and
    // says so.
    void setBackupsOnServer();

signals:
    // "Back up now" with the folder as typed (empty: the default folder).
    void backUpNowRequested(const QString &folder);

private:
    QWidget *officerPage();
    QWidget *storePage();
    QLineEdit *lineEdit(const QString &objectName, const QString &name, const QString &text);
    void previewReference();

    core::Profiles m_profiles;
    core::Clock m_clock;  // the date in the reference preview
    FileChooser &m_files; // the backup folder, and the authority's logo and paragraphs
    QLineEdit *m_officerNameEdit = nullptr;
    QLineEdit *m_officerRoleEdit = nullptr;
    QComboBox *m_interfaceLanguageCombo = nullptr;
    QTabWidget *m_tabs = nullptr;
    AuthorityPage *m_authorityPage = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLabel *m_patternPreviewLabel = nullptr;
    QSpinBox *m_referenceStartSpin = nullptr;
    QLineEdit *m_backupFolderEdit = nullptr;
    QPushButton *m_backUpNowButton = nullptr;
    QPushButton *m_chooseBackupFolderButton = nullptr;
};

} // namespace foi::ui
