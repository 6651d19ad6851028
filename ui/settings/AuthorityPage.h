#pragma once

#include "core/reply/AuthorityProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace foi::ui {

class FileChooser;

// The settings page for the authority's profile, the very file letters are signed with
// (core::AuthorityProfile, found by AuthorityProfileLocator): name, kind of authority, address,
// the FOI unit and its email, the internal review contact, who signs, the logo, an optional
// folder of the authority's own letter paragraphs and how a bilingual letter is set out. save()
// writes that file and says what is wrong when the profile cannot sign letters.
class AuthorityPage : public QWidget
{
    Q_OBJECT
public:
    // `files` asks for the logo and the folder of the authority's own paragraphs.
    AuthorityPage(const core::AuthorityProfile &profile, const QString &profilePath,
                  FileChooser &files, QWidget *parent = nullptr);

    core::AuthorityProfile profile() const;
    // Checks and writes the profile; on a problem shows it on the page and returns false. A
    // page left as it was shown writes nothing and succeeds, so the rest of Settings (the
    // officer's name) can be saved before any authority profile exists.
    bool save();

private:
    void createWidgets(const core::AuthorityProfile &profile);
    void layOut();
    QLineEdit *lineEdit(const QString &objectName, const QString &name, const QString &text);
    QWidget *withBrowseButton(QLineEdit *edit, const QString &objectName, const QString &label,
                              bool folder);

    QString m_profilePath;
    FileChooser &m_files;
    core::AuthorityProfile m_shown;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPlainTextEdit *m_addressEdit = nullptr;
    QLineEdit *m_unitNameEdit = nullptr;
    QLineEdit *m_unitEmailEdit = nullptr;
    QLineEdit *m_reviewContactEdit = nullptr;
    QLineEdit *m_signatoryEdit = nullptr;
    QLineEdit *m_signatoryRoleEdit = nullptr;
    QLineEdit *m_logoEdit = nullptr;
    QLineEdit *m_overridesEdit = nullptr;
    QComboBox *m_bilingualLayoutCombo = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
};

} // namespace foi::ui
