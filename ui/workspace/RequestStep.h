#pragma once

#include "core/support/Clock.h"
#include "ui/workspace/WorkspaceStep.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace foi::core {
class EnvironmentalTerms;
class LanguageMarkers;
} // namespace foi::core

namespace foi::ui {

class DateField;

// The request as received: who asked, when and how, under which regime, and the text itself,
// with hints where the request may not be valid (s8), and a flag when a FOIA request's words
// (the request and its questions) suggest environmental information, which the EIR govern
// (EIR reg 2(1), FOIA s39): `terms` is the law's word list. The officer confirms the language
// of correspondence (Welsh Language Standards), with the language the request's words suggest
// (`markers`, resources/language/welsh-markers.txt) shown beside it until it is confirmed.
class RequestStep : public WorkspaceStep
{
    Q_OBJECT
public:
    // `sidePanel` is shown beside the request (the similar earlier requests and the case's
    // files; null for none) and becomes the step's.
    RequestStep(core::CaseDocument &document, const core::EnvironmentalTerms &terms,
                const core::LanguageMarkers &markers, const core::Clock &clock, QWidget *sidePanel,
                QWidget *parent = nullptr);

    QString title() const override { return tr("Request"); }
    QString summary() const override;
    bool reveal(const QString &locator) override;
    void refresh() override;

private:
    void createFields();
    void layOut(QWidget *sidePanel);
    void connectEdits();
    void flagEnvironmentalWords();
    void suggestLanguage();

    const core::EnvironmentalTerms &m_terms;
    const core::LanguageMarkers &m_markers;
    core::Clock m_clock; // "today" for the validity hints
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QPlainTextEdit *m_addressEdit = nullptr;
    DateField *m_receivedDateEdit = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_regimeCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageSuggestionLabel = nullptr;
    QPlainTextEdit *m_requestTextEdit = nullptr;
    QLabel *m_hintsLabel = nullptr;
    QLabel *m_environmentalLabel = nullptr;
};

} // namespace foi::ui
