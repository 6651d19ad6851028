#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace foi::ui {

// Settings page for the bank holidays that working days are counted with: which data is in use,
// and an import of a newer GOV.UK bank-holidays.json through core's BankHolidayFile, which checks
// the file and, only when it is good, keeps a copy as the officer's calendar (the same file the
// command line's 'calendar import' writes). A bad file is refused with the checker's message and
// the calendar in use is left as it was. The imported days count from the next start.
class CalendarImportPage : public QWidget
{
    Q_OBJECT
public:
    // `calendarPath` is where the officer's calendar is kept.
    explicit CalendarImportPage(const QString &calendarPath, QWidget *parent = nullptr);

    // <data folder>/bank-holidays.json
    static QString defaultPath();

    // Imports `source`; true when it was good and is now kept.
    bool importFile(const QString &source);

private:
    void showCurrent();

    QString m_calendarPath;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_dataDateLabel = nullptr; // when the built-in data was checked, when the file came
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace foi::ui
