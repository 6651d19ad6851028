#pragma once

#include "core/model/Case.h"
#include "core/model/Outcome.h"

#include <QList>
#include <QString>

namespace foi::core {

// The statistical outcome of a question and of a whole case, derived from the determinations so
// that it is never stored twice. The case outcome follows the Cabinet Office counting: a cost or
// s14 refusal decides the whole request; otherwise a request is granted in full only when nothing
// held was withheld, and fully withheld only when nothing was released.
class CaseOutcome
{
public:
    static Outcome ofQuestion(const Case &theCase, qsizetype index);

    // Withdrawn or lapsed while the case's lifecycle closes it (Case::closure), else the
    // officer's override when set, else derived.
    static Outcome ofCase(const Case &theCase);

    // What the reply did, each distinct part once, in the order a reader meets them: released,
    // withheld, not held, neither confirmed nor denied (for a question, or for "any other
    // information" a claim covers), refused. A case in progress, or one the officer marked
    // lapsed or withdrawn, has one part. Never empty.
    static QList<Outcome> partsOf(const Case &theCase);
    // The parts' codes joined by '+' ("not-held+neither-confirm-nor-deny"): what the store keeps
    // for the Outcome column and similar-request lookups. One part: its code alone.
    static QString codeOf(const Case &theCase);

    // True when the provision is section 21 (information reasonably accessible by other means).
    static bool isSection21(const QString &provision);

private:
    static Outcome derived(const Case &theCase);
};

} // namespace foi::core
