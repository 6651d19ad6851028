#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace foi::ui {

// Asked once, before the first case is logged when Settings has no officer's name: the name
// (and, if the officer likes, the role) that the case's history records for every change.
// Continue stays off until a name is typed, and a word that names nobody ("officer", "user")
// is refused with the reason, so the audit trail never records a generic officer.
class OfficerNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficerNameDialog(QWidget *parent = nullptr);

    QString officerName() const;
    QString officerRole() const;

    // Why `name` cannot stand for the officer in the audit trail; empty when it can.
    static QString problemWith(const QString &name);

private:
    void check();

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_roleEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_continueButton = nullptr;
};

} // namespace foi::ui
