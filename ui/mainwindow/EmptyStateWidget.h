#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace foi::ui {

// What the case list shows before the first request is logged: a short explanation and the one
// action that gets an officer started.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

signals:
    void newRequestClicked();

private:
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_newRequestButton = nullptr;
};

} // namespace foi::ui
