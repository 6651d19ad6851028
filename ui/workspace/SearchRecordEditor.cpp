#include "ui/workspace/SearchRecordEditor.h"

#include "core/services/AttachmentService.h"
#include "core/services/CaseDocument.h"
#include "core/services/SearchEvidence.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Labels.h"
#include "ui/workspace/CiteEvidenceDialog.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

namespace {
// Item data of the evidence list: which search cites the file, and the file's SHA-256.
constexpr int searchRole = Qt::UserRole;
constexpr int sha256Role = Qt::UserRole + 1;
} // namespace

SearchRecordEditor::SearchRecordEditor(core::CaseDocument &document, const core::Clock &clock,
                                       core::AttachmentService &attachments,
                                       std::function<QString()> officer, FileChooser &files,
                                       QWidget *parent)
    : QGroupBox(tr("Searches made"), parent)
    , m_document(document)
    , m_attachments(attachments)
    , m_officer(std::move(officer))
    , m_files(files)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("searchRecordEditor"));
    createWidgets(clock);
    layOut();
    connectEdits();
    refresh();
}

void SearchRecordEditor::createWidgets(const core::Clock &clock)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("searchesListWidget"));
    m_list->setAccessibleName(tr("Searches made for this question"));
    m_list->setAccessibleDescription(tr("The selected search is the one evidence is cited for"));
    m_list->setWordWrap(true);
    // Room for two searches (one is often two lines) before it scrolls.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4 + 2 * m_list->frameWidth());
    m_whereEdit = new QLineEdit(this);
    m_whereEdit->setObjectName(QStringLiteral("searchWhereEdit"));
    m_whereEdit->setAccessibleName(tr("Where searched"));
    m_whereEdit->setPlaceholderText(tr("System, file or team, e.g. finance system"));
    m_byEdit = new QLineEdit(this);
    m_byEdit->setObjectName(QStringLiteral("searchByEdit"));
    m_byEdit->setAccessibleName(tr("Searched by"));
    m_byEdit->setPlaceholderText(tr("Person or team"));
    m_termsEdit = new QLineEdit(this);
    m_termsEdit->setObjectName(QStringLiteral("searchTermsEdit"));
    m_termsEdit->setAccessibleName(tr("Search terms"));
    m_termsEdit->setPlaceholderText(tr("Words or criteria used"));
    m_dateEdit = new DateField(clock.today(), this);
    m_dateEdit->setObjectName(QStringLiteral("searchDateEdit"));
    m_dateEdit->setAccessibleName(tr("Searched on"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(Labels::dateFormat());
    m_addButton = new QPushButton(tr("Add &search"), this);
    m_addButton->setObjectName(QStringLiteral("addSearchButton"));
    m_addButton->setAccessibleDescription(tr("Record the search described in the fields"));
    m_removeButton = new QPushButton(tr("Re&move search"), this);
    m_removeButton->setObjectName(QStringLiteral("removeSearchButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected search"));

    m_evidenceList = new QListWidget(this);
    m_evidenceList->setObjectName(QStringLiteral("citedEvidenceList"));
    m_evidenceList->setAccessibleName(tr("Evidence cited by this question's searches"));
    m_evidenceList->setAccessibleDescription(tr("Enter opens the selected file"));
    m_evidenceList->setWordWrap(true);
    m_evidenceList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few files' worth of height, then it scrolls.
    m_evidenceList->setMinimumHeight(m_evidenceList->fontMetrics().lineSpacing() * 2 + 8);
    m_evidenceList->setMaximumHeight(m_evidenceList->fontMetrics().lineSpacing() * 3 + 8);
    m_evidenceLabel = new QLabel(tr("Evidence cited:"), this);
    m_evidenceLabel->setBuddy(m_evidenceList);
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(QStringLiteral("missingEvidenceLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextFormat(Qt::PlainText);
    m_missingLabel->hide();
    m_citeButton = new QPushButton(tr("Cite evide&nce…"), this);
    m_citeButton->setObjectName(QStringLiteral("citeEvidenceButton"));
    m_citeButton->setAccessibleName(tr("Cite search evidence for the selected search"));
    m_openEvidenceButton = new QPushButton(tr("Open cited fi&le"), this);
    m_openEvidenceButton->setObjectName(QStringLiteral("openCitedEvidenceButton"));
    m_openEvidenceButton->setAccessibleName(tr("Open the selected cited file"));
    m_withdrawButton = new QPushButton(tr("Withd&raw citation"), this);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawEvidenceButton"));
    m_withdrawButton->setAccessibleName(tr("Withdraw the selected citation"));
    m_withdrawButton->setAccessibleDescription(tr("The file stays attached to the case"));
}

void SearchRecordEditor::layOut()
{
    auto *fields = new QGridLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    fields->addWidget(label(tr("&Where:"), m_whereEdit), 0, 0);
    fields->addWidget(m_whereEdit, 0, 1);
    fields->addWidget(label(tr("&By:"), m_byEdit), 0, 2);
    fields->addWidget(m_byEdit, 0, 3);
    fields->addWidget(label(tr("&Terms:"), m_termsEdit), 1, 0);
    fields->addWidget(m_termsEdit, 1, 1);
    fields->addWidget(label(tr("&On:"), m_dateEdit), 1, 2);
    fields->addWidget(m_dateEdit, 1, 3);
    fields->setColumnStretch(1, 2);
    fields->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_citeButton);
    evidenceButtons->addWidget(m_openEvidenceButton);
    evidenceButtons->addWidget(m_withdrawButton);
    evidenceButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(fields);
    layout->addLayout(buttons);
    layout->addWidget(m_evidenceLabel);
    layout->addWidget(m_evidenceList);
    layout->addWidget(m_missingLabel);
    layout->addLayout(evidenceButtons);
}

void SearchRecordEditor::connectEdits()
{
    connect(m_addButton, &QPushButton::clicked, this, &SearchRecordEditor::addSearch);
    connect(m_whereEdit, &QLineEdit::returnPressed, this, &SearchRecordEditor::addSearch);
    connect(m_termsEdit, &QLineEdit::returnPressed, this, &SearchRecordEditor::addSearch);
    connect(m_removeButton, &QPushButton::clicked, this, &SearchRecordEditor::removeSearch);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeButton->setEnabled(row >= 0);
        updateEvidenceButtons();
    });
    connect(m_citeButton, &QPushButton::clicked, this, &SearchRecordEditor::citeEvidence);
    connect(m_openEvidenceButton, &QPushButton::clicked, this, &SearchRecordEditor::openEvidence);
    connect(m_withdrawButton, &QPushButton::clicked, this, &SearchRecordEditor::withdrawEvidence);
    connect(m_evidenceList, &QListWidget::itemActivated, this, &SearchRecordEditor::openEvidence);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this,
            &SearchRecordEditor::updateEvidenceButtons);
}

void SearchRecordEditor::addSearch()
{
    if (m_whereEdit->text().trimmed().isEmpty()) {
        m_whereEdit->setFocus();
        return;
    }
    const core::SearchRecord search{m_whereEdit->text().trimmed(),
                                    m_byEdit->text().trimmed(),
                                    m_termsEdit->text().trimmed(),
                                    m_dateEdit->date(),
                                    {}};
    const int row = m_row;
    m_document.edit(tr("Record a search"), [row, search](core::Case &c) {
        if (row >= 0 && row < c.questions.size())
            c.questions[row].determination.searches.append(search);
    });
    // The person and the day usually repeat; the place and the terms do not.
    m_whereEdit->clear();
    m_termsEdit->clear();
    m_whereEdit->setFocus();
}

void SearchRecordEditor::removeSearch()
{
    const int row = m_row;
    const int search = m_list->currentRow();
    m_document.edit(tr("Remove a search"), [row, search](core::Case &c) {
        if (row >= 0 && row < c.questions.size() && search >= 0 &&
            search < c.questions[row].determination.searches.size())
            c.questions[row].determination.searches.removeAt(search);
    });
}

void SearchRecordEditor::showQuestion(int row)
{
    m_row = row;
    refresh();
}

void SearchRecordEditor::reloadAttachments()
{
    m_attachmentsOf = m_document.current().reference;
    m_caseAttachments.clear();
    if (!m_attachmentsOf.isEmpty()) {
        auto listed = m_attachments.attachmentsOf(m_attachmentsOf);
        if (listed)
            m_caseAttachments = *listed;
        else
            emit failed(listed.error());
    }
    showEvidence();
}

void SearchRecordEditor::refresh()
{
    const core::Case &theCase = m_document.current();
    const bool hasQuestion = m_row >= 0 && m_row < theCase.questions.size();
    setEnabled(hasQuestion);
    const QList<core::SearchRecord> searches =
        hasQuestion ? theCase.questions.at(m_row).determination.searches
                    : QList<core::SearchRecord>{};
    QStringList lines;
    for (const core::SearchRecord &search : searches)
        lines.append(Labels::search(search));
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown.append(m_list->item(i)->text());
    if (shown != lines) {
        // Keep a search selected, so that evidence is cited for the search the officer sees:
        // the one just added, or the one selected before.
        const bool added = lines.size() == shown.size() + 1 && lines.mid(0, shown.size()) == shown;
        const int current = added ? int(lines.size()) - 1 : m_list->currentRow();
        m_list->clear();
        m_list->addItems(lines);
        if (!lines.isEmpty())
            m_list->setCurrentRow(std::clamp(current, 0, int(lines.size()) - 1));
    }
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
    if (theCase.reference != m_attachmentsOf)
        reloadAttachments(); // another case: its own files
    else
        showEvidence();
}

void SearchRecordEditor::showEvidence()
{
    const core::Case &theCase = m_document.current();
    const bool hasQuestion = m_row >= 0 && m_row < theCase.questions.size();
    const QList<core::SearchRecord> searches =
        hasQuestion ? theCase.questions.at(m_row).determination.searches
                    : QList<core::SearchRecord>{};
    const QString selectedSha = m_evidenceList->currentItem()
                                    ? m_evidenceList->currentItem()->data(sha256Role).toString()
                                    : QString();
    const int selectedSearch = m_evidenceList->currentItem()
                                   ? m_evidenceList->currentItem()->data(searchRole).toInt()
                                   : -1;
    m_evidenceList->clear();
    QStringList missing;
    for (qsizetype s = 0; s < searches.size(); ++s) {
        for (const core::EvidenceCitation &citation : searches.at(s).evidence) {
            const std::optional<core::Attachment> file =
                core::SearchEvidence::find(citation, m_caseAttachments);
            const bool isMissing = !file;
            QString text =
                tr("%1 \u2014 search of %2").arg(citation.fileName, searches.at(s).where);
            if (isMissing) {
                text = tr("%1 (not in this store)").arg(text);
                missing.append(core::SearchEvidence::notInThisStore(citation));
            }
            auto *item = new QListWidgetItem(text, m_evidenceList);
            item->setData(searchRole, static_cast<int>(s));
            item->setData(sha256Role, citation.sha256);
            item->setToolTip(isMissing ? core::SearchEvidence::notInThisStore(citation)
                                       : tr("SHA-256 %1").arg(citation.sha256));
            if (s == selectedSearch && citation.sha256 == selectedSha)
                m_evidenceList->setCurrentItem(item);
        }
    }
    if (m_evidenceList->count() == 0) {
        auto *none = new QListWidgetItem(
            searches.isEmpty() ? tr("Record a search first, then cite the files that show it.")
                               : tr("No evidence cited yet."),
            m_evidenceList);
        none->setFlags(Qt::NoItemFlags);
    }
    m_missingLabel->setText(missing.join(u'\n'));
    m_missingLabel->setVisible(!missing.isEmpty());
    updateEvidenceButtons();
}

void SearchRecordEditor::updateEvidenceButtons()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    const bool citation = item && item->data(sha256Role).isValid();
    m_citeButton->setEnabled(targetSearch() >= 0);
    m_citeButton->setToolTip(targetSearch() < 0
                                 ? tr("Record the search first, then cite the files that show it")
                                 : QString());
    m_withdrawButton->setEnabled(citation);
    bool present = false;
    if (citation)
        present =
            core::SearchEvidence::find({item->data(sha256Role).toString(), {}}, m_caseAttachments)
                .has_value();
    m_openEvidenceButton->setEnabled(present);
}

int SearchRecordEditor::targetSearch() const
{
    const core::Case &theCase = m_document.current();
    if (m_row < 0 || m_row >= theCase.questions.size())
        return -1;
    const qsizetype count = theCase.questions.at(m_row).determination.searches.size();
    const int current = m_list->currentRow();
    if (current >= 0 && current < count)
        return current;
    return count == 1 ? 0 : -1;
}

QList<core::Attachment> SearchRecordEditor::attachNewEvidence()
{
    QList<core::Attachment> added;
    const QStringList paths = m_files.openFiles(
        this, tr("Attach search evidence to case %1").arg(m_document.current().reference), {}, {});
    for (const QString &path : paths) {
        auto attached = m_attachments.add(m_document.current().reference, path,
                                          core::AttachmentKind::SearchEvidence, m_officer());
        if (attached)
            added.append(*attached);
        else
            emit failed(attached.error());
    }
    if (!added.isEmpty()) {
        reloadAttachments();
        emit attachmentsChanged();
    }
    return added;
}

void SearchRecordEditor::citeEvidence()
{
    const int search = targetSearch();
    if (search < 0)
        return;
    const int row = m_row;
    QList<core::Attachment> evidence;
    for (const core::Attachment &attachment : std::as_const(m_caseAttachments)) {
        if (attachment.kind == core::AttachmentKind::SearchEvidence)
            evidence.append(attachment);
    }
    CiteEvidenceDialog dialog(
        evidence, m_document.current().questions.at(row).determination.searches.at(search),
        [this] { return attachNewEvidence(); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const core::Attachment &attachment : dialog.chosen())
        core::SearchEvidence::cite(m_document, row, search, attachment);
}

void SearchRecordEditor::openEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (!item || !item->data(sha256Role).isValid())
        return;
    const core::EvidenceCitation citation{item->data(sha256Role).toString(), {}};
    const std::optional<core::Attachment> file =
        core::SearchEvidence::find(citation, m_caseAttachments);
    if (!file) {
        const core::Case &theCase = m_document.current();
        const core::SearchRecord &search =
            theCase.questions.at(m_row).determination.searches.at(item->data(searchRole).toInt());
        for (const core::EvidenceCitation &cited : search.evidence) {
            if (cited.sha256 == citation.sha256)
                emit failed(core::Error::make(QStringLiteral("attachment.missing"),
                                              core::SearchEvidence::notInThisStore(cited)));
        }
        return;
    }
    auto path = m_attachments.contentPath(*file);
    if (!path) {
        emit failed(path.error());
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(*path)))
        emit failed(core::Error::make(QStringLiteral("attachment"),
                                      tr("No program on this computer opens %1. Its copy is at %2.")
                                          .arg(file->fileName, *path)));
}

void SearchRecordEditor::withdrawEvidence()
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    if (!item || !item->data(sha256Role).isValid())
        return;
    core::SearchEvidence::withdraw(m_document, m_row, item->data(searchRole).toInt(),
                                   item->data(sha256Role).toString());
}

} // namespace foi::ui
