#pragma once

#include "core/model/SentReply.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QListWidget;
class QPushButton;

namespace foi::core {
class CaseDocument;
class SentReplyService;
} // namespace foi::core

namespace foi::ui {

class FileChooser;
class Notifier;

// The Reply step's list of the replies sent on the open case, each version with its date, officer
// and the start of its SHA-256 (corrections say which version they correct), and the sent copy
// of the one selected opened in the PDF viewer or saved to a file, byte for byte as it was sent.
// Problems (a copy that cannot be read or written) go to the notifier.
class SentRepliesPanel : public QGroupBox
{
    Q_OBJECT
public:
    // `files` asks where a sent copy is saved.
    SentRepliesPanel(core::CaseDocument &document, core::SentReplyService &sentReplies,
                     Notifier &notifier, FileChooser &files, QWidget *parent = nullptr);

    // Reads the open case's sent replies again, selecting the latest.
    void refresh();
    void openSelected();
    void saveSelectedCopy();

    QListWidget *listWidget() const { return m_list; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *saveButton() const { return m_saveButton; }

private:
    std::optional<core::SentReply> selected() const;

    core::CaseDocument &m_document;
    core::SentReplyService &m_sentReplies;
    Notifier &m_notifier;
    FileChooser &m_files;
    QList<core::SentReply> m_sent;
    QListWidget *m_list = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace foi::ui
