#include "ui/workspace/RequestStep.h"

#include "core/intake/LanguageMarkers.h"
#include "core/intake/RequestValidity.h"
#include "core/law/EnvironmentalTerms.h"
#include "core/services/CaseDocument.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/FieldSync.h"
#include "ui/widgets/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace foi::ui {

using core::Case;

RequestStep::RequestStep(core::CaseDocument &document, const core::EnvironmentalTerms &terms,
                         const core::LanguageMarkers &markers, const core::Clock &clock,
                         QWidget *sidePanel, QWidget *parent)
    : WorkspaceStep(document, parent)
    , m_terms(terms)
    , m_markers(markers)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("requestStep"));
    createFields();
    layOut(sidePanel);
    connectEdits();
}

void RequestStep::createFields()
{
    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
    m_referenceEdit->setReadOnly(true);
    m_referenceEdit->setAccessibleName(tr("Reference"));
    m_referenceEdit->setAccessibleDescription(tr("Allocated when the request was logged"));

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("caseTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_titleEdit->setAccessibleDescription(
        tr("What the request is about: shown in the case list and as the letter's heading"));
    m_titleEdit->setPlaceholderText(
        tr("What the request is about, e.g. Use of drones at protests"));
    m_titleEdit->setMaxLength(200);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("requesterNameEdit"));
    m_nameEdit->setAccessibleName(tr("Requester's name"));
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("requesterEmailEdit"));
    m_emailEdit->setAccessibleName(tr("Requester's email"));
    m_addressEdit = new QPlainTextEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("requesterAddressEdit"));
    m_addressEdit->setAccessibleName(tr("Postal address"));
    m_addressEdit->setTabChangesFocus(true);
    m_addressEdit->setFixedHeight(m_addressEdit->fontMetrics().lineSpacing() * 3 + 12);

    m_receivedDateEdit = new DateField(this);
    m_receivedDateEdit->setObjectName(QStringLiteral("receivedDateEdit"));
    m_receivedDateEdit->setAccessibleName(tr("Date of receipt"));
    m_receivedDateEdit->setAccessibleDescription(
        tr("Day 0 of the 20 working days: the day the request arrived"));

    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->setAccessibleName(tr("Received by"));
    Labels::fill(m_channelCombo,
                 QList<core::Channel>{core::Channel::Email, core::Channel::Post,
                                      core::Channel::WebForm, core::Channel::Telephone,
                                      core::Channel::InPerson, core::Channel::Other},
                 &Labels::channel);
    m_regimeCombo = new QComboBox(this);
    m_regimeCombo->setObjectName(QStringLiteral("regimeCombo"));
    m_regimeCombo->setAccessibleName(tr("Regime"));
    Labels::fill(m_regimeCombo, QList<core::Regime>{core::Regime::Foia, core::Regime::Eir},
                 &Labels::regime);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language of correspondence"));
    m_languageCombo->setAccessibleDescription(
        tr("The language the reply is written in: a request in Welsh is answered in Welsh"));
    m_languageCombo->addItem(tr("English"), static_cast<int>(core::LetterLanguage::English));
    m_languageCombo->addItem(tr("Welsh (Cymraeg)"), static_cast<int>(core::LetterLanguage::Welsh));
    m_languageCombo->addItem(tr("Welsh and English (bilingual)"),
                             static_cast<int>(core::LetterLanguage::Bilingual));
    m_languageSuggestionLabel = new QLabel(this);
    m_languageSuggestionLabel->setObjectName(QStringLiteral("languageSuggestionLabel"));
    m_languageSuggestionLabel->setWordWrap(true);
    m_languageSuggestionLabel->setTextFormat(Qt::PlainText);
    m_languageSuggestionLabel->hide();

    m_requestTextEdit = new QPlainTextEdit(this);
    m_requestTextEdit->setObjectName(QStringLiteral("requestTextEdit"));
    m_requestTextEdit->setAccessibleName(tr("Request text"));
    m_requestTextEdit->setAccessibleDescription(tr("Paste the request exactly as received"));
    m_requestTextEdit->setTabChangesFocus(true);
    m_requestTextEdit->setPlaceholderText(tr("Paste the request exactly as it was received."));

    m_hintsLabel = new QLabel(this);
    m_hintsLabel->setObjectName(QStringLiteral("validityHintsLabel"));
    m_hintsLabel->setWordWrap(true);
    m_hintsLabel->setTextFormat(Qt::RichText);
    m_hintsLabel->setAccessibleName(tr("Validity of the request"));

    m_environmentalLabel = new QLabel(this);
    m_environmentalLabel->setObjectName(QStringLiteral("environmentalFlagLabel"));
    m_environmentalLabel->setWordWrap(true);
    m_environmentalLabel->setTextFormat(Qt::PlainText);
    m_environmentalLabel->setAccessibleName(tr("Environmental information"));
    m_environmentalLabel->hide();
}

void RequestStep::layOut(QWidget *sidePanel)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Reference:"), m_referenceEdit);
    form->addRow(tr("Title (s&ubject):"), m_titleEdit);
    form->addRow(tr("Requester's &name:"), m_nameEdit);
    form->addRow(tr("E&mail:"), m_emailEdit);
    form->addRow(tr("Postal &address:"), m_addressEdit);
    form->addRow(tr("Date of &receipt:"), m_receivedDateEdit);
    form->addRow(tr("Received &by:"), m_channelCombo);
    form->addRow(tr("Re&gime:"), m_regimeCombo);
    form->addRow(tr("Language of c&orrespondence:"), m_languageCombo);

    auto *textLabel = new QLabel(tr("Request &text, as received:"), this);
    textLabel->setBuddy(m_requestTextEdit);
    auto *request = new QVBoxLayout;
    request->addLayout(form);
    request->addWidget(textLabel);
    request->addWidget(m_requestTextEdit, 1);
    request->addWidget(m_hintsLabel);
    request->addWidget(m_environmentalLabel);
    request->addWidget(m_languageSuggestionLabel);
    auto *columns = new QHBoxLayout(this);
    columns->addLayout(request, 3);
    if (sidePanel)
        columns->addWidget(sidePanel, 1);
}

void RequestStep::connectEdits()
{
    auto &doc = document();
    connect(m_titleEdit, &QLineEdit::textEdited, this, [&doc](const QString &text) {
        doc.edit(
            tr("Edit the title"), [text](Case &c) { c.title = text; }, QStringLiteral("title"));
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [&doc](const QString &text) {
        doc.edit(
            tr("Edit requester's name"), [text](Case &c) { c.requester.name = text; },
            QStringLiteral("requester.name"));
    });
    connect(m_emailEdit, &QLineEdit::textEdited, this, [&doc](const QString &text) {
        doc.edit(
            tr("Edit requester's email"), [text](Case &c) { c.requester.email = text; },
            QStringLiteral("requester.email"));
    });
    connect(m_addressEdit, &QPlainTextEdit::textChanged, this, [this, &doc] {
        const QString text = m_addressEdit->toPlainText();
        doc.edit(
            tr("Edit postal address"),
            [text](Case &c) { c.requester.addressForCorrespondence = text; },
            QStringLiteral("requester.address"));
    });
    connect(m_receivedDateEdit, &DateField::notUnderstood, this, [this] { refresh(); });
    connect(m_receivedDateEdit, &QDateEdit::dateChanged, this, [&doc](const QDate &date) {
        doc.edit(
            tr("Change date of receipt"), [date](Case &c) { c.dateOfReceipt = date; },
            QStringLiteral("dateOfReceipt"));
    });
    connect(m_channelCombo, &QComboBox::activated, this, [this, &doc] {
        const auto channel = static_cast<core::Channel>(m_channelCombo->currentData().toInt());
        doc.edit(tr("Change how the request arrived"), [channel](Case &c) { c.channel = channel; });
    });
    connect(m_regimeCombo, &QComboBox::activated, this, [this, &doc] {
        const auto regime = static_cast<core::Regime>(m_regimeCombo->currentData().toInt());
        doc.edit(tr("Change regime"), [regime](Case &c) { c.regime = regime; });
    });
    connect(m_languageCombo, &QComboBox::activated, this, [this, &doc] {
        const auto language =
            static_cast<core::LetterLanguage>(m_languageCombo->currentData().toInt());
        doc.edit(tr("Change language of correspondence"),
                 [language](Case &c) { c.languageOfCorrespondence = language; });
    });
    connect(m_requestTextEdit, &QPlainTextEdit::textChanged, this, [this, &doc] {
        const QString text = m_requestTextEdit->toPlainText();
        doc.edit(
            tr("Edit request text"), [text](Case &c) { c.requestText = text; },
            QStringLiteral("requestText"));
    });
}

void RequestStep::refresh()
{
    const Case &theCase = document().current();
    FieldSync::setText(m_referenceEdit, theCase.reference);
    FieldSync::setText(m_titleEdit, theCase.title);
    FieldSync::setText(m_nameEdit, theCase.requester.name);
    FieldSync::setText(m_emailEdit, theCase.requester.email);
    FieldSync::setText(m_addressEdit, theCase.requester.addressForCorrespondence);
    FieldSync::setDate(m_receivedDateEdit, theCase.dateOfReceipt);
    FieldSync::setData(m_channelCombo, static_cast<int>(theCase.channel));
    FieldSync::setData(m_regimeCombo, static_cast<int>(theCase.regime));
    FieldSync::setData(m_languageCombo, static_cast<int>(theCase.languageOfCorrespondence));
    FieldSync::setText(m_requestTextEdit, theCase.requestText);

    const QList<core::ValidityHint> hints = core::RequestValidity::hints(theCase, m_clock.today());
    QStringList lines;
    if (!m_receivedDateEdit->problem().isEmpty())
        lines.append(QStringLiteral("&#9888; ") + m_receivedDateEdit->problem().toHtmlEscaped());
    for (const core::ValidityHint &hint : hints)
        lines.append(QStringLiteral("&#9888; ") + hint.message.toHtmlEscaped());
    m_hintsLabel->setText(
        lines.isEmpty() ? tr("&#10003; The request looks valid (s8): in writing, with a name, "
                             "an address for correspondence and a description.")
                        : lines.join(QStringLiteral("<br>")));
    flagEnvironmentalWords();
    suggestLanguage();
}

// The words of the request suggest a language; shown only when it differs from the case's.
void RequestStep::suggestLanguage()
{
    const Case &theCase = document().current();
    const core::LanguageMarkers::Suggestion suggestion = m_markers.suggest(theCase.requestText);
    const bool differs = !theCase.requestText.trimmed().isEmpty() &&
                         suggestion.language != theCase.languageOfCorrespondence;
    m_languageSuggestionLabel->setVisible(differs);
    if (!differs)
        return;
    const QString language = suggestion.language == core::LetterLanguage::Welsh ? tr("Welsh")
                             : suggestion.language == core::LetterLanguage::Bilingual
                                 ? tr("both Welsh and English")
                                 : tr("English");
    m_languageSuggestionLabel->setText(
        tr("\u2139 The request reads as %1 (%2 Welsh and %3 English common words). A request "
           "written in Welsh is answered in Welsh, with no delay: if so, choose it as the "
           "language of correspondence.")
            .arg(language)
            .arg(suggestion.welshWords)
            .arg(suggestion.englishWords));
}

void RequestStep::flagEnvironmentalWords()
{
    const Case &theCase = document().current();
    QStringList texts{theCase.requestText};
    for (const core::Question &question : theCase.questions)
        texts.append(question.text);
    const QStringList found =
        theCase.regime == core::Regime::Foia ? m_terms.foundIn(texts.join(u'\n')) : QStringList();
    m_environmentalLabel->setVisible(!found.isEmpty());
    if (found.isEmpty())
        return;
    QStringList quoted;
    for (const QString &term : found)
        quoted.append(QStringLiteral("\u201c%1\u201d").arg(term));
    m_environmentalLabel->setText(
        tr("\u26a0 This may be a request for environmental information: it mentions %1. "
           "Information on the state of the environment, emissions, noise, waste, land use, "
           "planning or measures affecting them falls under the Environmental Information "
           "Regulations (reg 2(1)), and FOIA s39 exempts it. If it is, choose the EIR as the "
           "regime; if only some questions are, handle those under the EIR.")
            .arg(quoted.join(QStringLiteral(", "))));
}

QString RequestStep::summary() const
{
    return tr("Who asked, when and how, and what they asked for");
}

bool RequestStep::reveal(const QString &locator)
{
    QWidget *field = nullptr;
    if (locator == QStringLiteral("requester.name"))
        field = m_nameEdit;
    else if (locator == QStringLiteral("title"))
        field = m_titleEdit;
    else if (locator.startsWith(QStringLiteral("requester")))
        field = m_emailEdit;
    else if (locator == QStringLiteral("requestText"))
        field = m_requestTextEdit;
    else if (locator == QStringLiteral("dateOfReceipt"))
        field = m_receivedDateEdit;
    else if (locator == QStringLiteral("channel"))
        field = m_channelCombo;
    else if (locator == QStringLiteral("regime"))
        field = m_regimeCombo;
    else if (locator == QStringLiteral("languageOfCorrespondence"))
        field = m_languageCombo;
    if (!field)
        return false;
    focusLater(field);
    return true;
}

} // namespace foi::ui
