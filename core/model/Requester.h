#pragma once

#include <QString>

namespace foi::core {

// The person who made the request, as FOIA s8(1)(b) needs them: a name and an address for
// correspondence. An email address is a valid address for correspondence, so `email` alone can
// satisfy s8; `addressForCorrespondence` holds a postal address when one was given.
struct Requester
{
    QString name;
    QString addressForCorrespondence;
    QString email;

    bool hasAddressForCorrespondence() const
    {
        return !addressForCorrespondence.trimmed().isEmpty() || !email.trimmed().isEmpty();
    }

    friend bool operator==(const Requester &, const Requester &) = default;
};

} // namespace foi::core
