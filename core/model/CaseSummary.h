#pragma once

#include "core/model/CaseHold.h"
#include "core/model/LetterLanguage.h"
#include "core/model/ReviewState.h"

#include <QDate>
#include <QString>

namespace foi::core {

// One line of the case list or of search results.
struct CaseSummary
{
    QString reference;
    QString title;
    QString regime;
    QDate dateReceived;
    QDate dueDate; // as last worked out from the law's deadline rules; invalid when unknown
    QString status;
    QString outcome;
    QString requesterName;
    QString updatedAt;
    CaseHold hold = CaseHold::None;
    ReviewState review = ReviewState::NotReviewed;     // as cases.review_status keeps it
    LetterLanguage language = LetterLanguage::English; // of correspondence (cases.language)
    double score = 0; // search rank (lower is better, as bm25 gives it); 0 in the plain list
};

} // namespace foi::core
