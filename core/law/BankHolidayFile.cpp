#include "core/law/BankHolidayFile.h"
#include "core/support/OwnerOnlyFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace foi::core {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("law.calendar.unreadable"),
                           QStringLiteral("Cannot read the bank holiday file '%1': %2.")
                               .arg(path, file.errorString()),
                           path);
    return file.readAll();
}

} // namespace

Result<BankHolidayCalendar> BankHolidayFile::importFile(const QString &source,
                                                        const QString &destination)
{
    const Result<QByteArray> bytes = readAll(source);
    if (!bytes)
        return bytes.error();
    Result<BankHolidayCalendar> calendar = BankHolidayCalendar::fromGovUkJson(*bytes);
    if (!calendar)
        return calendar.error();

    const QString folder = QFileInfo(destination).absolutePath();
    if (!OwnerOnlyFolder::make(folder))
        return Error::make(
            QStringLiteral("law.calendar.write_failed"),
            QStringLiteral("Cannot create the folder '%1' for the bank holiday file.").arg(folder));
    QSaveFile file(destination);
    // Unbuffered, so that a failed write makes commit() refuse (see AtomicFile).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(*bytes) != bytes->size() || !file.commit())
        return Error::make(QStringLiteral("law.calendar.write_failed"),
                           QStringLiteral("Cannot save the bank holiday file to '%1': %2. The "
                                          "previous file, if any, is unchanged.")
                               .arg(destination, file.errorString()),
                           destination);
    return calendar;
}

Result<BankHolidayCalendar> BankHolidayFile::effective(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return BankHolidayCalendar::builtIn();
    const Result<QByteArray> bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    const Result<BankHolidayCalendar> imported = BankHolidayCalendar::fromGovUkJson(*bytes);
    if (!imported)
        return Error::make(imported.error().code,
                           QStringLiteral("The imported bank holiday file '%1' is damaged: %2")
                               .arg(path, imported.error().message),
                           imported.error().detail);
    return BankHolidayCalendar::builtIn().overriddenBy(*imported);
}

QDate BankHolidayFile::importedOn(const QString &path)
{
    const QFileInfo info(path);
    return path.isEmpty() || !info.exists() ? QDate() : info.lastModified().date();
}

} // namespace foi::core
