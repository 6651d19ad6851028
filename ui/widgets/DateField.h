#pragma once

#include <QDateEdit>

namespace foi::ui {

// A date field that takes a date as an officer in the UK types it ("1 December 2026",
// "1/12/2026", "01/12/2026", core's TypedDate), not only section by section. Typing replaces the
// date shown; Enter or leaving the field takes it. Text that is not a date leaves the date as it
// was and is said plainly: notUnderstood(message) is emitted, the message is shown as a tool tip
// at the field and kept as its status tip until a date is taken.
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    // The last message about text that was not understood; empty once a date is taken.
    QString problem() const { return m_problem; }

signals:
    void notUnderstood(const QString &message);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    QString textFromDateTime(const QDateTime &dateTime) const override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setUp();
    void checkTyped();
    void clearProblem();

    bool m_typing = false;
    QString m_problem;
    QDate m_problemDate; // the date kept when the problem arose
};

} // namespace foi::ui
