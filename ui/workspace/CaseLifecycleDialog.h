#pragma once

#include <QDate>
#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace foi::ui {

class DateField;

// Asks for the reason (and, unless it is a deletion, the day) of a withdrawal, lapse, reopening
// or deletion, with a sentence saying what will happen. The confirming button is offered only
// once a reason is given; Ctrl+Return confirms, Esc cancels.
class CaseLifecycleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class AskDay { Yes, No };

    CaseLifecycleDialog(const QString &title, const QString &explanation,
                        const QString &confirmText, AskDay askDay, const QDate &today,
                        QWidget *parent = nullptr);

    QString reason() const;
    QDate day() const;

private:
    QPlainTextEdit *m_reasonEdit = nullptr;
    DateField *m_dayField = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace foi::ui
