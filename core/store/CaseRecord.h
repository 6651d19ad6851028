#pragma once

#include "core/model/LetterLanguage.h"
#include "core/model/StatisticsRecord.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// A case as the store keeps it: the versioned case-file document (which holds everything in
// the decision model) plus the columns the store lists, sorts, filters and searches by.
// Built from a model Case by CaseRecordMapper; the store never parses the document.
struct CaseRecord
{
    QString reference;
    QString title;  // the subject in the officer's words ("" when none was given)
    QString regime; // "FOIA" / "EIR"
    QDate dateReceived;
    QDate dueDate;  // invalid when not known
    QString status; // "open" / "closed"
    QString outcome;
    QString requesterName;
    QDate closedOn; // invalid while open
    QString requestText;
    QString questionsText;
    QString answersText;
    // What else the search finds a case by: the reasons given (each claim's reason, harm, public
    // interest factors and balance, the qualified person's opinion, the harm in confirming or
    // denying), and the requester's email address.
    QString reasonsText;
    QString requesterEmail;
    // The language of correspondence (the case file's languageOfCorrespondence), which the
    // case list filters by and which decides how the search indexes the case's words.
    LetterLanguage language = LetterLanguage::English;
    // The keys its requester's other requests are found by (RequesterKeys::lookupKeys: name,
    // email, postal address), for the aggregation lookup of the Fees Regulations reg 5.
    QStringList requesterKeys;
    QByteArray document;
    // What the published statistics need of the case (its reference and stored due date aside),
    // kept in the summary table in the same transaction as the case, with the fingerprint of the
    // calendar its lawful due date was counted on. None: the case has no summary until
    // StatisticsService fills it from the document.
    std::optional<StatisticsRecord> statistics;
    QString statisticsCalendar;
    // The case's version this record was read at (StoredCase::version; CaseRepository::load
    // fills it): a save refuses it with StoreErrorCode::Changed when the stored case has a newer
    // version, so that another officer's change is never overwritten. None: the writer does not
    // check (a new case, an import that replaces what is stored).
    std::optional<qint64> basedOnVersion;
};

} // namespace foi::core
