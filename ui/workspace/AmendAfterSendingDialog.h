#pragma once

#include "core/model/Reply.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace foi::ui {

// Asks why a decision is changed after its reply was sent, showing what that letter said, so
// the officer decides with the letter in front of them. Amend is offered only once a reason is
// given; Ctrl+Return amends, Esc cancels.
class AmendAfterSendingDialog : public QDialog
{
    Q_OBJECT
public:
    AmendAfterSendingDialog(const QString &reference, const core::SentLetter &sent,
                            QWidget *parent = nullptr);

    QString reason() const;

private:
    QPlainTextEdit *m_sentView = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace foi::ui
