#pragma once

#include "core/model/QuestionCondition.h"
#include "core/model/SearchRecord.h"

#include <QList>

#include <QString>

namespace foi::core {

// The answer to the duty to confirm or deny (s1(1)(a)).
enum class Holding {
    Undecided,
    Held,
    NotHeld,
    NeitherConfirmNorDeny,
    NotRequired, // the requester's condition on the question failed: nothing to answer
};

// What happens to held information under the duty to communicate (s1(1)(b)), or the procedural
// ground on which the request is refused.
enum class Communication {
    NotApplicable, // not held, NCND, not required, or not yet decided
    InFull,
    InPart,
    Withheld,
    RefusedCost,      // s12: complying would exceed the appropriate limit
    RefusedVexatious, // s14(1)
    RefusedRepeated,  // s14(2)
};

// The decision on one question. `answer` is the text the requester will read; `availableAt`
// says where information withheld under s21 can already be found; `closedAnswer` records a yes
// or no where the question is closed, so that conditions on it can be evaluated. `searches` are
// the searches made to establish whether the information is held.
struct Determination
{
    Holding holding = Holding::Undecided;
    Communication communication = Communication::NotApplicable;
    ClosedAnswer closedAnswer = ClosedAnswer::Unanswered;
    QString answer;
    QString availableAt;
    QList<SearchRecord> searches;

    friend bool operator==(const Determination &, const Determination &) = default;
};

} // namespace foi::core
