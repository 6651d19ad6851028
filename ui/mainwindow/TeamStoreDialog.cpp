#include "ui/mainwindow/TeamStoreDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

// PostgreSQL's own port, used when the officer is told none.
constexpr int defaultPort = 5432;

} // namespace

TeamStoreDialog::TeamStoreDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamStoreDialog"));
    setWindowTitle(tr("Open team store on a server"));
    auto *intro = new QLabel(
        tr("A team store keeps the unit's cases on a PostgreSQL server, so that every officer "
           "works on the same caseload. Your IT department gives you the server's name, the "
           "database and your login."),
        this);
    intro->setWordWrap(true);
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("teamStoreHostEdit"));
    m_hostEdit->setAccessibleName(tr("Server"));
    m_hostEdit->setPlaceholderText(tr("e.g. foi-db.force.local"));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("teamStorePortSpin"));
    m_portSpin->setAccessibleName(tr("Port"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(defaultPort);
    m_databaseEdit = new QLineEdit(this);
    m_databaseEdit->setObjectName(QStringLiteral("teamStoreDatabaseEdit"));
    m_databaseEdit->setAccessibleName(tr("Database"));
    m_databaseEdit->setPlaceholderText(tr("e.g. foi_cases"));
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("teamStoreUserEdit"));
    m_userEdit->setAccessibleName(tr("Your login on the server"));
    m_userEdit->setPlaceholderText(tr("Empty: your login on this computer"));
    m_securityCombo = new QComboBox(this);
    m_securityCombo->setObjectName(QStringLiteral("teamStoreSecurityCombo"));
    m_securityCombo->setAccessibleName(tr("Connection security"));
    // libpq's sslmode values, from the one that takes what the server offers to the strictest.
    m_securityCombo->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_securityCombo->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_securityCombo->addItem(tr("Always encrypted, the server's certificate checked"),
                             QStringLiteral("verify-full"));
    auto *password = new QLabel(
        tr("Your password is not typed here: the workbench reads it from the file .pgpass in "
           "your home folder (or the file PGPASSFILE names), as every PostgreSQL program does. "
           "The README's \"Team store\" section shows the line to put in it."),
        this);
    password->setObjectName(QStringLiteral("teamStorePasswordNote"));
    password->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_openButton = buttons->button(QDialogButtonBox::Ok);
    m_openButton->setObjectName(QStringLiteral("teamStoreOpenButton"));
    m_openButton->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hostEdit, &QLineEdit::textChanged, this, &TeamStoreDialog::check);
    connect(m_databaseEdit, &QLineEdit::textChanged, this, &TeamStoreDialog::check);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_hostEdit);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&Database:"), m_databaseEdit);
    form->addRow(tr("Your &login:"), m_userEdit);
    form->addRow(tr("Connection s&ecurity:"), m_securityCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    check();
}

QString TeamStoreDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_hostEdit->text().trimmed());
    if (m_portSpin->value() != defaultPort)
        url.setPort(m_portSpin->value());
    url.setUserName(m_userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_databaseEdit->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_securityCombo->currentData().toString());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void TeamStoreDialog::setAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("postgres")))
        return;
    m_hostEdit->setText(url.host());
    m_portSpin->setValue(url.port(defaultPort));
    m_databaseEdit->setText(url.path().mid(1));
    m_userEdit->setText(url.userName());
    const int security =
        m_securityCombo->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (security >= 0)
        m_securityCombo->setCurrentIndex(security);
}

void TeamStoreDialog::check()
{
    m_openButton->setEnabled(!m_hostEdit->text().trimmed().isEmpty() &&
                             !m_databaseEdit->text().trimmed().isEmpty());
}

} // namespace foi::ui
