#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace foi::core {

// One field that differs between two versions of a case document: its JSON path as in the case
// file ("questions[1].determination.held") and its value in each, as JSON text (empty when the
// field is absent from that version).
struct FieldDifference
{
    QString path;
    QString reviewed;
    QString current;

    friend bool operator==(const FieldDifference &, const FieldDifference &) = default;
};

// A field-by-field comparison of two case documents (case files), for showing what changed
// after a case was exported for review. Never fails: a document that is not JSON compares as
// one field "$" holding its text.
class CaseDifference
{
public:
    static QList<FieldDifference> between(const QByteArray &reviewed, const QByteArray &current);
};

} // namespace foi::core
