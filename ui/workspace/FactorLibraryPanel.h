#pragma once

#include "core/law/Provision.h"
#include "core/services/PublicInterestLibrary.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace foi::ui {

// The paragraph library beside a public interest test: the factors that suit the claim's
// provision and duty (the officer's own first), inserted into either column, and a way to keep
// a factor of the officer's own for later cases, in `library`.
class FactorLibraryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FactorLibraryPanel(core::PublicInterestLibrary &library, QWidget *parent = nullptr);

    // The claim whose test is shown; an empty provision shows nothing.
    void showFor(const QString &provision, core::Duty duty);

signals:
    void insertRequested(core::FactorSide column, const QString &text);

private:
    void createWidgets();
    void layOut();
    void fill();
    void insertCurrent(core::FactorSide column);
    void addOwnFactor();
    void showProblem(const QString &problem);

    core::PublicInterestLibrary &m_library;
    QString m_provision;
    core::Duty m_duty = core::Duty::Communicate;
    QList<core::PublicInterestFactor> m_shown;
    QListWidget *m_list = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_insertForButton = nullptr;
    QPushButton *m_insertAgainstButton = nullptr;
    QPushButton *m_addOwnButton = nullptr;
};

} // namespace foi::ui
