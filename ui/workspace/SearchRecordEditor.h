#pragma once

#include "core/model/Attachment.h"
#include "core/support/Clock.h"
#include "core/support/Result.h"

#include <QGroupBox>
#include <QList>
#include <QUrl>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace foi::core {
class AttachmentService;
class CaseDocument;
} // namespace foi::core

namespace foi::ui {

class FileChooser;

// The searches made for one question (where, by whom, with what terms, when): listed, added
// from the fields below the list, removed by selection. A "not held" answer rests on them.
// Below them, the files the question's searches cite as evidence: cite the case's search
// evidence for the selected search (or attach a new file and cite it), open a cited file,
// withdraw a citation (the file stays attached). A citation whose file is not in this store
// is kept and says how to mend it. Writes go to the document; refresh() shows the question's
// searches again.
class SearchRecordEditor : public QGroupBox
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &)>;

    // `clock` gives the date a new search is offered on; the case's files are kept by
    // `attachments`, and new ones attached in the name `officer` gives, chosen through `files`.
    SearchRecordEditor(core::CaseDocument &document, const core::Clock &clock,
                       core::AttachmentService &attachments, std::function<QString()> officer,
                       FileChooser &files, QWidget *parent = nullptr);

    // The question (its row in the case) whose searches are shown; -1 for none.
    void showQuestion(int row);
    void refresh();
    QLineEdit *whereEdit() const { return m_whereEdit; }

    // Reads the case's attachments again (after the attachment panels changed them).
    void reloadAttachments();
    // How a cited file is opened (tests replace it).
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    void citeEvidence();
    void openEvidence();
    void withdrawEvidence();
    QListWidget *evidenceList() const { return m_evidenceList; }

signals:
    void failed(const foi::core::Error &error);
    // Files were attached from here.
    void attachmentsChanged();

private:
    void createWidgets(const core::Clock &clock);
    void layOut();
    void connectEdits();
    void addSearch();
    void removeSearch();
    void showEvidence();
    void updateEvidenceButtons();
    // The search new evidence is cited for: the selected one, or the only one.
    int targetSearch() const;
    QList<core::Attachment> attachNewEvidence();

    core::CaseDocument &m_document;
    int m_row = -1;
    core::AttachmentService &m_attachments;
    std::function<QString()> m_officer;
    FileChooser &m_files;
    Opener m_opener;
    QString m_attachmentsOf; // the case whose attachments m_caseAttachments are
    QList<core::Attachment> m_caseAttachments;
    QListWidget *m_list = nullptr;
    QLineEdit *m_whereEdit = nullptr;
    QLineEdit *m_byEdit = nullptr;
    QLineEdit *m_termsEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QLabel *m_missingLabel = nullptr;
    QPushButton *m_citeButton = nullptr;
    QPushButton *m_openEvidenceButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace foi::ui
