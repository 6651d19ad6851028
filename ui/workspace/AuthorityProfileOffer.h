#pragma once

#include <QFrame>

class QPushButton;

namespace foi::ui {

// Above the case while no authority profile exists: letters are signed with it, so the
// officer is offered to fill it in now, before the Reply step needs it, or Later. It never
// blocks work on the case.
class AuthorityProfileOffer : public QFrame
{
    Q_OBJECT
public:
    explicit AuthorityProfileOffer(QWidget *parent = nullptr);

signals:
    void fillInRequested();
    void laterChosen();

private:
    QPushButton *m_fillInButton = nullptr;
    QPushButton *m_laterButton = nullptr;
};

} // namespace foi::ui
