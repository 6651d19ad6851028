#include "core/model/RequesterKeys.h"

#include <QRegularExpression>

namespace foi::core {

namespace {

QString lettersAndDigits(const QString &text)
{
    QString kept;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            kept.append(c);
    }
    return kept;
}

} // namespace

RequesterKeys::RequesterKeys(const Requester &requester)
    : name(requester.name.simplified().toLower())
    , email(requester.email.trimmed().toLower())
    , address(lettersAndDigits(requester.addressForCorrespondence))
    , postcode(postcodeIn(requester.addressForCorrespondence))
    , firstLine(lettersAndDigits(
          requester.addressForCorrespondence.split(QRegularExpression(QStringLiteral("[\n,]")))
              .value(0)))
{
    if (email.startsWith(QLatin1String("mailto:")))
        email = email.mid(7);
}

QString RequesterKeys::postcodeIn(const QString &address)
{
    // Outward code (area, district) and inward code (sector, unit), as Royal Mail writes them.
    static const QRegularExpression postcode(
        QStringLiteral("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (auto it = postcode.globalMatch(address); it.hasNext();)
        last = it.next(); // the postcode ends an address; a house name might look like one
    return last.hasMatch()
               ? QStringLiteral("%1 %2").arg(last.captured(1), last.captured(2)).toUpper()
               : QString();
}

bool RequesterKeys::sameAddressAs(const RequesterKeys &other) const
{
    if (address.isEmpty() || other.address.isEmpty())
        return false;
    // A postcode covers a street or part of one: with it, the first line must agree too.
    return address == other.address || (!postcode.isEmpty() && postcode == other.postcode &&
                                        !firstLine.isEmpty() && firstLine == other.firstLine);
}

QStringList RequesterKeys::lookupKeys() const
{
    QStringList keys;
    if (!name.isEmpty())
        keys.append(QStringLiteral("name:") + name);
    if (!email.isEmpty())
        keys.append(QStringLiteral("email:") + email);
    if (!address.isEmpty())
        keys.append(QStringLiteral("address:") + address);
    if (!postcode.isEmpty() && !firstLine.isEmpty())
        keys.append(QStringLiteral("postcode-line:") + postcode + QLatin1Char('|') + firstLine);
    return keys;
}

} // namespace foi::core
