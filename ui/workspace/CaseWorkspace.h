#pragma once

#include "core/support/Clock.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace foi::core {
class AttachmentService;
class CaseDocument;
class CaseQueryService;
class PublicInterestLibrary;
class EnvironmentalTerms;
class LanguageMarkers;
class ExemptionCatalogue;
class StepGuidance;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class FileChooser;
class WorkspaceStep;

// The open case: a header with its reference, requester and deadline, the steps of the
// officer's reasoning in a list on the left (freely navigable; Ctrl+Enter or Ctrl+PgDown moves
// on, Ctrl+PgUp back, from anywhere in the window) and the current step beside it, under one
// line saying what the Act needs at that step, with its section (core::StepGuidance). Further
// steps (the reply) are added with addStep().
class CaseWorkspace : public QWidget
{
    Q_OBJECT
public:
    // Every box of a step that takes paragraphs shows at least this many lines.
    static constexpr int paragraphLines = 3;

    // What the steps are built with, besides the document: the law data, the one calendar and
    // clock, the services some steps read and write through, and the panels the workbench shows
    // beside two of them (each becomes its step's).
    struct Dependencies
    {
        const core::ExemptionCatalogue &catalogue;
        const core::EnvironmentalTerms &environmentalTerms;
        const core::LanguageMarkers &languageMarkers;
        const core::WorkingDayCalendar &calendar;
        const core::StepGuidance &guidance;
        core::Clock clock;
        const core::CaseQueryService &queries; // the Cost step's aggregation candidates
        core::PublicInterestLibrary &factors;  // the Public interest step's paragraph library
        core::AttachmentService &attachments;  // the files the Held? step's searches cite
        std::function<QString()> officer;      // in whose name a file is attached there
        FileChooser &files;                    // how a new file of evidence is chosen
        QWidget *requestSidePanel;             // beside the request: similar requests, files
        QWidget *searchEvidencePanel;          // under the searches: the case's search evidence
    };

    CaseWorkspace(core::CaseDocument &document, const Dependencies &dependencies,
                  QWidget *parent = nullptr);

    void addStep(WorkspaceStep *step);
    // Shows `banner` between the header and the steps (a notice about the whole case).
    void addBanner(QWidget *banner);
    const QList<WorkspaceStep *> &steps() const { return m_steps; }
    int currentStep() const;
    void showStep(int index);

    // Goes to the step and field a finding's case-file path names; false when no step edits it.
    bool reveal(const QString &locator);
    // Goes to what a reviewer's note is about (reveal(locator)) and shows the note above that
    // step until the officer moves to another step.
    void showReviewNote(const QString &locator, const QString &note);

    QAction *nextStepAction() const { return m_nextStepAction; }
    QAction *previousStepAction() const { return m_previousStepAction; }

private:
    void createHeader();
    void createActions();
    void layOut();
    void refreshHeader();
    void showStepNeed(int index);

    core::CaseDocument &m_document;
    const core::WorkingDayCalendar &m_calendar;
    core::Clock m_clock; // "today" for the days left
    const core::StepGuidance &m_guidance;
    QList<WorkspaceStep *> m_steps;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QPushButton *m_explainButton = nullptr;
    QListWidget *m_stepList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_reviewNoteLabel = nullptr;
    QLabel *m_stepNeedLabel = nullptr;
    QAction *m_nextStepAction = nullptr;
    QAction *m_previousStepAction = nullptr;
};

} // namespace foi::ui
