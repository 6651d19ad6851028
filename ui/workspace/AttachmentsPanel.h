#pragma once

#include "services/AttachmentService.h"

#include <QGroupBox>
#include <QUrl>

#include <functional>

class QListWidget;
class QPushButton;

namespace foi::ui {

// The files attached to the open case (the request as received, correspondence, search
// evidence): add, open and remove, each change audited by the service. Problems are announced
// through failed(); nothing already attached is lost by a failed add.
class AttachmentsPanel : public QGroupBox
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &)>;

    AttachmentsPanel(core::AttachmentService &attachments, std::function<QString()> officer,
                     QWidget *parent = nullptr);

    void showCase(const QString &reference);
    void addFiles(const QStringList &paths);
    void openSelected();
    void removeSelected();
    // How a file is opened (the desktop's own viewer unless a test says otherwise).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    QListWidget *listWidget() const { return m_list; }

signals:
    void failed(const core::Error &error);
    void changed();

private:
    void reload();
    int selectedRow() const;

    core::AttachmentService &m_attachments;
    std::function<QString()> m_officer;
    Opener m_opener;
    QString m_reference;
    QList<core::Attachment> m_shown;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace foi::ui
