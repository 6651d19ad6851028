#pragma once

#include <QPlainTextEdit>

#include <algorithm>

namespace foi::ui {

// Room for paragraphs: a box that takes more than one line shows a few lines at once, however
// small the window (the step scrolls instead of squeezing the box to a line or two).
namespace TextBoxes {

// The height `edit` needs to show `lines` lines of its text.
inline int heightForLines(const QPlainTextEdit *edit, int lines)
{
    return edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
           2 * static_cast<int>(edit->document()->documentMargin());
}

// Keeps `edit` at least `lines` lines high, within a maximum already set on it.
inline void giveRoom(QPlainTextEdit *edit, int lines)
{
    const int wanted = std::min(heightForLines(edit, lines), edit->maximumHeight());
    edit->setMinimumHeight(std::max(edit->minimumHeight(), wanted));
}

} // namespace TextBoxes

} // namespace foi::ui
