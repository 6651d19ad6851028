#pragma once

#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>

class QBuffer;
class QuaZip;

namespace foi::core {

// Read-only view of a zip container (.xlsx, .docx, .ods, .odt) held in memory, read through
// QuaZip within ScanLimits: the number of entries is checked on opening, and every part read is
// cut off at the per-part, total and compression-ratio limits, counting the bytes actually
// inflated rather than trusting the sizes the zip claims. Fails with FILE-UNREADABLE (not a zip,
// damaged, encrypted) or FILE-LIMIT-EXCEEDED; the message says which limit and what to do.
class ZipContainer
{
public:
    ~ZipContainer();
    ZipContainer(const ZipContainer &) = delete;
    ZipContainer &operator=(const ZipContainer &) = delete;

    static Result<std::unique_ptr<ZipContainer>> open(const QByteArray &bytes,
                                                      const ScanLimits &limits);

    const QStringList &entryNames() const { return m_names; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    QStringList entriesUnder(const QString &folder) const;

    [[nodiscard]] Result<QByteArray> read(const QString &name);

private:
    struct Entry
    {
        qint64 compressedSize = 0;
        bool encrypted = false;
    };

    ZipContainer(const QByteArray &bytes, const ScanLimits &limits);
    Status listEntries();

    QByteArray m_bytes;
    ScanLimits m_limits;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names;
    QHash<QString, Entry> m_entries;
    QHash<QString, QByteArray> m_read; // each part is inflated once, however often it is named
    qint64 m_totalRead = 0;
};

} // namespace foi::core
