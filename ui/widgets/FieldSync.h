#pragma once

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVariant>

namespace foi::ui {

// Shows a value from the case in a field without announcing it as the officer's edit and without
// moving the cursor when the field already shows it (a refresh after the officer's own typing).
namespace FieldSync {

inline void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
}

inline void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

inline void setData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() == index)
        return;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index);
}

inline void setDate(QDateEdit *edit, const QDate &date)
{
    if (edit->date() == date)
        return;
    const QSignalBlocker blocker(edit);
    edit->setDate(date);
}

} // namespace FieldSync

} // namespace foi::ui
