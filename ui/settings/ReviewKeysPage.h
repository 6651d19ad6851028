#pragma once

#include "core/review/KeyRing.h"
#include "core/review/PublicKey.h"
#include "core/support/Clock.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace foi::ui {

class FileChooser;

// Settings › Review keys: the officer's own review key with its fingerprint and Export; Import
// of a colleague's public key file, which only shows the key's owner and fingerprint to compare
// with them (trusting it is a second, deliberate step); the keys trusted, and Revoke, which asks
// again before it acts because a revoked key can never be trusted again. It uses the same key
// folder and officer name as review export and respond, so that the key shown is the key that
// signs. Problems are said in the page, beside the buttons. The *File functions are the flows
// without their file dialogs.
class ReviewKeysPage : public QWidget
{
    Q_OBJECT
public:
    // `files` asks where to export the officer's key and which colleague's key to import.
    ReviewKeysPage(const QString &keyFolder, const QString &officer, const core::Clock &clock,
                   FileChooser &files, QWidget *parent = nullptr);

    bool exportOwnKeyFile(const QString &path);
    bool importKeyFile(const QString &path);
    bool trustImportedKey();
    // Asks to confirm revoking the key selected in the list; confirmRevoke() does it.
    void askToRevokeSelected();
    bool confirmRevoke();

    QString message() const;

private:
    QWidget *ownKeyBox();
    QWidget *importBox();
    QWidget *trustedBox();
    void showOwnKey();
    void reloadTrusted();
    void say(const QString &text, bool problem);
    QString selectedFingerprint() const;

    core::KeyRing m_keys;
    FileChooser &m_files;
    QString m_officer;
    std::optional<core::PublicKey> m_imported;
    QString m_toRevoke;
    QLabel *m_ownKeyLabel = nullptr;
    QLabel *m_importedKeyLabel = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QTableWidget *m_trustedTable = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QGroupBox *m_confirmRevokeBox = nullptr;
    QLabel *m_confirmRevokeLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace foi::ui
