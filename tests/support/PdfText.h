#pragma once

#include <QByteArray>
#include <QString>

namespace testsupport {

// The text pdftotext (poppler-utils) reads from the PDF `bytes`, as a screen reader or a search
// would; empty when it cannot be read. Tests that call it QSKIP when pdftotext is missing.
QString pdfText(const QByteArray &bytes);

} // namespace testsupport
