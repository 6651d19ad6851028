#pragma once

#include "core/law/ExemptionCatalogue.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

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
//
// Version 2 added the evidence a search cites, version 3 a claim's s36(4) "statistical" mark
// (and, as optional fields of the same version, whose personal data a question asks for and an
// s40(2) claim's legitimate interests test).
// All versions are read. A case is written in the oldest version that holds it (1 unless it
// uses either), so a case that uses nothing new keeps its bytes (and its review bundles their
// hash) and older workbenches still read it.
class CaseFile
{
public:
    static constexpr int formatVersion = 3; // the newest version, read and written
    static constexpr int oldestReadableVersion = 1;
    // The largest case file read (docs/case-file.md): the largest real one is 11 KB; this leaves
    // room for a thousand pages of text and stops a crafted file from taking minutes. Bigger is
    // refused with "case-file.too-large" before parsing.
    static constexpr qsizetype maxBytes = qsizetype(16) * 1024 * 1024;

    [[nodiscard]] static Result<Case> read(const QByteArray &json,
                                           const ExemptionCatalogue &catalogue);
    [[nodiscard]] static Result<Case> read(const QByteArray &json); // the built-in catalogue

    static QByteArray write(const Case &theCase);
    // The version write() gives the case: the oldest that holds everything in it.
    static int versionFor(const Case &theCase);
    // The error for a file of `bytes` above maxBytes (for callers that check before reading).
    static Error tooLarge(qint64 bytes);
};

} // namespace foi::core
