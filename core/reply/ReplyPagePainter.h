#pragma once

#include "core/reply/ReplyDocument.h"
#include "core/support/Result.h"

class QPagedPaintDevice;

namespace foi::core {

// Paints a reply's pages onto a paged device: the PDF writer for an export, a printer for a
// printed copy, so both get the same pages. A4 from the device's top-left corner (a printer must
// be in full-page mode), laid out at the export's 300 dpi and scaled to the device, in the letter
// style's fonts and colours only: the application's palette never reaches the page. A header with
// the authority and reference and a footer with "Page n of m" on every page; a draft carries a
// DRAFT watermark. Needs a QGuiApplication (fonts); may run on any thread, one device per call.
// Fails, with a message for the officer, when the device cannot be painted on or a new page cannot
// be started.
class ReplyPagePainter
{
public:
    [[nodiscard]] static Status paint(const ReplyDocument &reply, QPagedPaintDevice &device);
};

} // namespace foi::core
