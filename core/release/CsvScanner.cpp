#include "core/release/CsvScanner.h"

#include "core/release/FindingText.h"

#include <QRegularExpression>
#include <QStringList>

namespace foi::core {

namespace {

QChar separatorOf(QStringView firstLine)
{
    const qsizetype commas = firstLine.count(u',');
    const qsizetype semicolons = firstLine.count(u';');
    const qsizetype tabs = firstLine.count(u'\t');
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

// Splits RFC 4180 text into records, calling `record` for each; stops (returning false) after
// `maxRows` records.
template<typename Visit>
bool forEachRecord(const QString &text, QChar separator, qint64 maxRows, Visit record)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    qint64 rows = 0;
    const auto endRecord = [&] {
        fields.append(field);
        field.clear();
        if (!(fields.size() == 1 && fields.constFirst().isEmpty()))
            record(fields, ++rows);
        fields.clear();
        return rows < maxRows;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            fields.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (!endRecord())
                return i + 1 >= text.size();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord(); // the last record without its line break; earlier ones stayed under the limit
    return true;
}

QString normalisedHeader(const QString &header)
{
    QString text = header.toLower();
    for (QChar &c : text)
        if (!c.isLetterOrNumber())
            c = u' ';
    return text.simplified();
}

const QStringList &personalHeaders()
{
    static const QStringList headers{u"name"_qs,          u"names"_qs,
                                     u"full name"_qs,     u"forename"_qs,
                                     u"forenames"_qs,     u"first name"_qs,
                                     u"firstname"_qs,     u"given name"_qs,
                                     u"surname"_qs,       u"last name"_qs,
                                     u"lastname"_qs,      u"family name"_qs,
                                     u"initials"_qs,      u"email"_qs,
                                     u"e mail"_qs,        u"email address"_qs,
                                     u"phone"_qs,         u"telephone"_qs,
                                     u"phone number"_qs,  u"telephone number"_qs,
                                     u"tel"_qs,           u"mobile"_qs,
                                     u"mobile number"_qs, u"postcode"_qs,
                                     u"post code"_qs,     u"postal code"_qs,
                                     u"address"_qs,       u"home address"_qs,
                                     u"date of birth"_qs, u"dob"_qs,
                                     u"ni number"_qs,     u"national insurance number"_qs,
                                     u"nhs number"_qs,    u"service number"_qs,
                                     u"staff number"_qs,  u"payroll number"_qs};
    return headers;
}

struct ValueKind
{
    QString label;
    QRegularExpression pattern;
};

const QList<ValueKind> &valueKinds()
{
    static const QList<ValueKind> kinds{
        {u"email addresses"_qs, QRegularExpression(u"^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"_qs)},
        {u"UK phone numbers"_qs,
         QRegularExpression(u"^(\\+44\\s?\\(?0?\\)?|0)[1-9][0-9 ]{8,12}$"_qs)},
        {u"UK postcodes"_qs, QRegularExpression(u"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"_qs,
                                                QRegularExpression::CaseInsensitiveOption)}};
    return kinds;
}

// What one column holds: how many values in all and, per kind, which rows match.
struct ColumnContent
{
    qint64 values = 0;
    QList<QList<qint64>> matchingRows; // per value kind
};

} // namespace

CsvScanner::CsvScanner(const QByteArray &content, const ScanLimits &limits)
    : m_content(content)
    , m_limits(limits)
{}

Result<ReleaseFindings> CsvScanner::scan() const
{
    QString text = QString::fromUtf8(m_content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(QStringView(text).left(text.indexOf(u'\n')));
    QStringList headers;
    QList<ColumnContent> columns;
    const bool complete = forEachRecord(
        text, separator, m_limits.maxCsvRows, [&](const QStringList &fields, qint64 row) {
            if (row == 1) {
                headers = fields;
                return;
            }
            if (columns.size() < fields.size())
                columns.resize(fields.size(),
                               ColumnContent{0, QList<QList<qint64>>(valueKinds().size())});
            for (qsizetype c = 0; c < fields.size(); ++c) {
                const QString value = fields[c].trimmed();
                if (value.isEmpty())
                    continue;
                ++columns[c].values;
                for (qsizetype k = 0; k < valueKinds().size(); ++k)
                    if (valueKinds()[k].pattern.match(value).hasMatch())
                        columns[c].matchingRows[k].append(row);
            }
        });
    if (!complete)
        return Error::make(QStringLiteral("FILE-LIMIT-EXCEEDED"),
                           QStringLiteral("The CSV file has more than %1 rows, the most the scan "
                                          "examines. Release a summary or split the file.")
                               .arg(m_limits.maxCsvRows));
    ReleaseFindings findings;
    const qsizetype count = std::max(headers.size(), columns.size());
    for (qsizetype c = 0; c < count; ++c) {
        const QString header = headers.value(c).trimmed();
        QStringList reasons;
        QList<qint64> rows;
        if (personalHeaders().contains(normalisedHeader(header)))
            reasons.append(QStringLiteral("its header names personal data"));
        if (c < columns.size()) {
            const ColumnContent &column = columns[c];
            for (qsizetype k = 0; k < valueKinds().size(); ++k) {
                const qint64 matches = column.matchingRows[k].size();
                if (matches > 0 && (matches >= 3 || 2 * matches >= column.values)) {
                    reasons.append(QStringLiteral("%1 of %2 values are %3")
                                       .arg(matches)
                                       .arg(column.values)
                                       .arg(valueKinds()[k].label));
                    rows += column.matchingRows[k];
                }
            }
        }
        if (reasons.isEmpty())
            continue;
        QString location = QStringLiteral("column %1").arg(c + 1);
        if (!header.isEmpty())
            location += QStringLiteral(" \u2018%1\u2019").arg(header.left(60));
        if (!rows.isEmpty())
            location += QStringLiteral(", ") +
                        FindingText::noun(rows, QStringLiteral("row"), QStringLiteral("rows")) +
                        u' ' +
                        FindingText::ranges(rows, [](qint64 n) { return QString::number(n); });
        findings.append({QStringLiteral("CSV-PERSONAL-DATA"), location,
                         QStringLiteral("The column looks like personal data (%1). Remove it "
                                        "unless the reply says it is released, and record why.")
                             .arg(reasons.join(QStringLiteral("; ")))});
    }
    return findings;
}

} // namespace foi::core
