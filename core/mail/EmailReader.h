#pragma once

#include "core/mail/EmailLimits.h"
#include "core/mail/EmailMessage.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace foi::core {

// Reads an RFC 5322 message (an .eml file) into an EmailMessage with GMime 3, never by hand:
// GMime decodes the MIME structure, the transfer encodings, the charsets and the RFC 2047 and
// RFC 2231 words of headers and file names (in its lenient modes, so the broken encodings real
// mail carries still read). The GMime objects live only inside read(), each released by its
// owner. Fails (code "email.*", a message saying what is wrong and what to do) on an empty or
// unreadable file, a message over the limits, or bytes that hold no message header at all; a
// missing Date, Message-ID or From still reads, with a warning. Never throws; safe to call from
// any thread.
class EmailReader
{
public:
    explicit EmailReader(EmailLimits limits);

    [[nodiscard]] Result<EmailMessage> read(const QByteArray &bytes) const;
    // The file's bytes through read(); `*raw` (when given) gets them, to be kept as they came.
    [[nodiscard]] Result<EmailMessage> readFile(const QString &path,
                                                QByteArray *raw = nullptr) const;

    const EmailLimits &limits() const { return m_limits; }

private:
    EmailLimits m_limits;
};

} // namespace foi::core
