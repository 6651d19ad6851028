#include "core/law/ProvisionCodes.h"

#include "core/support/CodeTable.h"

namespace foi::core {

namespace {

constexpr CodeTable<ProvisionKind, 4> kindCodes{{
    {ProvisionKind::Exemption, u"exemption"},
    {ProvisionKind::NcndExclusion, u"ncnd"},
    {ProvisionKind::ProceduralGround, u"procedural"},
    {ProvisionKind::NotHeld, u"not-held"},
}};

constexpr CodeTable<TestKind, 7> testCodes{{
    {TestKind::Class, u"class"},
    {TestKind::Prejudice, u"prejudice"},
    {TestKind::RequiredFor, u"required-for"},
    {TestKind::Endangerment, u"endangerment"},
    {TestKind::BreachOfConfidence, u"breach-of-confidence"},
    {TestKind::AdverseEffect, u"adverse-effect"},
    {TestKind::Procedural, u"procedural"},
}};

constexpr CodeTable<Duty, 2> dutyCodes{{
    {Duty::ConfirmOrDeny, u"confirm-or-deny"},
    {Duty::Communicate, u"communicate"},
}};

constexpr CodeTable<AuthorityKind, 7> authorityCodes{{
    {AuthorityKind::GovernmentDepartment, u"government-department"},
    {AuthorityKind::WelshGovernment, u"welsh-government"},
    {AuthorityKind::Parliament, u"parliament"},
    {AuthorityKind::Police, u"police"},
    {AuthorityKind::LocalAuthority, u"local-authority"},
    {AuthorityKind::AuditBody, u"audit-body"},
    {AuthorityKind::Other, u"other"},
}};

} // namespace

QString provisionKindCode(ProvisionKind kind)
{
    return codeOf(kindCodes, kind);
}

std::optional<ProvisionKind> provisionKindFromCode(const QString &code)
{
    return valueOf(kindCodes, code);
}

QString testKindCode(TestKind test)
{
    return codeOf(testCodes, test);
}

std::optional<TestKind> testKindFromCode(const QString &code)
{
    return valueOf(testCodes, code);
}

QString dutyCode(Duty duty)
{
    return codeOf(dutyCodes, duty);
}

std::optional<Duty> dutyFromCode(const QString &code)
{
    return valueOf(dutyCodes, code);
}

QString authorityKindCode(AuthorityKind authority)
{
    return codeOf(authorityCodes, authority);
}

std::optional<AuthorityKind> authorityKindFromCode(const QString &code)
{
    return valueOf(authorityCodes, code);
}

} // namespace foi::core
