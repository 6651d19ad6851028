#pragma once

#include <QFrame>

class QLabel;
class QScrollArea;
class QToolButton;

namespace foi::ui {

// A message the officer needs to read and may want to copy (where a backup or a letter went,
// which files an import refused), shown above the case area until dismissed or replaced.
// The status bar is the wrong place for these: it shows one line for a few seconds and the
// store's path beside it cuts a long message off.
class NotificationBar : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBar(QWidget *parent = nullptr);

    // Replaces any message shown, announces it to screen readers and shows the bar. Up to six
    // lines show at once; a longer message scrolls inside the bar.
    void showMessage(const QString &message);
    void dismiss();
    QString message() const; // empty while dismissed

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTextHeight();

    QLabel *m_text = nullptr;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace foi::ui
