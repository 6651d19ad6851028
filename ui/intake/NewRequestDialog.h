#pragma once

#include "core/support/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace foi::ui {

// What File › New request asks before logging: the reference (the next free one of the
// authority's pattern is offered; the authority's own may be typed instead) and the title (the
// request's subject, optional). A typed reference is checked as it is typed (`check`: allowed
// characters, not used already) and the reason it cannot be used is shown under it; Log is
// offered only for a reference that can be used. Enter logs, Esc cancels.
class NewRequestDialog : public QDialog
{
    Q_OBJECT
public:
    using Check = std::function<core::Status(const QString &reference)>;

    NewRequestDialog(const QString &offered, Check check, QWidget *parent = nullptr);

    QString reference() const;
    QString title() const;

private:
    void recheck();

    Check m_check;
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_logButton = nullptr;
};

} // namespace foi::ui
