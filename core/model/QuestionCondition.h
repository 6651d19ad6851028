#pragma once

#include <QString>

namespace foi::core {

// A yes/no answer, for questions that are closed ("Are you currently paying for ...?").
enum class ClosedAnswer {
    Unanswered,
    Yes,
    No,
};

// The requester's own condition on a question: "if no, please disregard the rest". The question
// is to be answered only if question `question` (an id) is answered `proceedIf`.
struct QuestionCondition
{
    QString question;
    ClosedAnswer proceedIf = ClosedAnswer::Yes;

    friend bool operator==(const QuestionCondition &, const QuestionCondition &) = default;
};

} // namespace foi::core
