#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Qt 6.4's PDF writer sets only Title, Creator, Producer and CreationDate. This appends one
// incremental update (ISO 32000 7.5.6, allowed by PDF/A-1) that adds the Author and Subject to
// the document information dictionary and replaces the XMP packet with one that carries the same
// values, so the two stay consistent as PDF/A-1 (ISO 19005-1 6.7.3) requires. The original bytes
// are kept unchanged in front of the update.
class PdfInfoAmender
{
public:
    static Result<QByteArray> addAuthorAndSubject(const QByteArray &pdf, const QString &author,
                                                  const QString &subject);
};

} // namespace foi::core
