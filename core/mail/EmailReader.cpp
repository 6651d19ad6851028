// GLib's headers must come before Qt's: Qt defines `signals` as a keyword, which GLib uses as a
// name.
#include <gmime/gmime.h>

#include "core/mail/EmailReader.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTimeZone>

#include <memory>
#include <mutex>
#include <optional>

namespace foi::core {

namespace {

// Owners for the GLib and GMime objects read() makes: each released once, however read() ends.
struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;
struct GFree
{
    void operator()(gpointer memory) const { g_free(memory); }
};
using OwnedText = std::unique_ptr<char, GFree>;
struct OptionsFree
{
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};
struct ReferencesFree
{
    void operator()(GMimeReferences *references) const { g_mime_references_free(references); }
};
struct DateUnref
{
    void operator()(GDateTime *date) const { g_date_time_unref(date); }
};

Error emailError(const char *code, const QString &message, const QString &detail = {})
{
    return Error::make(QStringLiteral("email.") + QLatin1String(code), message, detail);
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8).trimmed() : QString();
}

QDateTime toQDateTime(GDateTime *date)
{
    if (!date)
        return {};
    const auto offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone(offset));
}

// GMime keeps process-wide tables (charsets, MIME types): made once, before the first message.
void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// How many multipart and message containers the bytes can hold at most: a count of the media
// types' names, made before GMime parses anything, so that a message built to nest thousands
// deep is refused before a parser recurses through it. Not a parse: it only counts words.
int containerBound(const QByteArray &bytes)
{
    const QByteArray lower = bytes.toLower();
    return int(lower.count("multipart/") + lower.count("message/"));
}

QString safeFileName(const QString &decoded, const QString &mediaType, int index)
{
    QString name = decoded;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : std::as_const(name))
        clean.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                         ? QLatin1Char('_')
                         : c);
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    clean.truncate(200);
    if (!clean.isEmpty())
        return clean;
    const QString suffix = QMimeDatabase().mimeTypeForName(mediaType).preferredSuffix();
    return QStringLiteral("attachment-%1").arg(index) +
           (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

EmailAddress firstMailbox(InternetAddressList *list)
{
    if (!list)
        return {};
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            const EmailAddress member =
                firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            if (!member.isEmpty())
                return member;
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            return {text(internet_address_get_name(address)),
                    text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))};
        }
    }
    return {};
}

QList<EmailAddress> mailboxes(InternetAddressList *list)
{
    QList<EmailAddress> all;
    for (int i = 0; list && i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            all.append(
                {text(internet_address_get_name(address)),
                 text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))});
    }
    return all;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    const GObjectPtr<GMimeStream> memory(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(wrapper, memory.get()) < 0)
        return {};
    const GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

// Walks one message's MIME tree into an EmailMessage, counting parts and depth against the
// limits; `failure` is set (and the walk stops) when one is passed.
class MessageWalker
{
public:
    MessageWalker(GMimeParserOptions *options, const EmailLimits &limits)
        : m_options(options)
        , m_limits(limits)
    {}

    std::optional<Error> failure;

    EmailMessage read(GMimeMessage *message, int depth)
    {
        EmailMessage out;
        readHeaders(message, out);
        if (GMimeObject *body = g_mime_message_get_mime_part(message))
            walk(body, depth + 1, out);
        else
            out.warnings.append(QStringLiteral("The message has no body."));
        if (out.textBody.isEmpty() && out.htmlBody.isEmpty())
            out.warnings.append(QStringLiteral("The message has no text part."));
        return out;
    }

private:
    void readHeaders(GMimeMessage *message, EmailMessage &out)
    {
        GMimeObject *object = GMIME_OBJECT(message);
        out.messageId = text(g_mime_message_get_message_id(message));
        if (out.messageId.isEmpty())
            out.warnings.append(QStringLiteral("The message has no Message-ID header."));
        out.inReplyTo = firstReference(g_mime_object_get_header(object, "In-Reply-To"));
        out.references = allReferences(g_mime_object_get_header(object, "References"));
        out.subject = text(g_mime_message_get_subject(message));
        out.from = firstMailbox(g_mime_message_get_from(message));
        if (out.from.address.isEmpty())
            out.warnings.append(QStringLiteral("The message has no From address."));
        out.replyTo = firstMailbox(g_mime_message_get_reply_to(message));
        out.to = mailboxes(g_mime_message_get_to(message));
        out.sentAt = toQDateTime(g_mime_message_get_date(message));
        out.receivedAt = topmostReceived(g_mime_object_get_header_list(object));
        if (!out.sentAt.isValid() && !out.receivedAt.isValid())
            out.warnings.append(QStringLiteral("The message has no readable Date header."));
        const QString sender = out.from.address.toLower();
        if (sender.startsWith(QLatin1String("mailer-daemon@")) ||
            sender.startsWith(QLatin1String("postmaster@")))
            out.deliveryReport = true;
    }

    QString firstReference(const char *header)
    {
        const QStringList all = allReferences(header);
        return all.isEmpty() ? QString() : all.constFirst();
    }

    QStringList allReferences(const char *header)
    {
        QStringList ids;
        if (!header)
            return ids;
        const std::unique_ptr<GMimeReferences, ReferencesFree> references(
            g_mime_references_parse(m_options, header));
        for (int i = 0; references && i < g_mime_references_length(references.get()); ++i)
            ids.append(text(g_mime_references_get_message_id(references.get(), i)));
        ids.removeAll(QString());
        return ids;
    }

    // The first Received header is the last hop: the server that put the message in the
    // mailbox it was exported from. Its date follows the last semicolon (RFC 5322 3.6.7).
    static QDateTime topmostReceived(GMimeHeaderList *headers)
    {
        for (int i = 0; headers && i < g_mime_header_list_get_count(headers); ++i) {
            GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
            if (g_ascii_strcasecmp(g_mime_header_get_name(header), "Received") != 0)
                continue;
            const QByteArray value(g_mime_header_get_value(header));
            const qsizetype semicolon = value.lastIndexOf(';');
            if (semicolon < 0)
                return {};
            const std::unique_ptr<GDateTime, DateUnref> date(
                g_mime_utils_header_decode_date(value.mid(semicolon + 1).trimmed().constData()));
            return date ? toQDateTime(date.get()) : QDateTime();
        }
        return {};
    }

    bool counted(int depth)
    {
        if (failure)
            return false;
        if (depth > m_limits.maxDepth) {
            failure = emailError("too_deep",
                                 QStringLiteral("The message nests its parts more than %1 deep, "
                                                "which no ordinary email does. Ask the sender "
                                                "to send it again, or save its parts by hand.")
                                     .arg(m_limits.maxDepth));
            return false;
        }
        if (++m_parts > m_limits.maxParts) {
            failure = emailError("too_many_parts",
                                 QStringLiteral("The message has more than %1 parts, which no "
                                                "ordinary email has. Ask the sender to send "
                                                "fewer files in one message.")
                                     .arg(m_limits.maxParts));
            return false;
        }
        return true;
    }

    void walk(GMimeObject *object, int depth, EmailMessage &out)
    {
        if (!object || !counted(depth))
            return;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        if (GMIME_IS_MULTIPART(object)) {
            if (type && g_mime_content_type_is_type(type, "multipart", "report"))
                out.deliveryReport = true;
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            for (int i = 0; i < g_mime_multipart_get_count(multipart) && !failure; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1, out);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
                out.enclosed.push_back(read(inner, depth));
        } else if (GMIME_IS_PART(object)) {
            readPart(GMIME_PART(object), type, out);
        }
    }

    void readPart(GMimePart *part, GMimeContentType *type, EmailMessage &out)
    {
        const char *fileName = g_mime_part_get_filename(part);
        const bool shownInline = !g_mime_part_is_attachment(part) && !fileName;
        if (shownInline && GMIME_IS_TEXT_PART(part) && type &&
            g_mime_content_type_is_type(type, "text", "plain")) {
            const OwnedText body(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
            const QString bodyText = body ? QString::fromUtf8(body.get()) : QString();
            out.textBody +=
                (out.textBody.isEmpty() ? QString() : QStringLiteral("\n\n")) + bodyText.trimmed();
            return;
        }
        if (shownInline && GMIME_IS_TEXT_PART(part) && type &&
            g_mime_content_type_is_type(type, "text", "html") && out.htmlBody.isEmpty()) {
            const OwnedText html(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
            out.htmlBody = html ? QString::fromUtf8(html.get()) : QString();
            return;
        }
        if (shownInline && type &&
            (g_mime_content_type_is_type(type, "message", "delivery-status") ||
             g_mime_content_type_is_type(type, "text", "rfc822-headers")))
            return; // the bounce's machine-readable report: kept in the message as received
        const OwnedText mime(type ? g_mime_content_type_get_mime_type(type) : nullptr);
        const QString mediaType =
            mime ? QString::fromUtf8(mime.get()) : QStringLiteral("application/octet-stream");
        out.attachments.append(
            {safeFileName(text(fileName), mediaType, int(out.attachments.size()) + 1), mediaType,
             decodedContent(part)});
    }

    GMimeParserOptions *m_options;
    const EmailLimits &m_limits;
    int m_parts = 0;
};

} // namespace

EmailReader::EmailReader(EmailLimits limits)
    : m_limits(limits)
{}

Result<EmailMessage> EmailReader::read(const QByteArray &bytes) const
{
    if (bytes.trimmed().isEmpty())
        return emailError("empty", QStringLiteral("The file is empty: it holds no email. Save "
                                                  "the message again from your mail program "
                                                  "(as .eml) and import that."));
    if (bytes.size() > m_limits.maxMessageBytes)
        return emailError("too_large",
                          QStringLiteral("The message is %1 MiB; the workbench reads messages of "
                                         "up to %2 MiB. Save its attachments from your mail "
                                         "program and attach them to the case one by one.")
                              .arg(bytes.size() / (1024 * 1024))
                              .arg(m_limits.maxMessageBytes / (1024 * 1024)));
    if (containerBound(bytes) > m_limits.maxContainers)
        return emailError("too_many_parts",
                          QStringLiteral("The message declares more than %1 multipart or "
                                         "enclosed-message parts, which no ordinary email does. "
                                         "Ask the sender to send it again more simply.")
                              .arg(m_limits.maxContainers));
    initialiseGMime();
    const std::unique_ptr<GMimeParserOptions, OptionsFree> options(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(options.get(), TRUE);
    // Headers in raw 8-bit text: UTF-8 when it is valid, else the Windows Western charset most
    // such mail was written in.
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);

    const GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const GObjectPtr<GMimeMessage> message(
        g_mime_parser_construct_message(parser.get(), options.get()));
    const QString notAnEmail =
        QStringLiteral("The file is not an email: it has no message headers (From, Subject, "
                       "Date). Save the message from your mail program as .eml and import that.");
    if (!message)
        return emailError("not_email", notAnEmail);
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message.get()));
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        return emailError("not_email", notAnEmail);
    MessageWalker walker(options.get(), m_limits);
    EmailMessage read = walker.read(message.get(), 0);
    if (walker.failure)
        return *walker.failure;
    return read;
}

Result<EmailMessage> EmailReader::readFile(const QString &path, QByteArray *raw) const
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return emailError("unreadable", QStringLiteral("%1 cannot be read (%2). Check that the "
                                                       "file exists and that you may open it.")
                                            .arg(name, file.errorString()));
    if (file.size() > m_limits.maxMessageBytes)
        return emailError("too_large",
                          QStringLiteral("%1 is %2 MiB; the workbench reads messages of up to "
                                         "%3 MiB. Save its attachments from your mail program "
                                         "and attach them to the case one by one.")
                              .arg(name)
                              .arg(file.size() / (1024 * 1024))
                              .arg(m_limits.maxMessageBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    Result<EmailMessage> message = read(bytes);
    if (message && raw)
        *raw = bytes;
    return message;
}

} // namespace foi::core
