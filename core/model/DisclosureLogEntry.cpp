#include "model/DisclosureLogEntry.h"

#include <array>
#include <utility>

namespace foi::core {

namespace {

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char16_t *>, N> &codes, E value)
{
    for (const auto &[candidate, code] : codes)
        if (candidate == value)
            return QString::fromUtf16(code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &codes,
                         const QString &code)
{
    for (const auto &[candidate, text] : codes)
        if (code == QStringView(text))
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<PersonalDataKind, const char16_t *>, 7> kindCodes{{
    {PersonalDataKind::RequesterName, u"requester-name"},
    {PersonalDataKind::RequesterEmail, u"requester-email"},
    {PersonalDataKind::RequesterAddress, u"requester-address"},
    {PersonalDataKind::RequesterPostcode, u"requester-postcode"},
    {PersonalDataKind::Email, u"email"},
    {PersonalDataKind::Phone, u"phone"},
    {PersonalDataKind::Postcode, u"postcode"},
}};

constexpr std::array<std::pair<HitDecision, const char16_t *>, 3> decisionCodes{{
    {HitDecision::Unresolved, u"unresolved"},
    {HitDecision::Redact, u"redact"},
    {HitDecision::Keep, u"keep"},
}};

constexpr std::array<std::pair<DisclosureLogStatus, const char16_t *>, 5> statusCodes{{
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
