#pragma once

#include "core/law/ExemptionCatalogue.h"
#include "core/model/Case.h"
#include "core/model/JsonObjectReader.h"

#include <QJsonValue>
#include <QStringList>

namespace foi::core {

// Turns the JSON of a case file into a Case, collecting every error with its JSON path. Used by
// CaseFile::read; one reader reads one file.
class CaseFileReader
{
public:
    explicit CaseFileReader(const ExemptionCatalogue &catalogue);

    // The case as far as it could be read; errors() says whether it can be trusted.
    Case read(const QJsonValue &root);
    const QStringList &errors() const { return m_errors; }

private:
    using Presence = JsonObjectReader::Presence;

    void readCaseFields(JsonObjectReader &object, Case &theCase);
    Authority readAuthority(const QJsonValue &value, const QString &path);
    Requester readRequester(const QJsonValue &value, const QString &path);
    ClockChange readClockChange(const QJsonValue &value, const QString &path);
    Question readQuestion(const QJsonValue &value, const QString &path);
    Determination readDetermination(const QJsonValue &value, const QString &path);
    SearchRecord readSearch(const QJsonValue &value, const QString &path);
    EvidenceCitation readCitation(const QJsonValue &value, const QString &path);
    ExemptionClaim readClaim(const QJsonValue &value, const QString &path);
    PrejudiceTest readPrejudice(const QJsonValue &value, const QString &path);
    LegitimateInterestsTest readLegitimateInterests(const QJsonValue &value, const QString &path);
    // Whether `key` is present in `object` in a file new enough for it (format `since` on); in an
    // older file its presence is an error naming the version that brought it.
    bool newerField(JsonObjectReader &object, const QString &key, int since);
    PublicInterestTest readPublicInterest(const QJsonValue &value, const QString &path);
    QualifiedPersonOpinion readOpinion(const QJsonValue &value, const QString &path);
    Certificate readCertificate(const QJsonValue &value, const QString &path);
    CostEstimate readCostEstimate(const QJsonValue &value, const QString &path);
    Reply readReply(const QJsonValue &value, const QString &path);
    LifecycleEvent readLifecycleEvent(const QJsonValue &value, const QString &path);

    // Question ids must be unique, and every reference to one must resolve.
    void checkQuestionReferences(const Case &theCase);

    template<typename T, typename ReadOne>
    QList<T> readList(JsonObjectReader &object, const QString &key, ReadOne readOne,
                      Presence presence = Presence::Optional)
    {
        QList<T> result;
        const QJsonArray entries = object.array(key, presence);
        for (qsizetype i = 0; i < entries.size(); ++i)
            result.append((this->*readOne)(entries.at(i),
                                           object.pathOf(key) + QStringLiteral("[%1]").arg(i)));
        return result;
    }

    const ExemptionCatalogue &m_catalogue;
    QStringList m_errors;
    int m_version = 0; // of the file being read
};

} // namespace foi::core
