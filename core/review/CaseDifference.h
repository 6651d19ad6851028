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

    // A field's path in plain words for the officer: "questions[1].determination.answer" is
    // "Question 2: the answer", "claims[0].publicInterest.favouringDisclosure[2]" is "Claim 1:
    // a public-interest factor for disclosure". A part it does not know is shown as written.
    static QString describe(const QString &path);
};

} // namespace foi::core
