#pragma once

#include "core/model/DisclosureLogEntry.h"
#include "core/model/Requester.h"

#include <QList>
#include <QString>

namespace foi::core {

// The disclosure log's scan for personal data in a text to be published (FOIA s40(2); UK GDPR
// Art 5(1)(c), data minimisation): the requester's name (whole, however it is broken across
// lines, and each part of it but a title), email address, the lines of their postal address
// and its postcode, matched whatever their case; and anyone's email address, UK phone number
// or UK postcode (in capitals, so that "s40 2nd" is not taken for one). Overlapping matches are
// one hit, of the requester's kind if any part is theirs. Pure functions; never fails.
class PersonalDataScan
{
public:
    // What replaces a hit in the published text.
    static QString marker();

    // The hits in `text`, in order, each with id "<field>-<n>" (n from 1) and undecided.
    static QList<PersonalDataHit> scan(const QString &text, const QString &field,
                                       const Requester &requester);

    // `text` with every hit of `field` replaced by marker(), except those kept.
    static QString redacted(const QString &text, const QString &field,
                            const QList<PersonalDataHit> &hits);
};

} // namespace foi::core
