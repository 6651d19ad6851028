#include "settings/CalendarImportPage.h"

#include "law/BankHolidayFile.h"
#include "law/CalendarDataAge.h"
#include "support/StoreLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString yearsOf(const core::BankHolidayCalendar &calendar)
{
    const QList<int> years = calendar.publishedYears(core::UkDivision::EnglandAndWales);
    if (years.isEmpty())
        return QObject::tr("no years");
    return years.size() == 1
               ? QString::number(years.constFirst())
               : QObject::tr("%1 to %2").arg(years.constFirst()).arg(years.constLast());
}

} // namespace

CalendarImportPage::CalendarImportPage(const QString &calendarPath, QWidget *parent)
    : QWidget(parent)
    , m_calendarPath(calendarPath)
{
    setObjectName(QStringLiteral("calendarImportPage"));
    auto *about = new QLabel(
        tr("Working days leave out weekends, Christmas Day, Good Friday and the bank holidays of "
           "every part of the United Kingdom (FOIA s10(6)). When GOV.UK publishes new bank "
           "holidays, download its bank-holidays.json and import it here."),
        this);
    about->setWordWrap(true);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("calendarCurrentLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDateLabel = new QLabel(this);
    m_dataDateLabel->setObjectName(QStringLiteral("calendarDataDateLabel"));
    m_dataDateLabel->setWordWrap(true);
    m_dataDateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importButton = new QPushButton(tr("&Import bank holidays…"), this);
    m_importButton->setObjectName(QStringLiteral("importCalendarButton"));
    m_importButton->setAccessibleDescription(
        tr("Choose a GOV.UK bank-holidays.json file to count working days with"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("calendarImportResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_currentLabel);
    layout->addWidget(m_dataDateLabel);
    layout->addWidget(m_importButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString source = QFileDialog::getOpenFileName(
            this, tr("Import bank holidays"), QString(), tr("GOV.UK bank holidays (*.json)"));
        if (!source.isEmpty())
            importFile(source);
    });
    showCurrent();
}

QString CalendarImportPage::defaultPath()
{
    return QDir(core::StoreLocation::defaultDataFolder())
        .filePath(QStringLiteral("bank-holidays.json"));
}

void CalendarImportPage::showCurrent()
{
    const core::CalendarDataAge age = core::CalendarDataAge::of(
        core::BankHolidayCalendar::builtIn(), core::BankHolidayFile::importedOn(m_calendarPath));
    m_dataDateLabel->setText(age.describe());
    if (!QFileInfo::exists(m_calendarPath)) {
        m_currentLabel->setText(tr("In use: the bank holidays built into FOI Workbench (%1), "
                                   "with later years projected by rule.")
                                    .arg(yearsOf(core::BankHolidayCalendar::builtIn())));
        return;
    }
    const auto effective = core::BankHolidayFile::effective(m_calendarPath);
    m_currentLabel->setText(
        effective ? tr("In use: your imported bank holidays (%1) over the built-in ones, kept in "
                       "%2.")
                        .arg(yearsOf(*effective), QDir::toNativeSeparators(m_calendarPath))
                  : tr("Your imported bank holidays in %1 cannot be used: %2 The built-in ones "
                       "are used instead; import a good file to replace it.")
                        .arg(QDir::toNativeSeparators(m_calendarPath), effective.error().message));
}

bool CalendarImportPage::importFile(const QString &source)
{
    QDir().mkpath(QFileInfo(m_calendarPath).absolutePath());
    const auto imported = core::BankHolidayFile::importFile(source, m_calendarPath);
    if (!imported) {
        m_resultLabel->setText(
            tr("Not imported: %1 Nothing was changed.").arg(imported.error().message));
        return false;
    }
    m_resultLabel->setText(tr("Imported bank holidays for %1. They count from the next time "
                              "FOI Workbench starts.")
                               .arg(yearsOf(*imported)));
    showCurrent();
    return true;
}

} // namespace foi::ui
