#pragma once

#include "core/services/ReviewNotes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// The reviewer's notes on the open case that are not answered yet, under the findings: each
// says who commented on what (the case, a question, a claim) and what they said; clicking one
// asks to go to the field it is about (noteActivated), and "Mark answered" records the officer's
// answer (or none: resolved), after which the note leaves the list. Hidden when the case has no
// open note. Read again when another case is opened and when reload() is called (after an import).
class ReviewNotesPanel : public QWidget
{
    Q_OBJECT
public:
    ReviewNotesPanel(core::ReviewNotes &notes, core::CaseDocument &document,
                     std::function<QString()> officer, QWidget *parent = nullptr);

    void reload();
    const QList<core::ReviewNote> &openNotes() const { return m_open; }
    // Answers the note selected in the list with `answer` (may be empty).
    bool answerSelected(const QString &answer);

signals:
    // A note was clicked or activated: `locator` is the field it is about (empty for the case).
    void noteActivated(const QString &locator, const QString &note);
    void failed(const core::Error &error);
    void answered();

private:
    QString locatorOf(const core::ReviewNote &note) const;

    core::ReviewNotes &m_notes;
    core::CaseDocument &m_document;
    std::function<QString()> m_officer;
    QList<core::ReviewNote> m_open;
    QLabel *m_titleLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_answerEdit = nullptr;
    QPushButton *m_answerButton = nullptr;
};

} // namespace foi::ui
