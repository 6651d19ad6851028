#include "core/release/ZipContainer.h"

#include <QBuffer>

#include <algorithm>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace foi::core {

namespace {

Error unreadable(const QString &message, const QString &detail = {})
{
    return Error::make(QStringLiteral("FILE-UNREADABLE"), message, detail);
}

Error overLimit(const QString &message, const QString &detail = {})
{
    return Error::make(QStringLiteral("FILE-LIMIT-EXCEEDED"), message, detail);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0) + QStringLiteral(" MB");
}

} // namespace

ZipContainer::ZipContainer(const QByteArray &bytes, const ScanLimits &limits)
    : m_bytes(bytes)
    , m_limits(limits)
    , m_buffer(std::make_unique<QBuffer>(&m_bytes))
    , m_zip(std::make_unique<QuaZip>(m_buffer.get()))
{}

ZipContainer::~ZipContainer()
{
    if (m_zip->isOpen())
        m_zip->close();
}

Result<std::unique_ptr<ZipContainer>> ZipContainer::open(const QByteArray &bytes,
                                                         const ScanLimits &limits)
{
    std::unique_ptr<ZipContainer> container(new ZipContainer(bytes, limits));
    if (!container->m_zip->open(QuaZip::mdUnzip))
        return unreadable(QStringLiteral("The file is not a readable zip container, so it is "
                                         "damaged or not what its name says. Open it in the "
                                         "application that made it and save it again."),
                          QStringLiteral("QuaZip error %1").arg(container->m_zip->getZipError()));
    if (Status listed = container->listEntries(); !listed.ok())
        return listed.error();
    return container;
}

Status ZipContainer::listEntries()
{
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return unreadable(QStringLiteral("The zip container's directory cannot be read."));
    if (count > m_limits.maxZipEntries)
        return overLimit(QStringLiteral("The file holds %1 parts, more than the %2 the scan "
                                        "examines; no office document needs so many. Save the "
                                        "content into a new, plain file and scan that.")
                             .arg(count)
                             .arg(m_limits.maxZipEntries));
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return unreadable(QStringLiteral("An entry of the zip container cannot be read."));
        m_names.append(info.name);
        m_entries.insert(info.name, Entry{qint64(info.compressedSize), (info.flags & 1) != 0});
    }
    if (m_zip->getZipError() != 0)
        return unreadable(QStringLiteral("The zip container's directory is damaged."),
                          QStringLiteral("QuaZip error %1").arg(m_zip->getZipError()));
    return success();
}

QStringList ZipContainer::entriesUnder(const QString &folder) const
{
    QStringList found;
    for (const QString &name : m_names)
        if (name.startsWith(folder) && !name.endsWith(QLatin1Char('/')))
            found.append(name);
    return found;
}

Result<QByteArray> ZipContainer::read(const QString &name)
{
    const auto entry = m_entries.constFind(name);
    if (entry == m_entries.cend())
        return unreadable(QStringLiteral("The part %1 is missing from the file.").arg(name));
    if (const auto cached = m_read.constFind(name); cached != m_read.cend())
        return cached.value();
    if (entry->encrypted)
        return unreadable(QStringLiteral("The file is password-protected (part %1 is encrypted), "
                                         "so it cannot be checked. Remove the password and "
                                         "scan it again; never release an encrypted source "
                                         "file.")
                              .arg(name));
    if (!m_zip->setCurrentFile(name))
        return unreadable(QStringLiteral("The part %1 cannot be found in the file.").arg(name));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(
            QStringLiteral("The part %1 cannot be opened; the file is damaged.").arg(name),
            QStringLiteral("QuaZip error %1").arg(file.getZipError()));
    QByteArray content;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = file.read(chunk, sizeof chunk);
        if (got < 0)
            return unreadable(
                QStringLiteral("The part %1 cannot be decompressed; the file is damaged.")
                    .arg(name));
        if (got == 0)
            break;
        content.append(chunk, got);
        m_totalRead += got;
        if (content.size() > m_limits.maxPartBytes)
            return overLimit(QStringLiteral("The part %1 decompresses to more than %2, the "
                                            "limit for one part.")
                                 .arg(name, megabytes(m_limits.maxPartBytes)));
        if (m_totalRead > m_limits.maxTotalBytes)
            return overLimit(QStringLiteral("The file decompresses to more than %1, the limit "
                                            "for one file. Split it or release it as CSV.")
                                 .arg(megabytes(m_limits.maxTotalBytes)));
        if (content.size() > m_limits.ratioFloorBytes &&
            content.size() / std::max<qint64>(1, entry->compressedSize) >
                m_limits.maxCompressionRatio)
            return overLimit(QStringLiteral("The part %1 expands more than %2 times when "
                                            "decompressed, as a zip bomb does. Do not release "
                                            "this file.")
                                 .arg(name)
                                 .arg(m_limits.maxCompressionRatio));
    }
    file.close();
    if (file.getZipError() != 0)
        return unreadable(
            QStringLiteral("The part %1 is damaged (its checksum does not match).").arg(name),
            QStringLiteral("QuaZip error %1").arg(file.getZipError()));
    m_read.insert(name, content);
    return content;
}

} // namespace foi::core
