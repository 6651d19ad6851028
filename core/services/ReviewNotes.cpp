#include "core/services/ReviewNotes.h"

#include "core/review/ReviewErrorCode.h"
#include "core/store/StoreRepositories.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace foi::core {

namespace {

QList<ReviewNote> notesOf(const ReviewDecisionRecord &record)
{
    ReviewNote base;
    base.reviewer = record.reviewer;
    base.decision = record.decision;
    base.respondedAt = record.respondedAt;
    const QString prefix = record.responseSha256.left(16) + QLatin1Char('/');
    QList<ReviewNote> notes;
    if (!record.comment.trimmed().isEmpty()) {
        ReviewNote note = base;
        note.key = prefix + QStringLiteral("case");
        note.comment = record.comment.trimmed();
        notes.append(note);
    }
    const QJsonObject comments = QJsonDocument::fromJson(record.commentsJson.toUtf8()).object();
    for (const QJsonValue &value : comments.value(QStringLiteral("questions")).toArray()) {
        ReviewNote note = base;
        note.about = ReviewNote::About::Question;
        note.questionId = value[QStringLiteral("question")].toString();
        note.comment = value[QStringLiteral("comment")].toString().trimmed();
        note.key = prefix + QStringLiteral("question/") + note.questionId;
        notes.append(note);
    }
    for (const QJsonValue &value : comments.value(QStringLiteral("claims")).toArray()) {
        ReviewNote note = base;
        note.about = ReviewNote::About::Claim;
        note.claimIndex = value[QStringLiteral("claim")].toInt();
        note.provision = value[QStringLiteral("provision")].toString();
        note.comment = value[QStringLiteral("comment")].toString().trimmed();
        note.key = prefix + QStringLiteral("claim/%1").arg(note.claimIndex);
        notes.append(note);
    }
    return notes;
}

} // namespace

QString ReviewNote::subject() const
{
    switch (about) {
    case About::Question:
        return QStringLiteral("question %1").arg(questionId);
    case About::Claim:
        return provision.isEmpty()
                   ? QStringLiteral("claim %1").arg(claimIndex + 1)
                   : QStringLiteral("claim %1 (%2)").arg(claimIndex + 1).arg(provision);
    case About::Case:
        break;
    }
    return QStringLiteral("the case");
}

ReviewNotes::ReviewNotes(StoreRepositories &store)
    : m_store(store)
{}

Result<QList<ReviewNote>> ReviewNotes::of(const QString &reference)
{
    Result<QList<ReviewDecisionRecord>> decisions = m_store.reviews().decisions(reference);
    if (!decisions)
        return decisions.error();
    Result<QList<ReviewNoteAnswer>> answers = m_store.reviews().noteAnswers(reference);
    if (!answers)
        return answers.error();
    QHash<QString, ReviewNoteAnswer> byNote;
    for (const ReviewNoteAnswer &answer : std::as_const(*answers))
        byNote.insert(answer.note, answer); // the latest answer wins
    QList<ReviewNote> notes;
    for (const ReviewDecisionRecord &record : std::as_const(*decisions)) {
        for (ReviewNote note : notesOf(record)) {
            if (const auto found = byNote.constFind(note.key); found != byNote.cend()) {
                note.answered = true;
                note.answer = found->answer;
                note.answeredBy = found->answeredBy;
                note.answeredAt = found->answeredAt;
            }
            notes.append(note);
        }
    }
    return notes;
}

Result<QList<ReviewNote>> ReviewNotes::open(const QString &reference)
{
    Result<QList<ReviewNote>> all = of(reference);
    if (!all)
        return all;
    QList<ReviewNote> open;
    for (const ReviewNote &note : std::as_const(*all)) {
        if (!note.answered)
            open.append(note);
    }
    return open;
}

Status ReviewNotes::answer(const QString &reference, const QString &key, const QString &answer,
                           const QString &officer)
{
    Result<QList<ReviewNote>> all = of(reference);
    if (!all)
        return all.error();
    const bool known = std::any_of(all->cbegin(), all->cend(),
                                   [&key](const ReviewNote &note) { return note.key == key; });
    if (!known)
        return Error::make(ReviewErrorCode::NoSuchNote,
                           QStringLiteral("Case %1 has no review note %2 to answer. Open the case "
                                          "again to see its notes as stored.")
                               .arg(reference, key));
    return m_store.reviews().recordNoteAnswer({reference, key, answer.trimmed(), officer, {}});
}

} // namespace foi::core
