#pragma once

#include "core/support/Result.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace foi::core {

// Allocates case references from the authority's pattern. A pattern is text with fields:
// {seq} the running number (restarting each year when the pattern has a year field, so that
// "{seq}_{yy}" gives 13457_18, then 1_19), {seq:N} the number padded to N digits, {yy} and
// {yyyy} the year of receipt, {mm} the month. The pattern must contain exactly one {seq}.
// create() returns an Error (code "reference.pattern.invalid") naming the fault in a pattern
// without {seq}, with an unknown field or with an unclosed brace.
class ReferenceAllocator
{
public:
    static constexpr auto defaultPattern = "{seq}_{yy}";

    [[nodiscard]] static Result<ReferenceAllocator> create(const QString &pattern);
    // The same, numbering from `firstSequence` (1 or more; Settings, References) in each period
    // until a higher number is in use: an authority moving to the workbench mid-year goes on
    // from its last number. Fails with code "reference.start.invalid" below 1 or above
    // maxFirstSequence.
    [[nodiscard]] static Result<ReferenceAllocator> create(const QString &pattern,
                                                           int firstSequence);
    static constexpr int maxFirstSequence = 99999999;

    // Whether `reference`, typed by the officer, can be a case's reference: not blank, at most
    // 64 characters, no spaces at either end, and none of the characters that cannot be part
    // of a file name on a colleague's system (/ \ : * ? " < > | and control characters).
    // Fails with code "reference.invalid" and a message saying which character and what to do.
    [[nodiscard]] static Status checkTyped(const QString &reference);

    const QString &pattern() const { return m_pattern; }
    int firstSequence() const { return m_firstSequence; }

    // The reference for running number `sequence` on a request received on `received`.
    QString format(int sequence, const QDate &received) const;

    // The running number that `reference` carries if it was allocated by this pattern for a
    // request received in the same period as `received` (same year, and month where the pattern
    // has {mm}); 0 otherwise.
    int sequenceOf(const QString &reference, const QDate &received) const;

    // The next reference for `received`, one past the highest running number among `existing`
    // references of the same period, and never below the first sequence number.
    QString next(const QDate &received, const QStringList &existing) const;

private:
    explicit ReferenceAllocator(QString pattern);
    QString expandDateFields(const QDate &received) const;

    QString m_pattern;
    int m_firstSequence = 1;
};

} // namespace foi::core
