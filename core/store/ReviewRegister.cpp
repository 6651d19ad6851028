#include "core/store/ReviewRegister.h"

#include "core/review/ReviewErrorCode.h"
#include "core/store/ReviewStatusColumn.h"
#include "core/store/StoreConnection.h"
#include "core/store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace foi::core {

namespace {

QString shortHash(const QString &sha256)
{
    return sha256.left(16);
}

// Qt binds a null QString as SQL NULL; the text columns here are NOT NULL, empty allowed.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The decision as its audit row keeps it: the comments go into the row's document (which can be
// erased later), never into its summary.
QByteArray decisionDocument(const ReviewDecisionRecord &record)
{
    QJsonObject document{{QStringLiteral("decision"), record.decision},
                         {QStringLiteral("reviewer"), record.reviewer},
                         {QStringLiteral("comment"), record.comment},
                         {QStringLiteral("response"), record.responseSha256}};
    const QJsonObject comments = QJsonDocument::fromJson(record.commentsJson.toUtf8()).object();
    document.insert(QStringLiteral("questions"), comments.value(QStringLiteral("questions")));
    document.insert(QStringLiteral("claims"), comments.value(QStringLiteral("claims")));
    return compact(document);
}

const QString answerNoteAction = QStringLiteral("answer-review-note");
const QString reviewerLog = QStringLiteral("reviewer-log");

} // namespace

ReviewRegister::ReviewRegister(StoreConnection &connection, AuditTrail &audit, Clock clock)
    : m_connection(connection)
    , m_audit(audit)
    , m_clock(std::move(clock))
{}

Result<ReviewRegister::CaseRow> ReviewRegister::caseRow(const QString &reference)
{
    Result<std::optional<QVariantList>> row = m_connection.selectRow(
        QStringLiteral("SELECT id, document_sha256 FROM cases WHERE reference = ?"), {reference},
        QStringLiteral("finding the case"));
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::make(ReviewErrorCode::NoCase,
                           QStringLiteral("There is no case %1 in this store: this review belongs "
                                          "to another store. Import it where the case was "
                                          "exported from.")
                               .arg(reference));
    return CaseRow{(**row).value(0).toLongLong(), (**row).value(1).toString()};
}

Status ReviewRegister::recordExport(const ReviewExportRecord &record)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<CaseRow> theCase = caseRow(record.reference);
    if (!theCase)
        return theCase.error();
    if (theCase->documentSha256 != record.documentSha256)
        return Error::make(ReviewErrorCode::Stale,
                           QStringLiteral("Case %1 changed while the bundle was being made. Export "
                                          "it again.")
                               .arg(record.reference));
    // What the case stood at before this bundle (an approval it withdraws).
    Result<ReviewStatus> before = status(record.reference);
    if (!before)
        return before.error();
    if (Status inserted = m_connection.run(
            QStringLiteral("INSERT INTO review_exports (case_id, bundle_sha256, document_sha256, "
                           "exported_at, exported_by, exporter_fingerprint, reviewer, "
                           "requester_included) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {theCase->id, record.bundleSha256, record.documentSha256, text(record.exportedAt),
             text(record.exportedBy), text(record.exporterFingerprint), text(record.reviewer),
             record.requesterIncluded ? 1 : 0},
            QStringLiteral("recording the review bundle"));
        !inserted)
        return inserted;
    if (Status marked = ReviewStatusColumn::refresh(m_connection, record.reference,
                                                    QStringLiteral("recording the review bundle"));
        !marked)
        return marked;
    const QString summary =
        QStringLiteral("review bundle %1 exported for %2; requester details %3")
            .arg(shortHash(record.bundleSha256),
                 record.reviewer.isEmpty() ? QStringLiteral("any reviewer") : record.reviewer,
                 record.requesterIncluded ? QStringLiteral("included by the officer's choice")
                                          : QStringLiteral("withheld"));
    QJsonObject document{{QStringLiteral("reviewer"), record.reviewer},
                         {QStringLiteral("requesterIncluded"), record.requesterIncluded}};
    QString withdrawn;
    if (before->state == ReviewStatus::State::ReadyToSend) {
        // A new bundle asks for a new decision: the approval given stops counting.
        document.insert(QStringLiteral("withdrawsApprovalBy"), before->reviewer);
        document.insert(QStringLiteral("withdrawsApprovalOf"), before->decidedAt);
        withdrawn = QStringLiteral("; withdraws the approval imported %1").arg(before->decidedAt);
    }
    Result<AuditAnchor> audited = m_audit.record(
        {record.exportedBy, QStringLiteral("export-review"), QStringLiteral("review"),
         record.reference, summary + withdrawn, std::nullopt, compact(document)});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<ReviewStatus> ReviewRegister::recordDecision(const ReviewDecisionRecord &record)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<CaseRow> theCase = caseRow(record.reference);
    if (!theCase)
        return theCase.error();
    Result<std::optional<QVariantList>> exported = m_connection.selectRow(
        QStringLiteral("SELECT e.id, c.reference, e.document_sha256, e.exporter_fingerprint "
                       "FROM review_exports e "
                       "JOIN cases c ON c.id = e.case_id WHERE e.bundle_sha256 = ?"),
        {record.bundleSha256}, QStringLiteral("finding the review bundle"));
    if (!exported)
        return exported.error();
    if (!exported->has_value())
        return Error::make(
            ReviewErrorCode::UnknownBundle,
            QStringLiteral("This response answers a review bundle that was not "
                           "exported from this store (bundle %1). Import it into the "
                           "store the bundle came from.")
                .arg(shortHash(record.bundleSha256)));
    const QVariantList exportRow = **exported;
    if (exportRow.value(1).toString() != record.reference)
        return Error::make(ReviewErrorCode::WrongCase,
                           QStringLiteral("The response names case %1, but the bundle it answers "
                                          "was of case %2. It was altered or mixed up; ask the "
                                          "reviewer for the right file.")
                               .arg(record.reference, exportRow.value(1).toString()));
    if (exportRow.value(2).toString() != record.caseDocumentSha256)
        return Error::make(ReviewErrorCode::WrongCase,
                           QStringLiteral("The response is about another version of case %1 than "
                                          "the bundle it names. Ask the reviewer for the right "
                                          "file.")
                               .arg(record.reference));
    Result<std::optional<QVariantList>> before = m_connection.selectRow(
        QStringLiteral("SELECT imported_at FROM review_decisions WHERE response_sha256 = ?"),
        {record.responseSha256}, QStringLiteral("looking for the response"));
    if (!before)
        return before.error();
    if (before->has_value())
        return Error::make(ReviewErrorCode::AlreadyImported,
                           QStringLiteral("This review response was already imported on %1; "
                                          "nothing was changed.")
                               .arg((**before).value(0).toString()));
    if (theCase->documentSha256 != record.caseDocumentSha256)
        return Error::make(ReviewErrorCode::Stale,
                           QStringLiteral("Case %1 has changed since it was exported for review, "
                                          "so this decision is about an older version and was not "
                                          "imported. Compare the versions, then export the case "
                                          "for review again.")
                               .arg(record.reference));
    const bool approved = record.decision == QLatin1String("approve");
    if (approved && !record.reviewerFingerprint.isEmpty() &&
        exportRow.value(3).toString() == record.reviewerFingerprint)
        return Error::make(ReviewErrorCode::SelfApproval,
                           QStringLiteral("This approval of case %1 is signed with the key the "
                                          "case was exported with (%2): an officer cannot approve "
                                          "their own case. Ask a second officer to review it.")
                               .arg(record.reference, record.reviewerFingerprint));
    const QString summary =
        QStringLiteral("review response %1 to bundle %2 by %3 (key %4): %5")
            .arg(shortHash(record.responseSha256), shortHash(record.bundleSha256), record.reviewer,
                 record.reviewerFingerprint.left(19),
                 approved ? QStringLiteral("approved") : QStringLiteral("returned"));
    Result<AuditAnchor> audited = m_audit.record(
        {record.importedBy,
         approved ? QStringLiteral("review-approved") : QStringLiteral("review-returned"),
         QStringLiteral("review"), record.reference, summary, std::nullopt,
         decisionDocument(record)});
    if (!audited)
        return audited.error();
    if (Status inserted = m_connection.run(
            QStringLiteral("INSERT INTO review_decisions (case_id, export_id, response_sha256, "
                           "decision, reviewer, reviewer_fingerprint, comment, comments_json, "
                           "responded_at, imported_at, imported_by, audit_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {theCase->id, exportRow.value(0), record.responseSha256, record.decision,
             text(record.reviewer), text(record.reviewerFingerprint), text(record.comment),
             text(record.commentsJson), text(record.respondedAt), text(record.importedAt),
             text(record.importedBy), audited->seq},
            QStringLiteral("recording the review decision"));
        !inserted)
        return inserted.error();
    if (Status marked = ReviewStatusColumn::refresh(
            m_connection, record.reference, QStringLiteral("recording the review decision"));
        !marked)
        return marked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return status(record.reference);
}

Result<ReviewStatus> ReviewRegister::status(const QString &reference)
{
    Result<CaseRow> theCase = caseRow(reference);
    if (!theCase)
        return theCase.error();
    ReviewStatus result;
    Result<std::optional<QVariantList>> decided = m_connection.selectRow(
        QStringLiteral(
            "SELECT d.decision, d.reviewer, d.imported_at, e.document_sha256, d.export_id "
            "FROM review_decisions d JOIN review_exports e ON e.id = d.export_id "
            "WHERE d.case_id = ? ORDER BY d.id DESC LIMIT 1"),
        {theCase->id}, QStringLiteral("reading the case's review"));
    if (!decided)
        return decided.error();
    Result<std::optional<QVariantList>> exported = m_connection.selectRow(
        QStringLiteral("SELECT id FROM review_exports WHERE case_id = ? ORDER BY id DESC LIMIT 1"),
        {theCase->id}, QStringLiteral("reading the case's review"));
    if (!exported)
        return exported.error();
    // A bundle exported after the last decision is awaiting its own.
    if (!decided->has_value() || (exported->has_value() && (**exported).value(0).toLongLong() >
                                                               (**decided).value(4).toLongLong())) {
        result.state = exported->has_value() ? ReviewStatus::State::AwaitingReview
                                             : ReviewStatus::State::NotReviewed;
        return result;
    }
    const QVariantList row = **decided;
    result.reviewer = row.value(1).toString();
    result.decidedAt = row.value(2).toString();
    if (row.value(0).toString() == QLatin1String("return"))
        result.state = ReviewStatus::State::Returned;
    else if (row.value(3).toString() == theCase->documentSha256)
        result.state = ReviewStatus::State::ReadyToSend;
    else
        result.state = ReviewStatus::State::ApprovalOutdated;
    return result;
}

Result<QList<ReviewDecisionRecord>> ReviewRegister::decisions(const QString &reference)
{
    Result<QSqlQuery> query = m_connection.select(
        QStringLiteral("SELECT c.reference, e.bundle_sha256, d.response_sha256, "
                       "e.document_sha256, d.decision, d.reviewer, d.reviewer_fingerprint, "
                       "d.comment, d.comments_json, d.responded_at, d.imported_at, d.imported_by "
                       "FROM review_decisions d JOIN review_exports e ON e.id = d.export_id "
                       "JOIN cases c ON c.id = d.case_id WHERE c.reference = ? ORDER BY d.id"),
        {reference}, QStringLiteral("reading the case's review decisions"));
    if (!query)
        return query.error();
    QList<ReviewDecisionRecord> records;
    while (query->next()) {
        ReviewDecisionRecord record;
        record.reference = query->value(0).toString();
        record.bundleSha256 = query->value(1).toString();
        record.responseSha256 = query->value(2).toString();
        record.caseDocumentSha256 = query->value(3).toString();
        record.decision = query->value(4).toString();
        record.reviewer = query->value(5).toString();
        record.reviewerFingerprint = query->value(6).toString();
        record.comment = query->value(7).toString();
        record.commentsJson = query->value(8).toString();
        record.respondedAt = query->value(9).toString();
        record.importedAt = query->value(10).toString();
        record.importedBy = query->value(11).toString();
        records.append(record);
    }
    return records;
}

Status ReviewRegister::recordNoteAnswer(const ReviewNoteAnswer &answer)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Result<CaseRow> theCase = caseRow(answer.reference); !theCase)
        return theCase.error();
    const QJsonObject document{{QStringLiteral("note"), answer.note},
                               {QStringLiteral("answer"), answer.answer}};
    Result<AuditAnchor> audited = m_audit.record(
        {answer.answeredBy, answerNoteAction, QStringLiteral("review"), answer.reference,
         QStringLiteral("answered review note %1").arg(answer.note), std::nullopt,
         compact(document)});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<QList<ReviewNoteAnswer>> ReviewRegister::noteAnswers(const QString &reference)
{
    Result<QList<AuditTrail::Row>> rows = m_audit.rowsFor(reference, {QStringLiteral("review")});
    if (!rows)
        return rows.error();
    QList<ReviewNoteAnswer> answers;
    for (const AuditTrail::Row &row : std::as_const(*rows)) {
        if (row.action != answerNoteAction || !row.afterSha256)
            continue;
        Result<QByteArray> body = m_audit.snapshot(*row.afterSha256);
        if (!body)
            return body.error();
        const QJsonObject document = QJsonDocument::fromJson(*body).object();
        answers.append({reference, document.value(QStringLiteral("note")).toString(),
                        document.value(QStringLiteral("answer")).toString(), row.officer,
                        row.recordedAt});
    }
    return answers;
}

Status ReviewRegister::recordReviewGiven(const ReviewGivenRecord &record)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QJsonObject document{{QStringLiteral("bundle"), record.bundleSha256},
                               {QStringLiteral("document"), record.caseDocumentSha256},
                               {QStringLiteral("exporter"), record.exporter},
                               {QStringLiteral("decision"), record.decision},
                               {QStringLiteral("reviewer"), record.reviewer},
                               {QStringLiteral("case"), QString::fromUtf8(record.caseFile)}};
    const QString summary =
        QStringLiteral("reviewed bundle %1 exported by %2: %3")
            .arg(shortHash(record.bundleSha256), record.exporter,
                 record.decision == QLatin1String("approve") ? QStringLiteral("approved")
                                                             : QStringLiteral("returned"));
    Result<AuditAnchor> audited =
        m_audit.record({record.reviewer, QStringLiteral("gave-review"), reviewerLog,
                        record.reference, summary, std::nullopt, compact(document)});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<QList<ReviewGivenRecord>> ReviewRegister::reviewsGiven(const QString &reference)
{
    Result<QList<AuditTrail::Row>> rows = m_audit.rowsFor(reference, {reviewerLog});
    if (!rows)
        return rows.error();
    QList<ReviewGivenRecord> given;
    for (const AuditTrail::Row &row : std::as_const(*rows)) {
        if (!row.afterSha256)
            continue;
        Result<QByteArray> body = m_audit.snapshot(*row.afterSha256);
        if (!body)
            return body.error();
        const QJsonObject document = QJsonDocument::fromJson(*body).object();
        ReviewGivenRecord record;
        record.reference = reference;
        record.bundleSha256 = document.value(QStringLiteral("bundle")).toString();
        record.caseDocumentSha256 = document.value(QStringLiteral("document")).toString();
        record.exporter = document.value(QStringLiteral("exporter")).toString();
        record.decision = document.value(QStringLiteral("decision")).toString();
        record.reviewer = document.value(QStringLiteral("reviewer")).toString();
        record.caseFile = document.value(QStringLiteral("case")).toString().toUtf8();
        record.decidedAt = row.recordedAt;
        given.append(record);
    }
    return given;
}

} // namespace foi::core
