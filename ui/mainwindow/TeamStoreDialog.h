#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace foi::ui {

// File ▸ Open team store on a server…: where the team's case store is (the server, its port,
// the database) and who the officer is on it, with how the connection is protected. No password
// is typed here: libpq reads it from the officer's ~/.pgpass (or PGPASSFILE), so it never sits in
// the settings or on a command line. Open stays off until a server and a database are named.
// address() gives what the composition root opens, postgresql://[user@]host[:port]/database
// ?sslmode=…, and setAddress() fills the form from one (the last team store opened).
class TeamStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamStoreDialog(QWidget *parent = nullptr);

    QString address() const;
    // Fills the form from an address address() gave; anything it cannot read is left blank.
    void setAddress(const QString &address);

private:
    void check();

    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QComboBox *m_securityCombo = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace foi::ui
