#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// One letter recorded as sent on the case: its version among the letters sent (1 for the
// first), the day it went, the SHA-256 of the bytes kept in the store, whether it was a
// correction of an earlier letter, and what its decision said, paragraph by paragraph (so a
// later correction can say what changed).
struct SentLetter
{
    int version = 0;
    QDate sentOn;
    QString sha256;
    bool correction = false;
    QStringList decision;

    friend bool operator==(const SentLetter &, const SentLetter &) = default;
};

// A change to a decision after its reply was sent: who opened it, when and why, and which
// sent letter it corrects. It stays open until its correction letter is sent
// (correctionVersion is then that letter's version).
struct Amendment
{
    QDate openedOn;
    QString officer;
    QString reason;
    int amendsVersion = 0;
    int correctionVersion = 0; // 0 while the correction has not been sent
    // The matter whose outcome this amendment answers (a remedial response: "IR1" after a review
    // that did not maintain the decision, "ICO1" after a decision notice); empty for the
    // officer's own correction.
    QString matter;

    bool isOpen() const { return correctionVersion == 0; }

    friend bool operator==(const Amendment &, const Amendment &) = default;
};

// What the reply says beyond the answers, as far as the checker needs to know: the internal
// review procedure and the right to complain to the Information Commissioner (s17(7)), the date
// it was (or is to be) sent, and the apology or explanation owed when it is late. The reply
// composer fills the texts from the authority's profile; the officer may edit them. Once a
// letter is recorded as sent (`sent`), the decision is locked until an amendment is opened.
struct Reply
{
    QString internalReviewProcedure;
    QString complaintRights;
    QDate sentOn;
    QString lateApology;
    QList<SentLetter> sent;
    QList<Amendment> amendments;
    // The s17(7) paragraphs in Welsh, for a letter in Welsh or both languages (Welsh Language
    // Standards); a Welsh or bilingual case without them lacks them as an English one would.
    QString internalReviewProcedureWelsh;
    QString complaintRightsWelsh;

    friend bool operator==(const Reply &, const Reply &) = default;
};

} // namespace foi::core
