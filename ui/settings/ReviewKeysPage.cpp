#include "ui/settings/ReviewKeysPage.h"

#include "core/reply/AtomicFile.h"
#include "core/review/PublicKeyFile.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

const QString keyFilter = QObject::tr("Public key files (*.pub *.txt);;All files (*)");

QString when(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? Labels::dateTime(parsed) : iso;
}

QString slugOf(const QString &name)
{
    QString slug;
    for (const QChar c : name.simplified().toLower())
        slug.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-'));
    return slug.isEmpty() ? QStringLiteral("my-key") : slug;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(objectName);
    return made;
}

} // namespace

ReviewKeysPage::ReviewKeysPage(const QString &keyFolder, const QString &officer,
                               const core::Clock &clock, FileChooser &files, QWidget *parent)
    : QWidget(parent)
    , m_keys(keyFolder, clock)
    , m_files(files)
    , m_officer(officer)
{
    setObjectName(QStringLiteral("reviewKeysPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ownKeyBox());
    layout->addWidget(importBox());
    layout->addWidget(trustedBox(), 1);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("reviewKeysMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);
    showOwnKey();
    reloadTrusted();
}

QWidget *ReviewKeysPage::ownKeyBox()
{
    auto *box = new QGroupBox(tr("Your review key"), this);
    auto *layout = new QVBoxLayout(box);
    m_ownKeyLabel = new QLabel(box);
    m_ownKeyLabel->setObjectName(QStringLiteral("ownKeyLabel"));
    m_ownKeyLabel->setWordWrap(true);
    m_ownKeyLabel->setTextFormat(Qt::PlainText);
    m_ownKeyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportButton =
        button(tr("&Export my public key…"), QStringLiteral("exportOwnKeyButton"), box);
    exportButton->setAccessibleDescription(
        tr("Writes your public key to a small file to give to the officers who review your cases"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            m_files.saveFile(this, tr("Export your public key"),
                             slugOf(m_officer) + QStringLiteral(".pub"), keyFilter);
        if (!path.isEmpty())
            exportOwnKeyFile(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_ownKeyLabel, 1);
    row->addWidget(exportButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    return box;
}

QWidget *ReviewKeysPage::importBox()
{
    auto *box = new QGroupBox(tr("A colleague's key"), this);
    auto *layout = new QVBoxLayout(box);
    auto *importButton =
        button(tr("&Import a colleague's key…"), QStringLiteral("importKeyButton"), box);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            m_files.openFile(this, tr("Import a colleague's public key"), {}, keyFilter);
        if (!path.isEmpty())
            importKeyFile(path);
    });
    m_importedKeyLabel = new QLabel(
        tr("Import the public key file a colleague gave you. Its fingerprint is shown here to "
           "compare with them, in person or by phone, before you trust it."),
        box);
    m_importedKeyLabel->setObjectName(QStringLiteral("importedKeyLabel"));
    m_importedKeyLabel->setWordWrap(true);
    m_importedKeyLabel->setTextFormat(Qt::PlainText);
    m_importedKeyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton = button(tr("&Trust this key"), QStringLiteral("trustKeyButton"), box);
    m_trustButton->setEnabled(false);
    m_discardButton = button(tr("&Don't trust it"), QStringLiteral("discardKeyButton"), box);
    m_discardButton->setEnabled(false);
    connect(m_trustButton, &QPushButton::clicked, this, &ReviewKeysPage::trustImportedKey);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        m_imported.reset();
        m_trustButton->setEnabled(false);
        m_discardButton->setEnabled(false);
        m_importedKeyLabel->setText(tr("The key was not trusted."));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    buttons->addWidget(m_trustButton);
    buttons->addWidget(m_discardButton);
    layout->addWidget(m_importedKeyLabel);
    layout->addLayout(buttons);
    return box;
}

QWidget *ReviewKeysPage::trustedBox()
{
    auto *box = new QGroupBox(tr("Keys you trust"), this);
    auto *layout = new QVBoxLayout(box);
    m_trustedTable = new QTableWidget(0, 3, box);
    m_trustedTable->setObjectName(QStringLiteral("trustedKeysTable"));
    m_trustedTable->setAccessibleName(tr("Keys you trust"));
    m_trustedTable->setHorizontalHeaderLabels({tr("Officer"), tr("Fingerprint"), tr("Standing")});
    m_trustedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trustedTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trustedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trustedTable->verticalHeader()->hide();
    // Each row as tall as its wrapped fingerprint, whatever the width the page is given.
    m_trustedTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trustedTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_trustedTable->setWordWrap(true);
    m_revokeButton = button(tr("Re&voke…"), QStringLiteral("revokeKeyButton"), box);
    m_revokeButton->setEnabled(false);
    connect(m_revokeButton, &QPushButton::clicked, this, &ReviewKeysPage::askToRevokeSelected);
    connect(m_trustedTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_trustedTable->currentRow();
        m_revokeButton->setEnabled(row >= 0 &&
                                   !m_trustedTable->item(row, 2)->data(Qt::UserRole).toBool());
    });
    m_confirmRevokeBox = new QGroupBox(box);
    m_confirmRevokeBox->setObjectName(QStringLiteral("confirmRevokeBox"));
    m_confirmRevokeLabel = new QLabel(m_confirmRevokeBox);
    m_confirmRevokeLabel->setWordWrap(true);
    auto *confirm =
        button(tr("Revoke for &good"), QStringLiteral("confirmRevokeButton"), m_confirmRevokeBox);
    auto *keep = button(tr("&Keep it"), QStringLiteral("keepKeyButton"), m_confirmRevokeBox);
    connect(confirm, &QPushButton::clicked, this, &ReviewKeysPage::confirmRevoke);
    connect(keep, &QPushButton::clicked, m_confirmRevokeBox, &QWidget::hide);
    auto *confirmLayout = new QHBoxLayout(m_confirmRevokeBox);
    confirmLayout->addWidget(m_confirmRevokeLabel, 1);
    confirmLayout->addWidget(confirm);
    confirmLayout->addWidget(keep);
    m_confirmRevokeBox->hide();
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_revokeButton);
    layout->addWidget(m_trustedTable, 1);
    layout->addLayout(row);
    layout->addWidget(m_confirmRevokeBox);
    return box;
}

void ReviewKeysPage::say(const QString &text, bool problem)
{
    m_messageLabel->setText(problem ? tr("Problem: %1").arg(text) : text);
}

QString ReviewKeysPage::message() const
{
    return m_messageLabel->text();
}

void ReviewKeysPage::showOwnKey()
{
    core::Result<core::KeyPair> own = m_keys.ownKey(m_officer);
    if (!own) {
        m_ownKeyLabel->setText(own.error().message);
        return;
    }
    m_ownKeyLabel->setText(tr("%1\nFingerprint: %2\nYou sign review bundles and decisions with "
                              "this key, in the workbench and on the command line alike.")
                               .arg(own->publicKey().name, own->publicKey().fingerprint()));
}

void ReviewKeysPage::reloadTrusted()
{
    m_trustedTable->setRowCount(0);
    core::Result<QList<core::KeyRing::Entry>> entries = m_keys.entries();
    if (!entries) {
        say(entries.error().message, true);
        return;
    }
    for (const core::KeyRing::Entry &entry : std::as_const(*entries)) {
        const int row = m_trustedTable->rowCount();
        m_trustedTable->insertRow(row);
        m_trustedTable->setItem(
            row, 0, new QTableWidgetItem(entry.name.isEmpty() ? tr("(unknown)") : entry.name));
        m_trustedTable->setItem(row, 1, new QTableWidgetItem(entry.fingerprint));
        auto *standing =
            new QTableWidgetItem(entry.revoked ? tr("revoked %1").arg(when(entry.revokedAt))
                                               : tr("trusted since %1").arg(when(entry.trustedAt)));
        standing->setData(Qt::UserRole, entry.revoked);
        m_trustedTable->setItem(row, 2, standing);
    }
    m_trustedTable->resizeColumnToContents(0);
    m_trustedTable->resizeColumnToContents(2);
    m_revokeButton->setEnabled(false);
}

bool ReviewKeysPage::exportOwnKeyFile(const QString &path)
{
    core::Result<core::KeyPair> own = m_keys.ownKey(m_officer);
    if (!own) {
        say(own.error().message, true);
        return false;
    }
    if (core::Status written =
            core::AtomicFile::write(path, core::PublicKeyFile::write(own->publicKey()));
        !written) {
        say(written.error().message, true);
        return false;
    }
    say(tr("Your public key is in %1. Give it to your reviewers and read them your fingerprint "
           "(%2) so they can check it.")
            .arg(path, own->publicKey().fingerprint()),
        false);
    return true;
}

bool ReviewKeysPage::importKeyFile(const QString &path)
{
    core::Result<core::PublicKey> key = core::PublicKeyFile::readFile(path);
    if (!key) {
        say(key.error().message, true);
        return false;
    }
    m_imported = *key;
    m_importedKeyLabel->setText(
        tr("Key of %1\nFingerprint: %2\nAsk %1 to read you their fingerprint, in person or by "
           "phone. Trust the key only if every group matches.")
            .arg(key->name.isEmpty() ? tr("an unnamed officer") : key->name, key->fingerprint()));
    m_trustButton->setEnabled(true);
    m_discardButton->setEnabled(true);
    m_trustButton->setFocus();
    say({}, false);
    return true;
}

bool ReviewKeysPage::trustImportedKey()
{
    if (!m_imported) {
        say(tr("Import a colleague's key file first."), true);
        return false;
    }
    core::Result<core::KeyRing::Entry> entry = m_keys.trust(*m_imported);
    if (!entry) {
        say(entry.error().message, true);
        return false;
    }
    m_imported.reset();
    m_trustButton->setEnabled(false);
    m_discardButton->setEnabled(false);
    m_importedKeyLabel->setText(
        tr("You trust the key of %1 (%2).").arg(entry->name, entry->fingerprint));
    reloadTrusted();
    say(tr("Bundles and decisions signed by %1 are now accepted.").arg(entry->name), false);
    return true;
}

QString ReviewKeysPage::selectedFingerprint() const
{
    const int row = m_trustedTable->currentRow();
    return row < 0 ? QString() : m_trustedTable->item(row, 1)->text();
}

void ReviewKeysPage::askToRevokeSelected()
{
    m_toRevoke = selectedFingerprint();
    if (m_toRevoke.isEmpty()) {
        say(tr("Choose the key to revoke in the list first."), true);
        return;
    }
    const QString owner = m_trustedTable->item(m_trustedTable->currentRow(), 0)->text();
    m_confirmRevokeLabel->setText(
        tr("Revoke the key of %1 (%2)? Anything it signs is refused from now on, and it can "
           "never be trusted again: %1 would need a new key.")
            .arg(owner, m_toRevoke));
    m_confirmRevokeBox->show();
}

bool ReviewKeysPage::confirmRevoke()
{
    if (m_toRevoke.isEmpty())
        return false;
    core::Result<core::KeyRing::Entry> entry = m_keys.revoke(m_toRevoke);
    m_toRevoke.clear();
    m_confirmRevokeBox->hide();
    if (!entry) {
        say(entry.error().message, true);
        return false;
    }
    reloadTrusted();
    say(tr("Revoked the key %1: what it signs is refused from now on.").arg(entry->fingerprint),
        false);
    return true;
}

} // namespace foi::ui
