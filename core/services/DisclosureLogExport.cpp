#include "core/services/DisclosureLogExport.h"

#include "core/reply/AtomicFile.h"
#include "core/rules/DisclosureLogDraft.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace foi::core {

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A name safe as one path component: letters, digits, '.', '_' and '-' only.
QString safeName(const QString &name)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_qs);
    QString safe = name;
    safe.replace(unsafe, u"-"_qs);
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    return safe.isEmpty() ? u"file"_qs : safe;
}

QByteArray csvCell(const QString &text)
{
    QString cell = text;
    // A cell a spreadsheet would run as a formula is published as text.
    if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    QByteArray bytes = cell.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i > 0 ? "," : "") + csvCell(cells.at(i));
    return line + "\r\n";
}

QString filesCell(const QList<PublishedFile> &files)
{
    QStringList cells;
    for (const PublishedFile &file : files)
        cells.append(u"%1|%2|%3"_qs.arg(file.name).arg(file.size).arg(file.sha256));
    return cells.join(u"; "_qs);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraphs at blank lines, line breaks kept.
QString htmlParagraphs(const QString &text)
{
    static const QRegularExpression blank(u"\\n\\s*\\n"_qs);
    QString out;
    for (const QString &paragraph : text.split(blank, Qt::SkipEmptyParts))
        out += u"<p>"_qs + html(paragraph.trimmed()).replace(u'\n', u"<br>\n"_qs) + u"</p>\n"_qs;
    return out.isEmpty() ? u"<p>(none)</p>\n"_qs : out;
}

QString page(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>%1</title>\n<style>\nbody { font-family: sans-serif; max-width: 60em; "
           "margin: 1em auto; padding: 0 1em; line-height: 1.5; color: #1b1b1b; }\n"
           "table { border-collapse: collapse; } th, td { border: 1px solid #6f6f6f; padding: "
           "0.3em 0.6em; text-align: left; vertical-align: top; }\ncaption { text-align: left; "
           "font-weight: bold; padding: 0.3em 0; }\na:focus { outline: 3px solid #fd0; }\n"
           "dt { font-weight: bold; }\n</style>\n</head>\n<body>\n<main>\n%2</main>\n</body>\n"
           "</html>\n"_qs.arg(html(title), body);
}

QString publishedLine(const DisclosureLogEntry &entry)
{
    return entry.amended()
               ? u"%1 (amended %2)"_qs.arg(day(entry.firstPublishedOn), day(entry.publishedOn))
               : day(entry.firstPublishedOn);
}

QJsonObject entryJson(const DisclosureLogEntry &entry)
{
    QJsonArray files;
    for (const PublishedFile &file : entry.files)
        files.append(QJsonObject{{u"name"_qs, file.name},
                                 {u"media_type"_qs, file.mediaType},
                                 {u"size"_qs, double(file.size)},
                                 {u"sha256"_qs, file.sha256}});
    return {{u"reference"_qs, entry.reference},
            {u"version"_qs, entry.version},
            {u"title"_qs, entry.title},
            {u"regime"_qs, regimeCode(entry.regime)},
            {u"received"_qs, day(entry.received)},
            {u"answered"_qs, day(entry.answered)},
            {u"first_published"_qs, day(entry.firstPublishedOn)},
            {u"published"_qs, day(entry.publishedOn)},
            {u"amended"_qs, entry.amended()},
            {u"outcome"_qs, entry.outcome},
            {u"exemptions"_qs, QJsonArray::fromStringList(entry.exemptions)},
            {u"request_text"_qs, DisclosureLogDraft::publishedText(entry, u"request"_qs)},
            {u"reply_text"_qs, DisclosureLogDraft::publishedText(entry, u"reply"_qs)},
            {u"released_files"_qs, files}};
}

Status copyFile(const QString &from, const PublishedFile &file, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error::make(u"disclosure-log.file-missing"_qs,
                           u"The kept copy of the released file \"%1\" cannot be read: restore "
                           "the attachments folder from a backup, or take the file out of the "
                           "release and publish a correction."_qs.arg(file.name),
                           source.errorString());
    const QByteArray bytes = source.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) !=
        file.sha256)
        return Error::make(
            u"disclosure-log.file-missing"_qs,
            u"The kept copy of the released file \"%1\" has changed since it was "
            "released: restore the attachments folder from a backup."_qs.arg(file.name));
    return AtomicFile::write(to, bytes);
}

} // namespace

std::optional<DisclosureLogExport::Format> DisclosureLogExport::formatNamed(const QString &name)
{
    if (name == u"html")
        return Format::Html;
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

Status DisclosureLogExport::check(const QList<DisclosureLogEntry> &entries)
{
    for (const DisclosureLogEntry &entry : entries)
        if (Status resolved = DisclosureLogDraft::checkResolved(entry); !resolved)
            return resolved;
    return success();
}

QByteArray DisclosureLogExport::csv(const QList<DisclosureLogEntry> &entries)
{
    QByteArray bytes = csvLine({u"reference"_qs, u"version"_qs, u"title"_qs, u"regime"_qs,
                                u"received"_qs, u"answered"_qs, u"first_published"_qs,
                                u"published"_qs, u"amended"_qs, u"outcome"_qs, u"exemptions"_qs,
                                u"request_text"_qs, u"reply_text"_qs, u"released_files"_qs});
    for (const DisclosureLogEntry &entry : entries)
        bytes += csvLine(
            {entry.reference, QString::number(entry.version), entry.title, regimeCode(entry.regime),
             day(entry.received), day(entry.answered), day(entry.firstPublishedOn),
             day(entry.publishedOn), entry.amended() ? u"yes"_qs : u"no"_qs, entry.outcome,
             entry.exemptions.join(u"; "_qs),
             DisclosureLogDraft::publishedText(entry, u"request"_qs),
             DisclosureLogDraft::publishedText(entry, u"reply"_qs), filesCell(entry.files)});
    return bytes;
}

QByteArray DisclosureLogExport::json(const QList<DisclosureLogEntry> &entries)
{
    QJsonArray array;
    for (const DisclosureLogEntry &entry : entries)
        array.append(entryJson(entry));
    return QJsonDocument(QJsonObject{{u"disclosure_log"_qs, array}})
        .toJson(QJsonDocument::Indented);
}

QString DisclosureLogExport::pageName(const DisclosureLogEntry &entry)
{
    return safeName(entry.reference) + u".html"_qs;
}

QString DisclosureLogExport::filesFolder(const DisclosureLogEntry &entry)
{
    return u"files/"_qs + safeName(entry.reference);
}

QByteArray DisclosureLogExport::indexHtml(const QList<DisclosureLogEntry> &entries)
{
    QString body = u"<h1>Disclosure log</h1>\n<p>Requests for information we have answered, "
                   "with our replies as published. Personal data has been removed.</p>\n"_qs;
    if (entries.isEmpty())
        return page(u"Disclosure log"_qs, body + u"<p>No entries have been published.</p>\n"_qs)
            .toUtf8();
    body += u"<table>\n<caption>Published requests and replies</caption>\n<thead>\n<tr><th "
            "scope=\"col\">Reference</th><th scope=\"col\">Title</th><th scope=\"col\">"
            "Received</th><th scope=\"col\">Answered</th><th scope=\"col\">Published</th><th "
            "scope=\"col\">Outcome</th></tr>\n</thead>\n<tbody>\n"_qs;
    for (const DisclosureLogEntry &entry : entries)
        body += u"<tr><th scope=\"row\"><a href=\"%1\">%2</a></th><td>%3</td><td>%4</td><td>%5"
                "</td><td>%6</td><td>%7</td></tr>\n"_qs.arg(
                    html(pageName(entry)), html(entry.reference), html(entry.title),
                    day(entry.received), day(entry.answered), html(publishedLine(entry)),
                    html(entry.outcome));
    body += u"</tbody>\n</table>\n"_qs;
    return page(u"Disclosure log"_qs, body).toUtf8();
}

QByteArray DisclosureLogExport::entryHtml(const DisclosureLogEntry &entry)
{
    const QString heading = u"%1: %2"_qs.arg(entry.reference, entry.title);
    QString body =
        u"<p><a href=\"index.html\">Back to the disclosure log</a></p>\n<h1>%1</h1>\n"_qs.arg(
            html(heading));
    if (entry.amended())
        body +=
            u"<p><strong>Amended on %1</strong> (version %2; first published on %3).</p>\n"_qs.arg(
                day(entry.publishedOn), QString::number(entry.version),
                day(entry.firstPublishedOn));
    body += u"<h2>About this request</h2>\n<dl>\n<dt>Regime</dt><dd>%1</dd>\n<dt>Received</dt>"
            "<dd>%2</dd>\n<dt>Answered</dt><dd>%3</dd>\n<dt>Published</dt><dd>%4</dd>\n<dt>"
            "Outcome</dt><dd>%5</dd>\n<dt>Exemptions</dt><dd>%6</dd>\n</dl>\n"_qs.arg(
                entry.regime == Regime::Eir ? u"Environmental Information Regulations 2004"_qs
                                            : u"Freedom of Information Act 2000"_qs,
                day(entry.received), day(entry.answered), html(publishedLine(entry)),
                html(entry.outcome),
                entry.exemptions.isEmpty() ? u"None"_qs : html(entry.exemptions.join(u", "_qs)));
    body += u"<h2>The request</h2>\n"_qs +
            htmlParagraphs(DisclosureLogDraft::publishedText(entry, u"request"_qs));
    body += u"<h2>Our reply</h2>\n"_qs +
            htmlParagraphs(DisclosureLogDraft::publishedText(entry, u"reply"_qs));
    body += u"<h2>Files released</h2>\n"_qs;
    if (entry.files.isEmpty()) {
        body += u"<p>No files were released with this reply.</p>\n"_qs;
    } else {
        body += u"<table>\n<caption>Files released with the reply</caption>\n<thead>\n<tr><th "
                "scope=\"col\">File</th><th scope=\"col\">Size (bytes)</th><th scope=\"col\">"
                "SHA-256</th></tr>\n</thead>\n<tbody>\n"_qs;
        for (const PublishedFile &file : entry.files)
            body += u"<tr><th scope=\"row\"><a href=\"%1/%2\">%3</a></th><td>%4</td><td><code>"
                    "%5</code></td></tr>\n"_qs.arg(html(filesFolder(entry)),
                                                   html(safeName(file.name)), html(file.name),
                                                   QString::number(file.size), html(file.sha256));
        body += u"</tbody>\n</table>\n"_qs;
    }
    return page(heading, body).toUtf8();
}

Result<QStringList> DisclosureLogExport::write(const QList<DisclosureLogEntry> &entries,
                                               Format format, const QString &folder,
                                               const ContentPath &contentPath)
{
    if (Status gate = check(entries); !gate)
        return gate.error();
    const QDir dir(folder);
    if (!QDir().mkpath(folder))
        return Error::make(u"disclosure-log.folder"_qs,
                           u"The folder %1 cannot be made: choose another with --out."_qs.arg(
                               QDir::toNativeSeparators(folder)));
    QList<std::pair<QString, QByteArray>> files;
    if (format == Format::Csv)
        files.append({u"disclosure-log.csv"_qs, csv(entries)});
    else if (format == Format::Json)
        files.append({u"disclosure-log.json"_qs, json(entries)});
    else {
        files.append({u"index.html"_qs, indexHtml(entries)});
        for (const DisclosureLogEntry &entry : entries)
            files.append({pageName(entry), entryHtml(entry)});
    }
    QStringList written;
    for (const auto &[name, bytes] : files) {
        if (Status ok = AtomicFile::write(dir.filePath(name), bytes); !ok)
            return ok.error();
        written.append(dir.filePath(name));
    }
    if (format != Format::Html)
        return written;
    for (const DisclosureLogEntry &entry : entries) {
        if (entry.files.isEmpty())
            continue;
        const QString into = dir.filePath(filesFolder(entry));
        QDir().mkpath(into);
        for (const PublishedFile &file : entry.files) {
            const QString to = QDir(into).filePath(safeName(file.name));
            if (Status copied = copyFile(contentPath(file), file, to); !copied)
                return copied.error();
            written.append(to);
        }
    }
    return written;
}

} // namespace foi::core
