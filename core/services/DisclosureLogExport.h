#pragma once

#include "core/model/DisclosureLogEntry.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace foi::core {

// The published disclosure log as files (docs/disclosure-log.md): static, accessible HTML (an
// index page and one page per entry, lang="en", headings, tables with captions and header
// scopes, no scripts, the released files copied beside them), or one CSV or JSON file with
// stable field names. Only the published texts leave: every hit not kept is replaced by the
// marker (DisclosureLogDraft::publishedText). Nothing is written unless every entry passes the
// gate: an undecided hit refuses the whole export ("disclosure-log.unresolved-hit", naming the
// case and the hit); a released file whose kept copy cannot be read refuses it too
// ("disclosure-log.file-missing"); a folder that cannot be written gives the file system's
// error.
class DisclosureLogExport
{
public:
    enum class Format { Html, Csv, Json };
    static std::optional<Format> formatNamed(const QString &name); // "html", "csv", "json"

    // Where the kept copy of a released file is (AttachmentService::copyPath).
    using ContentPath = std::function<QString(const PublishedFile &)>;

    // Writes the log into `folder` (made if missing) and returns the paths written.
    [[nodiscard]] static Result<QStringList> write(const QList<DisclosureLogEntry> &entries,
                                                   Format format, const QString &folder,
                                                   const ContentPath &contentPath);

    // The gate alone: the first entry with an undecided hit, refused.
    [[nodiscard]] static Status check(const QList<DisclosureLogEntry> &entries);

    static QByteArray csv(const QList<DisclosureLogEntry> &entries);
    static QByteArray json(const QList<DisclosureLogEntry> &entries);
    static QByteArray indexHtml(const QList<DisclosureLogEntry> &entries);
    static QByteArray entryHtml(const DisclosureLogEntry &entry);
    // The name of an entry's page, and of the folder its released files are copied into.
    static QString pageName(const DisclosureLogEntry &entry);
    static QString filesFolder(const DisclosureLogEntry &entry);
};

} // namespace foi::core
