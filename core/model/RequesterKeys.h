#pragma once

#include "core/model/Requester.h"

#include <QString>
#include <QStringList>

namespace foi::core {

// How a requester is recognised in another request, for aggregation under the Fees Regulations
// 2004 reg 5(1) (one person, or people acting together): by name, email address or postal
// address, each normalised so that the way it was typed does not matter. Each key is empty when
// not recorded. The one place this normalisation lives: the store indexes cases by
// lookupKeys() and AggregationFinder confirms a match with the same keys.
struct RequesterKeys
{
    QString name;      // spaces collapsed, lower case
    QString email;     // lower case, without "mailto:"
    QString address;   // letters and digits only, lower case
    QString postcode;  // "SW1A 1AA"
    QString firstLine; // of the address: letters and digits only, lower case

    explicit RequesterKeys(const Requester &requester);

    // The UK postcode in an address ("SW1A 1AA"), upper case with one space, or empty.
    static QString postcodeIn(const QString &address);

    // The same postal address, however it is laid out: the same letters and digits, or the
    // same postcode and first line.
    bool sameAddressAs(const RequesterKeys &other) const;

    // One text per way of finding this requester's other requests, each prefixed by its kind
    // ("name:", "email:", "address:", "postcode-line:"), none for what is not recorded.
    QStringList lookupKeys() const;
};

} // namespace foi::core
