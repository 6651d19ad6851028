#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

namespace foi::core {

// Says in plain words what differs between two versions of a case file ("the request text",
// "whether Q2 is held", "added a claim under s31"), for the case's history. Parts are named as
// the workspace names them; the order follows the case file. Unknown parts are named by their
// key, so a newer case file never hides a change.
class CaseChangeDescriber
{
public:
    // The parts changed ("the request text") and the things done that read better as their
    // own clause ("added question Q4", "cited search evidence ‘anpr.png’ for Q3").
    struct Changes
    {
        QStringList parts;
        QStringList actions;
    };

    // One value as it was and as it is now, for the history: what ("the request text"), and
    // each side in plain words ("blank" for nothing; codes such as "not-held" as "not held";
    // a list as its items joined by "; "), long text cut around where the two differ.
    struct ValueChange
    {
        QString what;
        QString was;
        QString now;
    };

    static Changes changes(const QJsonObject &before, const QJsonObject &after);
    // The values that differ, part by part in the case file's order: the top-level texts, the
    // requester's details, each question's wording, condition, holding and answer, each
    // claim's reason, harm and public interest test, and the reply's parts. A list of records
    // (searches, clock events) is named by changes() but has no single value to show.
    static QList<ValueChange> values(const QJsonObject &before, const QJsonObject &after);
    // The two texts, each cut to about `room` characters around where they differ ("…over the
    // city" and "…over the town"), whole when both are short.
    static std::pair<QString, QString> excerpts(const QString &was, const QString &now,
                                                qsizetype room = 90);
    // Every phrase of changes(), the parts first.
    static QStringList describe(const QJsonObject &before, const QJsonObject &after);
    // One line for the history: "Changed the answer to Q3; cited search evidence ‘a.png’
    // for Q3"; empty when nothing changed.
    static QString sentence(const QJsonObject &before, const QJsonObject &after);
    // "a, b and c"
    static QString joinPhrases(const QStringList &phrases);

private:
    static void describeQuestions(const QJsonArray &before, const QJsonArray &after,
                                  Changes &changes);
    static void describeEvidence(const QString &id, const QJsonArray &before,
                                 const QJsonArray &after, QStringList &actions);
    static void describeReply(QJsonObject before, QJsonObject after, Changes &changes);
    static void describeClaims(const QJsonArray &before, const QJsonArray &after, Changes &changes);
};

} // namespace foi::core
