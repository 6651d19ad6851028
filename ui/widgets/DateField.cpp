#include "ui/widgets/DateField.h"

#include "core/support/TypedDate.h"
#include "ui/widgets/Labels.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>

namespace foi::ui {

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setUp();
}

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setUp();
}

void DateField::setUp()
{
    setDisplayFormat(Labels::dateFormat());
    setCalendarPopup(true);
    setToolTip(tr("Type a date such as 1 December 2026 or 01/12/2026, or pick one (Alt+Down)"));
    // Enter on text that is no date re-emits the date as it was: only a new date is "taken".
    connect(this, &QDateEdit::dateChanged, this, [this](const QDate &taken) {
        if (taken != m_problemDate)
            clearProblem();
    });
}

QValidator::State DateField::validate(QString &input, int &) const
{
    if (core::TypedDate::parse(input))
        return QValidator::Acceptable;
    // Anything that could become a date while it is being typed.
    static const QRegularExpression plausible(QStringLiteral("^[A-Za-z0-9 ,./\\-]*$"));
    return plausible.match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

QDateTime DateField::dateTimeFromText(const QString &text) const
{
    const core::Result<QDate> date = core::TypedDate::parse(text);
    return date ? QDateTime(*date, QTime(0, 0)) : QDateTime(this->date(), QTime(0, 0));
}

QString DateField::textFromDateTime(const QDateTime &dateTime) const
{
    // In the interface's language; TypedDate reads the English and the Welsh month names back.
    return QLocale().toString(dateTime.date(), Labels::dateFormat());
}

bool DateField::event(QEvent *event)
{
    // Enter takes the typed date here, before any shortcut of the window bound to it does.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_typing) {
            event->accept();
            return true;
        }
    }
    return QDateEdit::event(event);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter)
        checkTyped();
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (printable) {
        // Free typing: the first key replaces the date shown, the rest add to it, without the
        // section-by-section editing of QDateEdit jumping between day, month and year.
        if (!m_typing)
            lineEdit()->selectAll();
        m_typing = true;
        lineEdit()->insert(text);
        event->accept();
        return;
    }
    if (enter)
        m_typing = false;
    QDateEdit::keyPressEvent(event);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_typing = false;
    QDateEdit::focusInEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    checkTyped();
    m_typing = false;
    QDateEdit::focusOutEvent(event);
}

void DateField::clearProblem()
{
    m_problem.clear();
    m_problemDate = QDate();
    setStatusTip(QString());
}

void DateField::checkTyped()
{
    const QString typed = lineEdit()->text();
    if (typed == textFromDateTime(QDateTime(date(), QTime(0, 0))))
        return;
    const core::Result<QDate> parsed = core::TypedDate::parse(typed);
    if (parsed) {
        clearProblem();
        return;
    }
    m_problem = parsed.error().message;
    m_problemDate = date();
    setStatusTip(m_problem);
    QToolTip::showText(mapToGlobal(QPoint(0, height())), m_problem, this);
    emit notUnderstood(m_problem);
}

} // namespace foi::ui
