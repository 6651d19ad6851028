#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Qt 6.4's PDF writer sets only Title, Creator, Producer and CreationDate. This appends one
// incremental update (ISO 32000 7.5.6, allowed by PDF/A-1) that adds the Author and Subject to
// the document information dictionary and replaces the XMP packet with one that carries the same
// values, so the two stay consistent as PDF/A-1 (ISO 19005-1 6.7.3) requires. The original bytes
// are kept unchanged in front of the update. Qt 6.4 declares no document language either, so
// the same update gives the catalogue /Lang (ISO 32000 14.9.2: what a screen reader speaks the
// text as) and the XMP packet dc:language; `language` is a BCP 47 tag ("cy-GB"), empty: none.
class PdfInfoAmender
{
public:
    static Result<QByteArray> addAuthorAndSubject(const QByteArray &pdf, const QString &author,
                                                  const QString &subject, const QString &language);
};

} // namespace foi::core
