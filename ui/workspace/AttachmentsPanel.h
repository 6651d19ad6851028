#pragma once

#include "core/services/AttachmentService.h"

#include <QGroupBox>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;

namespace foi::ui {

class FileChooser;

// The files attached to the open case, each of a kind (the request as received,
// correspondence, search evidence, other): attach as a kind, open, change the kind, remove, each
// change audited by the service. The full panel groups the files under their kinds; a panel for
// one kind (the search evidence beside the Held? step) lists and attaches only that kind.
// Problems are announced through failed(); nothing already attached is lost by a failed add.
class AttachmentsPanel : public QGroupBox
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &)>;

    // `files` asks for the files to attach.
    AttachmentsPanel(core::AttachmentService &attachments, std::function<QString()> officer,
                     FileChooser &files,
                     std::optional<core::AttachmentKind> onlyKind = std::nullopt,
                     QWidget *parent = nullptr);

    void showCase(const QString &reference);
    // Reads the case's attachments again (after another panel changed them).
    void reload();
    void addFiles(const QStringList &paths, core::AttachmentKind kind);
    void openSelected();
    void removeSelected();
    void setSelectedKind(core::AttachmentKind kind);
    // How a file is opened (the desktop's own viewer unless a test says otherwise).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // Runs before a file is removed; false stops the removal (the open case could not be saved,
    // so the store cannot tell whether a search cites the file).
    void setBeforeRemove(std::function<bool()> beforeRemove)
    {
        m_beforeRemove = std::move(beforeRemove);
    }
    // Which questions' searches cite a file's content (ids such as "Q3"), shown under each
    // file; refreshCitations() shows them again after an edit of the case, without the store.
    void setCitations(std::function<QStringList(const QString &sha256)> citations)
    {
        m_citations = std::move(citations);
    }
    void refreshCitations();
    QListWidget *listWidget() const { return m_list; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QPushButton *attachButton() const { return m_addButton; }

signals:
    void failed(const core::Error &error);
    void changed();

private:
    void createWidgets();
    void layOut();
    void connectWidgets();
    void chooseFiles(core::AttachmentKind kind);
    void showSelection();
    int selectedIndex() const;
    QString describe(const core::Attachment &attachment) const;

    core::AttachmentService &m_attachments;
    FileChooser &m_files;
    std::function<QString()> m_officer;
    std::optional<core::AttachmentKind> m_onlyKind;
    Opener m_opener;
    std::function<bool()> m_beforeRemove;
    std::function<QStringList(const QString &)> m_citations;
    QString m_reference;
    QList<core::Attachment> m_shown;
    QListWidget *m_list = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QMenu *m_addMenu = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace foi::ui
