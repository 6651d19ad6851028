#pragma once

#include "core/law/Provision.h"
#include "core/law/Regime.h"
#include "core/model/Attachment.h"
#include "core/model/Channel.h"
#include "core/model/ClockChange.h"
#include "core/model/CostActivity.h"
#include "core/model/Determination.h"
#include "core/model/Outcome.h"
#include "core/model/PrejudiceTest.h"
#include "core/model/PublicInterestTest.h"
#include "core/model/QuestionCondition.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace foi::ui {

// The words the officer reads for the model's values, in one place so every screen says the
// same thing, and the date format used everywhere ("26 November 2026"), in the interface's
// language (QLocale's default: "26 Tachwedd 2026" in Welsh).
class Labels
{
public:
    static QString date(const QDate &date);
    // "1 working day", "3 working days": `singular` and `plural` are already translated.
    static QString count(int n, const QString &singular, const QString &plural);
    static QString dateFormat() { return QStringLiteral("d MMMM yyyy"); }
    // A moment in the officer's local time: "26 November 2026, 14:05".
    static QString dateTime(const QDateTime &moment);

    static QString regime(core::Regime regime);
    static QString channel(core::Channel channel);
    static QString holding(core::Holding holding);
    static QString communication(core::Communication communication);
    static QString closedAnswer(core::ClosedAnswer answer);
    static QString duty(core::Duty duty);
    static QString likelihood(core::Likelihood likelihood);
    static QString conclusion(core::PublicInterestConclusion conclusion);
    // The same in the words of the duty the claim relieves: for the duty to confirm or deny
    // (s2(1)(b)) the choices speak of confirming or denying, not of disclosure.
    static QString conclusionFor(core::PublicInterestConclusion conclusion, core::Duty duty);
    static QString costActivity(core::CostActivityKind kind);
    static QString attachmentKind(core::AttachmentKind kind);
    // "letter.pdf (12.3 kB)" + separator + "added 26 November 2026, 14:05 by Jo Officer".
    static QString attachment(const core::Attachment &attachment, const QString &separator);
    // "Finance system by Jo Bloggs for “AFR” on 21 May 2018"
    static QString search(const core::SearchRecord &search);
    static QString clockChange(core::ClockChangeKind kind);
    static QString testKind(core::TestKind test);
    static QString authorityKind(core::AuthorityKind kind);
    static QString outcome(core::Outcome outcome);
    // An outcome as the store writes it ("not-held"); unknown codes are shown as they are.
    static QString outcomeCode(const QString &code);

    // A tool tip that shows `text` (a requester's words, a question) as it is: a tool tip takes
    // text that merely looks like markup ("<b>x</b>") for rich text. Long text is cut short
    // after `maxLength` characters, as a tool tip is no place for a whole request.
    static QString plainToolTip(const QString &text, qsizetype maxLength = 1000);

    // Fills `combo` with every value of an enumeration, each with its label and the value as data.
    template<typename E, typename LabelOf>
    static void fill(QComboBox *combo, const QList<E> &values, LabelOf labelOf)
    {
        for (const E value : values)
            combo->addItem(labelOf(value), QVariant::fromValue(static_cast<int>(value)));
    }
};

} // namespace foi::ui
