#pragma once

#include "core/model/Attachment.h"
#include "core/model/SearchRecord.h"

#include <QDialog>
#include <QList>

#include <functional>

class QListWidget;
class QPushButton;

namespace foi::ui {

// Chooses the files to cite as evidence of one search: the case's search evidence, each
// ticked to cite it (those the search already cites are shown ticked and cannot be chosen
// again), and "Attach a new file…", which stores a file as search evidence and ticks it.
class CiteEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    // Attaches new files as search evidence and gives them back (none when cancelled).
    using Attacher = std::function<QList<core::Attachment>()>;

    CiteEvidenceDialog(const QList<core::Attachment> &searchEvidence,
                       const core::SearchRecord &search, Attacher attacher,
                       QWidget *parent = nullptr);

    // The files ticked that the search does not cite yet.
    QList<core::Attachment> chosen() const;
    QListWidget *listWidget() const { return m_list; }
    QPushButton *attachButton() const { return m_attachButton; }

private:
    void addItem(const core::Attachment &attachment, bool ticked);
    void attachNew();
    void updateButtons();

    core::SearchRecord m_search;
    Attacher m_attacher;
    QList<core::Attachment> m_shown;
    QListWidget *m_list = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_citeButton = nullptr;
};

} // namespace foi::ui
