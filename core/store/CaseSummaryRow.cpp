#include "core/store/CaseSummaryRow.h"

#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

QString CaseSummaryRow::columns()
{
    return QStringLiteral(
        "c.reference, c.regime, c.date_received, c.status, c.outcome, c.requester_name, "
        "c.updated_at, c.hold, c.id, c.due_date, c.language");
}

CaseSummary CaseSummaryRow::read(const QSqlQuery &query)
{
    CaseSummary summary;
    summary.reference = query.value(0).toString();
    summary.regime = query.value(1).toString();
    summary.dateReceived = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    summary.status = query.value(3).toString();
    summary.outcome = query.value(4).toString();
    summary.requesterName = query.value(5).toString();
    summary.updatedAt = query.value(6).toString();
    summary.hold = caseHoldFromCode(query.value(7).toString()).value_or(CaseHold::None);
    summary.dueDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    summary.language =
        letterLanguageFromCode(query.value(10).toString()).value_or(LetterLanguage::English);
    return summary;
}

} // namespace foi::core
