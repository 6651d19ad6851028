#pragma once

#include "core/model/Determination.h"
#include "core/model/PersonalData.h"
#include "core/model/QuestionCondition.h"

#include <QString>

#include <optional>

namespace foi::core {

// One question of a request, in the requester's words, with the decision on it. `id` is stable
// ("Q1") and is how claims and conditions refer to the question.
struct Question
{
    QString id;
    QString text;
    std::optional<QuestionCondition> condition;
    Determination determination;
    // Whose personal data the question asks for (s40(1)/(5A) or s40(2)/(5B)).
    DataSubject personalData = DataSubject::Unstated;

    friend bool operator==(const Question &, const Question &) = default;
};

} // namespace foi::core
