#pragma once

#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

// The parts every matter dialog shares: a date field that cannot pass today, the red line that
// says what is wrong, and the OK/Cancel buttons.
namespace foi::ui::matterdialog {

inline QDateEdit *dateField(const QDate &today, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(today, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setMaximumDate(today);
    return edit;
}

inline QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("matterProblem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

inline QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

// Shows `problem` under the form and returns false, or returns true when there is none.
inline bool noProblem(QLabel *label, const QString &problem)
{
    if (problem.isEmpty())
        return true;
    label->setText(problem);
    label->show();
    return false;
}

} // namespace foi::ui::matterdialog
