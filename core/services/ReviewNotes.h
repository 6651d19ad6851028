#pragma once

#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class StoreRepositories;

// One comment a reviewer made in a review response, as the case officer works through it: on
// the case as a whole, on one question or on one claim. It stays open until the officer marks
// it answered (with a reply, or none to mark it resolved).
struct ReviewNote
{
    enum class About { Case, Question, Claim };

    QString key; // stable: the response's SHA-256 (16 digits), then case | question/ID | claim/N
    About about = About::Case;
    QString questionId;  // About::Question
    int claimIndex = -1; // About::Claim, from 0
    QString provision;   // About::Claim
    QString reviewer;
    QString decision; // "approve" / "return"
    QString respondedAt;
    QString comment;
    bool answered = false;
    QString answer;
    QString answeredBy;
    QString answeredAt;

    // "the case", "question Q2", "claim 1 (s31(1)(a))".
    QString subject() const;
};

// The reviewer's notes on a case (from every review response imported into the store), each
// with the officer's answer when there is one. Reads and writes through the store's
// ReviewRegister; answering a note records an audit row. Fails with the store's error, or
// ReviewErrorCode::NoSuchNote when the note is not one of the case's.
class ReviewNotes
{
public:
    explicit ReviewNotes(StoreRepositories &store);

    // Oldest response first; within one: the case, then the questions, then the claims.
    [[nodiscard]] Result<QList<ReviewNote>> of(const QString &reference);
    // Only the notes not answered yet.
    [[nodiscard]] Result<QList<ReviewNote>> open(const QString &reference);
    [[nodiscard]] Status answer(const QString &reference, const QString &key, const QString &answer,
                                const QString &officer);

private:
    StoreRepositories &m_store;
};

} // namespace foi::core
