#pragma once

#include "core/release/ReleaseFinding.h"
#include "core/release/ScanLimits.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace foi::core {

// Looks through a CSV file (RFC 4180: comma, semicolon or tab separated, quoted fields) for
// columns that look like personal data: a header that names a person, an email, a phone
// number, an address, a date of birth or an NI or NHS number, or values most of which are
// email addresses, UK phone numbers or postcodes. One CSV-PERSONAL-DATA finding per column,
// naming it and the rows concerned; the officer removes the column or records why it may go.
// Fails with FILE-LIMIT-EXCEEDED past ScanLimits::maxCsvRows.
class CsvScanner
{
public:
    CsvScanner(const QByteArray &content, const ScanLimits &limits);

    [[nodiscard]] Result<ReleaseFindings> scan() const;

private:
    const QByteArray &m_content;
    const ScanLimits &m_limits;
};

} // namespace foi::core
