#include "core/reply/LetterStyle.h"

#include <QBrush>
#include <QFile>
#include <QFontDatabase>

namespace foi::core {

namespace {
const char *const fontFiles[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf",
};
} // namespace

LetterStyle::LetterStyle()
{
    for (const char *file : fontFiles) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        if (id >= 0 && m_family.isEmpty())
            m_family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    if (m_family.isEmpty())
        m_family = QStringLiteral("DejaVu Sans"); // fontconfig's copy, if the file moved
}

const LetterStyle &LetterStyle::standard()
{
    static const LetterStyle style;
    return style;
}

QPalette LetterStyle::palette()
{
    // Built from the two colours alone: QPalette() would start from the application's palette.
    const QBrush ink(textColor());
    const QBrush paper(paperColor());
    const QBrush band(bandColor());
    QPalette palette(ink, paper, paper, band, band, ink, ink, paper, paper);
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Text, textColor());
        palette.setColor(group, QPalette::WindowText, textColor());
        palette.setColor(group, QPalette::Base, paperColor());
        palette.setColor(group, QPalette::Window, paperColor());
        palette.setColor(group, QPalette::Link, textColor());
        palette.setColor(group, QPalette::LinkVisited, textColor());
    }
    return palette;
}

QFont LetterStyle::bodyFont() const
{
    QFont font(m_family);
    font.setPointSizeF(10.5);
    // No shaping, so no ligatures: Qt's PDF engine maps glyphs back to text through a reverse
    // cmap, and an "fi" ligature would come out of copy and paste as something else.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferMatch | QFont::PreferNoShaping));
    return font;
}

QFont LetterStyle::headingFont() const
{
    QFont font = bodyFont();
    font.setPointSizeF(13);
    font.setBold(true);
    return font;
}

QFont LetterStyle::subheadingFont() const
{
    QFont font = bodyFont();
    font.setPointSizeF(11);
    font.setBold(true);
    return font;
}

QFont LetterStyle::smallFont() const
{
    QFont font = bodyFont();
    font.setPointSizeF(8.5);
    return font;
}

} // namespace foi::core
