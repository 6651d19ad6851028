#pragma once

#include "core/model/Case.h"
#include "core/rules/Finding.h"
#include "core/services/ReleaseGate.h"
#include "core/store/ReviewRegister.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// What decides whether a case's reply may be exported as final: the checker's findings, the
// authority profile the letter is signed with, the case's review, and what was sent before.
struct SendFacts
{
    QList<Finding> findings;
    std::optional<Error> authorityProblem; // the profile cannot sign letters, and why
    ReviewStatus review;
    int versionsSent = 0; // letters recorded as sent in the store
    // While amending: the amended decision still reads as the letter it corrects.
    bool correctionUnchanged = false;
    // What holds back the files marked to be released with the reply (ReleaseGate::holds).
    QList<ReleaseHold> releaseHolds = {};
};

// The one answer to "may the final reply be exported now, and if not, every reason", used by
// the Reply step's status, its Export final reply action, the send itself and the command
// line's `render --final`. The files released with the reply are part of it: each must be
// scanned as it is now and every finding resolved (ReleaseGate). Each reason has a stable code
// (docs/findings.md). Reasons that come from the review process (returned, awaiting review) may be
// overridden by an officer who gives a reason, which is audited; the others may not. Never fails.
class SendReadiness
{
public:
    struct Reason
    {
        QString code;
        QString message;
        bool overridable = false;
    };

    static SendReadiness assess(const Case &theCase, const SendFacts &facts);

    bool ready() const { return m_reasons.isEmpty(); }
    // Not ready, but only for reasons an officer may override with a reason.
    bool overridable() const;
    bool isCorrection() const { return m_correction; }
    int nextVersion() const { return m_nextVersion; }
    const QList<Reason> &reasons() const { return m_reasons; }
    bool has(const QString &code) const;
    // Every reason, one a line, for a status or an error message.
    QString explain() const;
    // An error carrying the first reason's code and every reason's message.
    Error error() const;

private:
    QList<Reason> m_reasons;
    bool m_correction = false;
    int m_nextVersion = 1;
};

} // namespace foi::core
