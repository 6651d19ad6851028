#pragma once

#include "core/model/Case.h"

#include <QJsonObject>

namespace foi::core {

// Turns a Case into the JSON of a case file. Empty texts, empty lists, null dates and defaults
// are left out, so a file says only what was decided; the reader supplies the same defaults.
class CaseFileWriter
{
public:
    static QJsonObject write(const Case &theCase);

private:
    static QJsonObject writeQuestion(const Question &question);
    static QJsonObject writeClaim(const ExemptionClaim &claim);
    static QJsonObject writeCostEstimate(const CostEstimate &estimate);
    static QJsonObject writeReply(const Reply &reply);
};

} // namespace foi::core
