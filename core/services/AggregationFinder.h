#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/model/Case.h"
#include "core/support/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

class CaseRepository;
class CaseSearch;
class StoreRepositories;

// Why a request is proposed for aggregation: what it shares with the open one.
enum class AggregationGround {
    SameName,       // the requester's name, case and spaces ignored
    SameEmail,      // the email address, case ignored
    SameAddress,    // the postal address (letters and digits), or its postcode and first line
    SimilarWording, // most of the open request's distinctive words: a possible campaign
};

// An earlier or later request that may be aggregated with the open one for the s12 estimate.
struct AggregationCandidate
{
    QString reference;
    QDate dateOfReceipt;
    QString requesterName;
    QString requestText;
    int workingDaysApart = 0; // both days counted, as the checker counts the span
    QList<AggregationGround> grounds;
    QStringList sharedWords;  // for SimilarWording: the distinctive words both use
    int distinctiveWords = 0; // how many distinctive words of the open request were compared

    bool hasGround(AggregationGround ground) const { return grounds.contains(ground); }
    // Why it is proposed, in plain words, with the limb of reg 5(1) it would fall under: one
    // person (a), or different persons acting in concert or in a campaign (b).
    QString why() const;
};

// Proposes the requests whose costs may be added to this one's under the Fees Regulations 2004
// reg 5; the officer decides, nothing is aggregated here. Reg 5(1): requests made (a) by one
// person, or (b) by different persons who appear to be acting in concert or in pursuance of a
// campaign; reg 5(2): relating, to any extent, to the same or similar information, and received
// within any period of 60 consecutive working days. Proposed are the FOIA requests received
// within 60 working days of this one (both days counted) that were made
// - under the same requester's name, or with the same email address or postal address (the
//   same person under another name, or people acting together: reg 5(1)(a) or (b)), or
// - by anyone, in wording that shares at least `similarShare` of this request's distinctive
//   words (a possible campaign, reg 5(1)(b)); found by the store's similar-request search,
//   which looks at earlier requests only.
// Each candidate says why it was proposed. Whether the information asked for is the same or
// similar (reg 5(2)(a)) and whether a link between requesters is shown is the officer's call,
// from the request text given. EIR requests are never proposed: the Fees Regulations govern
// FOIA s12 only. Fails only when the store cannot be read.
class AggregationFinder
{
public:
    static constexpr int windowWorkingDays = 60;
    static constexpr int maxCandidates = 50;
    // How many of the open request's distinctive words are compared, and the share of them a
    // request by someone else must use to be proposed as worded alike.
    static constexpr int wordsCompared = 12;
    static constexpr double similarShare = 0.6;
    static constexpr int minimumSharedWords = 3;

    AggregationFinder(StoreRepositories &store, const WorkingDayCalendar &calendar);
    // Over a reader's own connection (a worker thread's, so that the GUI never waits on the
    // store; each candidate's document is read and compared).
    AggregationFinder(CaseRepository &cases, CaseSearch &search,
                      const WorkingDayCalendar &calendar);

    [[nodiscard]] Result<QList<AggregationCandidate>> candidatesFor(const Case &theCase);

private:
    CaseRepository &m_cases;
    CaseSearch &m_search;
    const WorkingDayCalendar &m_calendar;
};

} // namespace foi::core
