#include "core/model/DisclosureLogEntry.h"

#include "core/support/CodeTable.h"

namespace foi::core {

namespace {

constexpr CodeTable<PersonalDataKind, 7> kindCodes{{
    {PersonalDataKind::RequesterName, u"requester-name"},
    {PersonalDataKind::RequesterEmail, u"requester-email"},
    {PersonalDataKind::RequesterAddress, u"requester-address"},
    {PersonalDataKind::RequesterPostcode, u"requester-postcode"},
    {PersonalDataKind::Email, u"email"},
    {PersonalDataKind::Phone, u"phone"},
    {PersonalDataKind::Postcode, u"postcode"},
}};

constexpr CodeTable<HitDecision, 3> decisionCodes{{
    {HitDecision::Unresolved, u"unresolved"},
    {HitDecision::Redact, u"redact"},
    {HitDecision::Keep, u"keep"},
}};

constexpr CodeTable<DisclosureLogStatus, 5> statusCodes{{
    {DisclosureLogStatus::Draft, u"draft"},
    {DisclosureLogStatus::Submitted, u"submitted"},
    {DisclosureLogStatus::Returned, u"returned"},
    {DisclosureLogStatus::Approved, u"approved"},
    {DisclosureLogStatus::Published, u"published"},
}};

} // namespace

QString personalDataKindCode(PersonalDataKind kind)
{
    return codeOf(kindCodes, kind);
}

std::optional<PersonalDataKind> personalDataKindFromCode(const QString &code)
{
    return valueOf(kindCodes, code);
}

bool isRequesterDetail(PersonalDataKind kind)
{
    return kind == PersonalDataKind::RequesterName || kind == PersonalDataKind::RequesterEmail ||
           kind == PersonalDataKind::RequesterAddress ||
           kind == PersonalDataKind::RequesterPostcode;
}

QString hitDecisionCode(HitDecision decision)
{
    return codeOf(decisionCodes, decision);
}

std::optional<HitDecision> hitDecisionFromCode(const QString &code)
{
    return valueOf(decisionCodes, code);
}

QString disclosureLogStatusCode(DisclosureLogStatus status)
{
    return codeOf(statusCodes, status);
}

std::optional<DisclosureLogStatus> disclosureLogStatusFromCode(const QString &code)
{
    return valueOf(statusCodes, code);
}

} // namespace foi::core
