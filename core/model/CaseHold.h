#pragma once

#include <QString>

#include <optional>

namespace foi::core {

// Why a closed case must be kept whole for now: while the requester's internal review, a
// Commissioner's investigation or a tribunal appeal is open, nothing in it may be erased.
enum class CaseHold { None, InternalReview, CommissionerInvestigation, TribunalAppeal };

inline QString caseHoldCode(CaseHold hold)
{
    switch (hold) {
    case CaseHold::None:
        return {};
    case CaseHold::InternalReview:
        return QStringLiteral("internal-review");
    case CaseHold::CommissionerInvestigation:
        return QStringLiteral("commissioner");
    case CaseHold::TribunalAppeal:
        return QStringLiteral("tribunal");
    }
    return {};
}

inline std::optional<CaseHold> caseHoldFromCode(const QString &code)
{
    for (CaseHold hold : {CaseHold::None, CaseHold::InternalReview,
                          CaseHold::CommissionerInvestigation, CaseHold::TribunalAppeal}) {
        if (caseHoldCode(hold) == code)
            return hold;
    }
    return std::nullopt;
}

} // namespace foi::core
