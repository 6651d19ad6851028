#include "ui/workspace/SentRepliesPanel.h"

#include "core/reply/AtomicFile.h"
#include "core/services/CaseDocument.h"
#include "core/services/SentReplyService.h"
#include "ui/notify/Notifier.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

QPushButton *button(const QString &text, const QString &objectName, const QString &name,
                    const QString &description, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(name);
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    return b;
}

} // namespace

SentRepliesPanel::SentRepliesPanel(core::CaseDocument &document,
                                   core::SentReplyService &sentReplies, Notifier &notifier,
                                   FileChooser &files, QWidget *parent)
    : QGroupBox(tr("Replies sent"), parent)
    , m_document(document)
    , m_sentReplies(sentReplies)
    , m_notifier(notifier)
    , m_files(files)
{
    setObjectName(QStringLiteral("sentRepliesPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sentRepliesList"));
    m_list->setAccessibleName(tr("Replies sent"));
    m_list->setAccessibleDescription(
        tr("Each version sent: date, officer and the start of its SHA-256"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    m_openButton = button(tr("Open sent cop&y"), QStringLiteral("openSentReplyButton"),
                          tr("Open the sent copy"),
                          tr("Opens exactly the bytes sent, in the PDF viewer"), this);
    m_saveButton = button(tr("Save sent copy &as…"), QStringLiteral("saveSentReplyButton"),
                          tr("Save the sent copy"),
                          tr("Saves exactly the bytes sent to a file you choose"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_openButton, &QPushButton::clicked, this, &SentRepliesPanel::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &SentRepliesPanel::saveSelectedCopy);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openButton->setEnabled(row >= 0);
        m_saveButton->setEnabled(row >= 0);
    });
}

void SentRepliesPanel::refresh()
{
    const QString reference = m_document.current().reference;
    m_list->clear();
    m_sent.clear();
    if (!reference.isEmpty()) {
        const core::Result<QList<core::SentReply>> sent = m_sentReplies.history(reference);
        if (sent)
            m_sent = *sent;
        else
            m_list->addItem(sent.error().message);
    }
    for (int i = 0; i < m_sent.size(); ++i) {
        const core::SentReply &reply = m_sent.at(i);
        const QDate sentOn =
            QDateTime::fromString(reply.sentAt, Qt::ISODateWithMs).toLocalTime().date();
        // The case says which letters were corrections, and of which version.
        QString kind;
        for (const core::Amendment &amendment : m_document.current().reply.amendments) {
            if (amendment.correctionVersion == i + 1)
                kind = tr(" (correction of version %1)").arg(amendment.amendsVersion);
        }
        auto *item = new QListWidgetItem(
            tr("Version %1%2 · %3 · %4 · SHA-256 %5…")
                .arg(i + 1)
                .arg(kind, Labels::date(sentOn), reply.sentBy, shortHash(reply.sha256)),
            m_list);
        item->setToolTip(Labels::plainToolTip(
            tr("%1, %2 bytes, SHA-256 %3%4")
                .arg(reply.fileName)
                .arg(reply.size)
                .arg(reply.sha256,
                     reply.erased ? tr(" (the requester's details were erased)") : QString())));
    }
    if (!m_sent.isEmpty()) {
        m_list->setCurrentRow(m_sent.size() - 1);
    } else if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("No reply has been sent on this case yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    m_openButton->setEnabled(!m_sent.isEmpty());
    m_saveButton->setEnabled(!m_sent.isEmpty());
}

std::optional<core::SentReply> SentRepliesPanel::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sent.size())
        return std::nullopt;
    return m_sent.at(row);
}

void SentRepliesPanel::openSelected()
{
    const std::optional<core::SentReply> reply = selected();
    if (!reply)
        return;
    const core::Result<QByteArray> bytes = m_sentReplies.content(*reply);
    if (!bytes) {
        m_notifier.showError(bytes.error());
        return;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("foi-workbench-sent"));
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(tr("%1 version %2.pdf")
                                  .arg(QFileInfo(reply->fileName).completeBaseName())
                                  .arg(m_list->currentRow() + 1));
    if (const core::Status written = core::AtomicFile::write(path, *bytes); !written) {
        m_notifier.showError(written.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_notifier.showInformation(tr("No PDF viewer opened; the sent copy is in %1.")
                                       .arg(QDir::toNativeSeparators(path)));
}

void SentRepliesPanel::saveSelectedCopy()
{
    const std::optional<core::SentReply> reply = selected();
    if (!reply)
        return;
    const core::Result<QByteArray> bytes = m_sentReplies.content(*reply);
    if (!bytes) {
        m_notifier.showError(bytes.error());
        return;
    }
    const QString path =
        m_files.saveFile(this, tr("Save the sent copy"), FileChooser::inDocuments(reply->fileName),
                         tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const core::Status written = core::AtomicFile::write(path, *bytes); !written) {
        m_notifier.showError(written.error());
        return;
    }
    m_notifier.showInformation(tr("Saved the reply as sent (SHA-256 %1…) to %2.")
                                   .arg(shortHash(reply->sha256), QDir::toNativeSeparators(path)));
}

} // namespace foi::ui
