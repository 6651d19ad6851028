#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace foi::core {
class CalendarImportService;
class EffectiveCalendar;
} // namespace foi::core

namespace foi::ui {

class FileChooser;

// Settings page for the bank holidays that working days are counted with: which data is in use,
// and an import of a newer GOV.UK bank-holidays.json through core's CalendarImportService, which
// checks the file and, only when it is good, keeps a copy as the officer's calendar (the same
// file the command line's 'calendar import' writes), counts with it at once, and counts the
// stored due dates of the open cases again (in the officer's name, audited); the page says how
// many moved. A bad file is refused with the checker's message and nothing changes.
class CalendarImportPage : public QWidget
{
    Q_OBJECT
public:
    using OfficerSource = std::function<QString()>;

    // `calendar` is the program's one calendar, which `service` imports into; `files` asks for
    // the file to import.
    CalendarImportPage(core::CalendarImportService &service,
                       const core::EffectiveCalendar &calendar, OfficerSource officer,
                       FileChooser &files, QWidget *parent = nullptr);

    // Imports `source`; true when it was good and is now in use.
    bool importFile(const QString &source);

signals:
    // After a good import: the calendar and the stored due dates have changed.
    void calendarImported();

private:
    void showCurrent();

    core::CalendarImportService &m_service;
    const core::EffectiveCalendar &m_calendar;
    OfficerSource m_officer;
    FileChooser &m_files;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_dataDateLabel = nullptr; // when the built-in data was checked, when the file came
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace foi::ui
