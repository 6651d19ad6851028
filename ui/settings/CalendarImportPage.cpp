#include "ui/settings/CalendarImportPage.h"

#include "core/law/BankHolidayFile.h"
#include "core/law/CalendarDataAge.h"
#include "core/law/EffectiveCalendar.h"
#include "core/services/CalendarImportService.h"
#include "core/support/StoreLocation.h"
#include "ui/widgets/FileChooser.h"

#include <QDir>
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

CalendarImportPage::CalendarImportPage(core::CalendarImportService &service,
                                       const core::EffectiveCalendar &calendar,
                                       OfficerSource officer, FileChooser &files, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_calendar(calendar)
    , m_officer(std::move(officer))
    , m_files(files)
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
        const QString source = m_files.openFile(this, tr("Import bank holidays"), QString(),
                                                tr("GOV.UK bank holidays (*.json)"));
        if (!source.isEmpty())
            importFile(source);
    });
    showCurrent();
}

void CalendarImportPage::showCurrent()
{
    const QString path = m_calendar.importedPath();
    const core::CalendarDataAge age = core::CalendarDataAge::of(
        m_calendar.builtInHolidays(), core::BankHolidayFile::importedOn(path));
    m_dataDateLabel->setText(age.describe());
    if (!QFileInfo::exists(path)) {
        m_currentLabel->setText(tr("In use: the bank holidays built into FOI Workbench (%1), "
                                   "with later years projected by rule.")
                                    .arg(yearsOf(m_calendar.builtInHolidays())));
        return;
    }
    const auto &problem = m_calendar.problem();
    m_currentLabel->setText(
        !problem ? tr("In use: your imported bank holidays (%1) over the built-in ones, kept in "
                      "%2.")
                       .arg(yearsOf(m_calendar.holidays()), QDir::toNativeSeparators(path))
                 : tr("Your imported bank holidays in %1 cannot be used: %2 The built-in ones "
                      "are used instead; import a good file to replace it.")
                       .arg(QDir::toNativeSeparators(path), problem->message));
}

bool CalendarImportPage::importFile(const QString &source)
{
    QDir().mkpath(QFileInfo(m_calendar.importedPath()).absolutePath());
    const auto imported = m_service.importFile(source, m_officer());
    showCurrent();
    if (!imported) {
        // A bad file changes nothing; a failed recount after a good file leaves the new
        // calendar in use, and the message says so.
        const bool nothingChanged = imported.error().code.startsWith(QLatin1String("law.calendar"));
        m_resultLabel->setText(
            nothingChanged
                ? tr("Not imported: %1 Nothing was changed.").arg(imported.error().message)
                : imported.error().message);
        if (!nothingChanged)
            emit calendarImported();
        return false;
    }
    m_resultLabel->setText(core::CalendarImportService::describe(*imported));
    emit calendarImported();
    return true;
}

} // namespace foi::ui
