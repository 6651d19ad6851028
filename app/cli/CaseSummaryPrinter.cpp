#include "app/cli/CaseSummaryPrinter.h"

#include <QJsonObject>

namespace foi::app {

void CaseSummaryPrinter::printTable(QTextStream &out, const QList<core::CaseSummary> &cases,
                                    bool withScore)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("Reference"), -16)
               .arg(QStringLiteral("Received"), -10)
               .arg(QStringLiteral("Regime"), -6)
               .arg(QStringLiteral("Status"), -7)
               .arg(QStringLiteral("Outcome"), -26)
               .arg(QStringLiteral("Requester"));
    out << (withScore ? QStringLiteral("  Score\n") : QStringLiteral("\n"));
    for (const core::CaseSummary &c : cases) {
        QString status = c.status;
        if (c.hold != core::CaseHold::None)
            status += QLatin1Char('*');
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(c.reference, -16)
                   .arg(c.dateReceived.toString(Qt::ISODate), -10)
                   .arg(c.regime, -6)
                   .arg(status, -7)
                   .arg(c.outcome, -26)
                   .arg(c.requesterName.isEmpty() ? QStringLiteral("-") : c.requesterName);
        out << (withScore ? QStringLiteral("  %1\n").arg(-c.score, 0, 'f', 2)
                          : QStringLiteral("\n"));
    }
}

QJsonArray CaseSummaryPrinter::toJson(const QList<core::CaseSummary> &cases, bool withScore)
{
    QJsonArray array;
    for (const core::CaseSummary &c : cases) {
        QJsonObject object{{QStringLiteral("reference"), c.reference},
                           {QStringLiteral("date_received"), c.dateReceived.toString(Qt::ISODate)},
                           {QStringLiteral("regime"), c.regime},
                           // As stored: counted with the calendar in use when the case was last
                           // saved or the calendar last imported; null when not known.
                           {QStringLiteral("due_date"),
                            c.dueDate.isValid() ? QJsonValue(c.dueDate.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("status"), c.status},
                           {QStringLiteral("outcome"), c.outcome},
                           {QStringLiteral("requester"), c.requesterName},
                           {QStringLiteral("hold"), core::caseHoldCode(c.hold)},
                           {QStringLiteral("updated_at"), c.updatedAt}};
        if (withScore)
            object.insert(QStringLiteral("score"), -c.score);
        array.append(object);
    }
    return array;
}

} // namespace foi::app
