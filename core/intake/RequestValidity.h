#pragma once

#include "core/model/Case.h"

#include <QList>
#include <QString>

namespace foi::core {

// Something that may stop a request being valid (FOIA s8(1), EIR reg 5), said to the officer
// with the field it concerns as a case-file path ("requester.name").
struct ValidityHint
{
    QString locator;
    QString message;

    friend bool operator==(const ValidityHint &, const ValidityHint &) = default;
};

// Hints, not rulings, on whether the request is valid: under FOIA s8(1) a request must be in
// writing (email and web forms count), state the requester's name and an address for
// correspondence, and describe the information wanted; the EIR accept oral requests and do not
// need a name. A date of receipt after `today` is flagged too. An empty list means nothing
// looks wrong.
class RequestValidity
{
public:
    static QList<ValidityHint> hints(const Case &theCase, const QDate &today);
};

} // namespace foi::core
