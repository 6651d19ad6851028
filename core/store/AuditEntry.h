#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace foi::core {

// One change to record in the audit trail: who made it, what it was, and the documents
// before and after (absent for a creation or a removal). `summary` must not hold personal
// data: it stays in the chain for good, while the documents can be erased later.
struct AuditEntry
{
    QString officer;
    QString action;    // "create-case", "update-case", "record-reply", "erase-requester", ...
    QString entity;    // "case", "store", ...
    QString entityKey; // the case reference, or the store's own key
    QString summary;
    std::optional<QByteArray> before;
    std::optional<QByteArray> after;
};

} // namespace foi::core
