#pragma once

#include <QByteArray>
#include <QList>

// Emails made by the tests themselves, byte by byte as a mail program would write them, so that
// every fixture's origin is in the source: the headers are given as written (encoded words and
// all), a part is its headers, a blank line and its body, and a multipart joins parts with its
// boundary. Used by the core, CLI and GUI tests of email intake.
namespace testmail {

// One MIME part: `headers` (each line ending "\n", or empty) then a blank line then `body`.
inline QByteArray part(const QByteArray &headers, const QByteArray &body)
{
    return headers + "\n" + body;
}

inline QByteArray textPart(const QByteArray &text, const QByteArray &charset = "utf-8")
{
    return part("Content-Type: text/plain; charset=" + charset +
                    "\nContent-Transfer-Encoding: 8bit\n",
                text);
}

inline QByteArray htmlPart(const QByteArray &html)
{
    return part("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n", html);
}

// A base64 attachment; `dispositionName` is the whole filename parameter as written
// ("filename=\"a.pdf\"" or "filename*=UTF-8''%C5%B5.pdf").
inline QByteArray attachmentPart(const QByteArray &mediaType, const QByteArray &dispositionName,
                                 const QByteArray &content)
{
    QByteArray encoded;
    const QByteArray base64 = content.toBase64();
    encoded.reserve(base64.size() + base64.size() / 76 + 2);
    for (qsizetype i = 0; i < base64.size(); i += 76)
        encoded += base64.mid(i, 76) + "\n";
    return part("Content-Type: " + mediaType +
                    "\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; " +
                    dispositionName + "\n",
                encoded);
}

inline QByteArray multipart(const QByteArray &subtype, const QByteArray &boundary,
                            const QList<QByteArray> &parts, const QByteArray &extra = {})
{
    QByteArray body;
    for (const QByteArray &each : parts)
        body += "--" + boundary + "\n" + each + "\n";
    body += "--" + boundary + "--\n";
    return part("Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + "\"" + extra +
                    "\n",
                body);
}

// A message: `headers` as written (each line ending "\n"), MIME-Version, then `content` (a
// part made above, whose own headers become the message's content headers).
inline QByteArray message(const QByteArray &headers, const QByteArray &content)
{
    return headers + "MIME-Version: 1.0\n" + content;
}

// A request as a requester's mail program sends it, received by the authority's server on
// Monday 2 November 2026 at 09:00 (the Received header) and dated by the sender the Friday
// before at 23:59.
inline QByteArray
plainRequest(const QByteArray &body = "Dear FOI team,\n\n1. How many drones does the force own?\n"
                                      "2. What did they cost?\n\nYours faithfully,\nAlex Jones\n")
{
    return message("Received: from mx.example.org by mail.force.police.uk; "
                   "Mon, 2 Nov 2026 09:00:00 +0000\n"
                   "From: Alex Jones <alex@example.org>\n"
                   "To: foi@force.police.uk\n"
                   "Subject: Freedom of Information request: drones\n"
                   "Date: Fri, 30 Oct 2026 23:59:00 +0000\n"
                   "Message-ID: <req-1@example.org>\n",
                   textPart(body));
}

} // namespace testmail
