#include "workspace/AttachmentsPanel.h"

#include "widgets/Labels.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

AttachmentsPanel::AttachmentsPanel(core::AttachmentService &attachments,
                                   std::function<QString()> officer, QWidget *parent)
    : QGroupBox(tr("Attached files"), parent)
    , m_attachments(attachments)
    , m_officer(std::move(officer))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentsList"));
    m_list->setAccessibleName(tr("Files attached to the case"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleDescription(
        tr("The request as received, correspondence and search evidence; Enter opens one"));
    m_addButton = new QPushButton(tr("Attach fi&les…"), this);
    m_addButton->setObjectName(QStringLiteral("attachFilesButton"));
    m_addButton->setAccessibleName(tr("Attach files to the case"));
    m_openButton = new QPushButton(tr("O&pen"), this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setAccessibleName(tr("Open the selected file"));
    m_removeButton = new QPushButton(tr("Remove f&ile"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected file from the case"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Attach files to case %1").arg(m_reference));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openButton->setEnabled(row >= 0);
        m_removeButton->setEnabled(row >= 0);
    });
    reload();
}

void AttachmentsPanel::showCase(const QString &reference)
{
    if (reference == m_reference)
        return;
    m_reference = reference;
    reload();
}

void AttachmentsPanel::reload()
{
    m_shown.clear();
    m_list->clear();
    if (!m_reference.isEmpty()) {
        auto listed = m_attachments.attachmentsOf(m_reference);
        if (listed)
            m_shown = *listed;
        else
            emit failed(listed.error());
    }
    const QLocale enGb(QLocale::English, QLocale::UnitedKingdom);
    for (const core::Attachment &attachment : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)\nadded %3 by %4")
                .arg(attachment.fileName, enGb.formattedDataSize(attachment.size),
                     Labels::dateTime(QDateTime::fromString(attachment.addedAt, Qt::ISODateWithMs)),
                     attachment.addedBy),
            m_list);
        item->setToolTip(tr("SHA-256 %1").arg(attachment.sha256));
    }
    m_addButton->setEnabled(!m_reference.isEmpty());
    m_openButton->setEnabled(selectedRow() >= 0);
    m_removeButton->setEnabled(selectedRow() >= 0);
}

int AttachmentsPanel::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? row : -1;
}

void AttachmentsPanel::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto added = m_attachments.add(m_reference, path, m_officer());
        if (!added)
            emit failed(added.error());
    }
    reload();
    emit changed();
}

void AttachmentsPanel::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto path = m_attachments.contentPath(m_shown.at(row));
    if (!path) {
        emit failed(path.error());
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(*path)))
        emit failed(core::Error::make(QStringLiteral("attachment"),
                                      tr("No program on this computer opens %1. Its copy is at %2.")
                                          .arg(m_shown.at(row).fileName, *path)));
}

void AttachmentsPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (core::Status removed = m_attachments.remove(m_shown.at(row), m_officer()); !removed)
        emit failed(removed.error());
    reload();
    emit changed();
}

} // namespace foi::ui
