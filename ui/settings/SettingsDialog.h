#pragma once

#include "settings/Profiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace foi::ui {

// Settings: the officer's profile (name, role), the authority's profile (name, kind of
// authority, address, FOI unit and internal review contacts, logo), the reference pattern with
// a preview of the next reference, and the folder for backups. Edits a copy; the caller saves.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Profiles &profiles, QWidget *parent = nullptr);

    Profiles profiles() const;

private:
    QWidget *officerPage();
    QWidget *authorityPage();
    QWidget *storePage();
    QLineEdit *lineEdit(const QString &objectName, const QString &name, const QString &text);
    void previewReference();

    Profiles m_profiles;
    QLineEdit *m_officerNameEdit = nullptr;
    QLineEdit *m_officerRoleEdit = nullptr;
    QLineEdit *m_authorityNameEdit = nullptr;
    QComboBox *m_authorityKindCombo = nullptr;
    QPlainTextEdit *m_addressEdit = nullptr;
    QLineEdit *m_foiContactEdit = nullptr;
    QLineEdit *m_reviewContactEdit = nullptr;
    QLineEdit *m_logoEdit = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLabel *m_patternPreviewLabel = nullptr;
    QLineEdit *m_backupFolderEdit = nullptr;
};

} // namespace foi::ui
