#pragma once

#include "law/ExemptionCatalogue.h"
#include "model/Case.h"
#include "support/Result.h"

#include <QByteArray>

namespace foi::core {

// The case file: a whole case as versioned JSON, the interchange for import, export and review
// bundles (docs/case-file.md, docs/case-file.schema.json). Reading validates everything and
// never crashes: bad JSON, an unknown format version, a wrong type, a missing or unknown field,
// an unknown code or provision, or a reference to a question that does not exist each give an
// Error (code "case-file.invalid", or "case-file.unreadable" for text that is not JSON) whose
// message names the first JSON path at fault ("$.claims[0].provision: unknown provision 's99'")
// and whose detail lists every problem found (one a line). write() then read() gives back an equal
// Case.
class CaseFile
{
public:
    static constexpr int formatVersion = 1;

    [[nodiscard]] static Result<Case> read(const QByteArray &json,
                                           const ExemptionCatalogue &catalogue);
    [[nodiscard]] static Result<Case> read(const QByteArray &json); // the built-in catalogue

    static QByteArray write(const Case &theCase);
};

} // namespace foi::core
