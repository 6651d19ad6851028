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
    static QStringList describe(const QJsonObject &before, const QJsonObject &after);
    // "a, b and c"
    static QString joinPhrases(const QStringList &phrases);

private:
    static void describeQuestions(const QJsonArray &before, const QJsonArray &after,
                                  QStringList &phrases);
    static void describeClaims(const QJsonArray &before, const QJsonArray &after,
                               QStringList &phrases);
};

} // namespace foi::core
