#include "core/intake/RequestValidity.h"

#include <QObject>

namespace foi::core {

QList<ValidityHint> RequestValidity::hints(const Case &theCase, const QDate &today)
{
    QList<ValidityHint> hints;
    const bool foia = theCase.regime == Regime::Foia;
    const bool oral = theCase.channel == Channel::Telephone || theCase.channel == Channel::InPerson;
    if (foia && oral)
        hints.append({QStringLiteral("channel"),
                      QObject::tr("A request under the Act must be in writing (s8(1)(a)). Ask the "
                                  "requester to write in, or handle it under the EIR if the "
                                  "information is environmental.")});
    if (foia && theCase.requester.name.trimmed().isEmpty())
        hints.append({QStringLiteral("requester.name"),
                      QObject::tr("No name for the requester: a valid request states the "
                                  "requester's real name (s8(1)(b)).")});
    if (!oral && !theCase.requester.hasAddressForCorrespondence())
        hints.append({QStringLiteral("requester.email"),
                      QObject::tr("No address for correspondence: give an email or postal "
                                  "address to reply to (s8(1)(b)).")});
    if (theCase.requestText.trimmed().isEmpty())
        hints.append({QStringLiteral("requestText"),
                      QObject::tr("No description of the information wanted (s8(1)(c)): paste "
                                  "the request as received.")});
    if (theCase.dateOfReceipt.isValid() && today.isValid() && theCase.dateOfReceipt > today)
        hints.append({QStringLiteral("dateOfReceipt"),
                      QObject::tr("The date of receipt is in the future.")});
    return hints;
}

} // namespace foi::core
