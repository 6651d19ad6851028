#pragma once

#include <QJsonObject>
#include <QStringList>

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

    static Changes changes(const QJsonObject &before, const QJsonObject &after);
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
