#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPalette>
#include <QString>

namespace foi::core {

// The look of a reply letter: one face, embedded in every PDF, and the page geometry in
// millimetres. DejaVu (Debian's fonts-dejavu-core) is chosen because it may be embedded, covers
// Welsh (ŵ, ŷ) and extracts cleanly; it is loaded from its file so output never depends on
// fontconfig's choice. The colours are the letter's too: black on white whatever the desktop's
// palette, so a dark desktop theme never reaches a letter that is printed or sent.
class LetterStyle
{
public:
    static const LetterStyle &standard();

    QString family() const { return m_family; }
    QFont bodyFont() const;
    QFont headingFont() const;
    QFont subheadingFont() const;
    QFont smallFont() const;

    // Ink and paper. Every character of the letter carries textColor() in its format, and the
    // pages are painted with palette(), so nothing falls back to the application's palette.
    static QColor textColor() { return QColor(0, 0, 0); }
    static QColor paperColor() { return QColor(255, 255, 255); }
    static QColor bandColor() { return QColor(80, 80, 80); }         // header and footer
    static QColor watermarkColor() { return QColor(225, 225, 225); } // solid: PDF/A-1
    static QPalette palette();

    // A4 in millimetres: the body's margins and the header and footer bands.
    static constexpr double pageWidthMm = 210.0;
    static constexpr double pageHeightMm = 297.0;
    static constexpr double sideMarginMm = 22.0;
    static constexpr double topMarginMm = 28.0;    // below the header band
    static constexpr double bottomMarginMm = 24.0; // above the footer band
    static constexpr double headerTopMm = 10.0;
    static constexpr double footerBottomMm = 10.0;

private:
    LetterStyle();
    QString m_family;
};

} // namespace foi::core
