#include "ui/workspace/AttachmentsPanel.h"

#include "core/services/CaseChangeDescriber.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace foi::ui {

namespace {
// Item data: the attachment's index in m_shown; group headings have none.
constexpr int shownIndexRole = Qt::UserRole;
} // namespace

AttachmentsPanel::AttachmentsPanel(core::AttachmentService &attachments,
                                   std::function<QString()> officer, FileChooser &files,
                                   std::optional<core::AttachmentKind> onlyKind, QWidget *parent)
    : QGroupBox(onlyKind ? Labels::attachmentKind(*onlyKind) : tr("Attached files"), parent)
    , m_attachments(attachments)
    , m_files(files)
    , m_officer(std::move(officer))
    , m_onlyKind(onlyKind)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(
        onlyKind ? QStringLiteral("attachmentsPanel-%1").arg(core::attachmentKindCode(*onlyKind))
                 : QStringLiteral("attachmentsPanel"));
    createWidgets();
    layOut();
    connectWidgets();
    reload();
}

void AttachmentsPanel::createWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentsList"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("attachFilesButton"));
    m_openButton = new QPushButton(tr("O&pen"), this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setAccessibleName(tr("Open the selected file"));
    m_removeButton = new QPushButton(tr("Remove f&ile"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected file from the case"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("attachmentKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of the selected file"));
    m_kindCombo->setAccessibleDescription(
        tr("Changing it records the new kind in the case's history"));
    Labels::fill(m_kindCombo, core::attachmentKinds(), &Labels::attachmentKind);
    m_kindCombo->setPlaceholderText(tr("Choose a file to change its kind"));
    m_kindLabel = new QLabel(tr("&Kind:"), this);
    m_kindLabel->setBuddy(m_kindCombo);
    if (m_onlyKind) {
        const QString kind = Labels::attachmentKind(*m_onlyKind).toLower();
        m_list->setAccessibleName(
            tr("%1 attached to the case").arg(Labels::attachmentKind(*m_onlyKind)));
        m_list->setAccessibleDescription(tr("Enter opens one"));
        m_addButton->setText(tr("Attach evi&dence…"));
        m_addButton->setAccessibleName(tr("Attach files as %1").arg(kind));
        m_kindLabel->hide();
        m_kindCombo->hide();
        // Beside other fields: a few files' worth of height, then it scrolls.
        m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
        return;
    }
    m_list->setAccessibleName(tr("Files attached to the case"));
    m_list->setAccessibleDescription(tr("Grouped by kind: the request as received, "
                                        "correspondence, search evidence and other; Enter opens "
                                        "one"));
    m_addButton->setText(tr("Attach fi&les…"));
    m_addButton->setAccessibleName(tr("Attach files to the case, choosing their kind"));
    m_addMenu = new QMenu(m_addButton);
    m_addMenu->setObjectName(QStringLiteral("attachKindMenu"));
    for (core::AttachmentKind kind : core::attachmentKinds()) {
        QAction *action = m_addMenu->addAction(tr("%1…").arg(Labels::attachmentKind(kind)));
        action->setObjectName(QStringLiteral("attachAs-%1").arg(core::attachmentKindCode(kind)));
        connect(action, &QAction::triggered, this, [this, kind] { chooseFiles(kind); });
    }
    m_addButton->setMenu(m_addMenu);
}

void AttachmentsPanel::layOut()
{
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kindCombo, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(kindRow);
    layout->addLayout(buttons);
}

void AttachmentsPanel::connectWidgets()
{
    if (m_onlyKind) {
        connect(m_addButton, &QPushButton::clicked, this, [this] { chooseFiles(*m_onlyKind); });
    }
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsPanel::showSelection);
    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        setSelectedKind(static_cast<core::AttachmentKind>(m_kindCombo->currentData().toInt()));
    });
}

void AttachmentsPanel::chooseFiles(core::AttachmentKind kind)
{
    const QStringList paths = m_files.openFiles(
        this, tr("Attach %1 to case %2").arg(core::attachmentKindPhrase(kind), m_reference), {},
        {});
    if (!paths.isEmpty())
        addFiles(paths, kind);
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
    const qint64 selectedId = selectedIndex() >= 0 ? m_shown.at(selectedIndex()).id : -1;
    m_shown.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<core::Attachment> all;
    if (!m_reference.isEmpty()) {
        auto listed = m_attachments.attachmentsOf(m_reference);
        if (listed)
            all = *listed;
        else
            emit failed(listed.error());
    }
    QListWidgetItem *toSelect = nullptr;
    for (core::AttachmentKind kind : core::attachmentKinds()) {
        if (m_onlyKind && kind != *m_onlyKind)
            continue;
        bool headed = m_onlyKind.has_value();
        for (const core::Attachment &attachment : std::as_const(all)) {
            if (attachment.kind != kind)
                continue;
            if (!headed) {
                auto *heading = new QListWidgetItem(Labels::attachmentKind(kind), m_list);
                QFont bold = heading->font();
                bold.setBold(true);
                heading->setFont(bold);
                // Enabled (drawn in full) but not selectable: a heading, not a file.
                heading->setFlags(Qt::ItemIsEnabled);
                headed = true;
            }
            auto *item = new QListWidgetItem(describe(attachment), m_list);
            item->setToolTip(
                tr("%1, SHA-256 %2").arg(Labels::attachmentKind(kind), attachment.sha256));
            item->setData(shownIndexRole, static_cast<int>(m_shown.size()));
            if (attachment.id == selectedId)
                toSelect = item;
            m_shown.append(attachment);
        }
    }
    if (m_onlyKind && m_shown.isEmpty() && !m_reference.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None attached yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    if (toSelect)
        m_list->setCurrentItem(toSelect);
    m_addButton->setEnabled(!m_reference.isEmpty());
    showSelection();
}

QString AttachmentsPanel::describe(const core::Attachment &attachment) const
{
    QString text = Labels::attachment(attachment, QStringLiteral("\n"));
    if (!m_citations)
        return text;
    const QStringList citing = m_citations(attachment.sha256);
    if (!citing.isEmpty())
        text = tr("%1\ncited by the searches for %2")
                   .arg(text, core::CaseChangeDescriber::joinPhrases(citing));
    else if (attachment.kind == core::AttachmentKind::SearchEvidence)
        text = tr("%1\nnot cited by any search yet").arg(text);
    return text;
}

void AttachmentsPanel::refreshCitations()
{
    if (!m_citations)
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QVariant shown = item->data(shownIndexRole);
        if (!shown.isValid())
            continue; // a heading or "None attached yet."
        const QString text = describe(m_shown.at(shown.toInt()));
        if (item->text() != text)
            item->setText(text);
    }
}

int AttachmentsPanel::selectedIndex() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(shownIndexRole).isValid())
        return -1;
    const int index = item->data(shownIndexRole).toInt();
    return index >= 0 && index < m_shown.size() ? index : -1;
}

void AttachmentsPanel::showSelection()
{
    const int index = selectedIndex();
    m_openButton->setEnabled(index >= 0);
    m_removeButton->setEnabled(index >= 0);
    m_kindCombo->setEnabled(index >= 0);
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->setCurrentIndex(
        index >= 0 ? m_kindCombo->findData(static_cast<int>(m_shown.at(index).kind)) : -1);
}

void AttachmentsPanel::addFiles(const QStringList &paths, core::AttachmentKind kind)
{
    for (const QString &path : paths) {
        auto added = m_attachments.add(m_reference, path, kind, m_officer());
        if (!added)
            emit failed(added.error());
    }
    reload();
    emit changed();
}

void AttachmentsPanel::openSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    auto path = m_attachments.contentPath(m_shown.at(index));
    if (!path) {
        emit failed(path.error());
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(*path)))
        emit failed(core::Error::make(QStringLiteral("attachment"),
                                      tr("No program on this computer opens %1. Its copy is at %2.")
                                          .arg(m_shown.at(index).fileName, *path)));
}

void AttachmentsPanel::setSelectedKind(core::AttachmentKind kind)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    if (core::Status set = m_attachments.setKind(m_shown.at(index), kind, m_officer()); !set)
        emit failed(set.error());
    reload();
    emit changed();
}

void AttachmentsPanel::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    if (m_beforeRemove && !m_beforeRemove()) {
        emit failed(core::Error::make(
            QStringLiteral("attachment"),
            tr("%1 was not removed: the case could not be saved first, so whether a search "
               "cites it cannot be checked. Deal with the saving problem, then remove it again.")
                .arg(m_shown.at(index).fileName)));
        return;
    }
    // Refused, naming the questions, while a search cites the file (AttachmentService::remove).
    if (core::Status removed = m_attachments.remove(m_shown.at(index), m_officer()); !removed)
        emit failed(removed.error());
    reload();
    emit changed();
}

} // namespace foi::ui
