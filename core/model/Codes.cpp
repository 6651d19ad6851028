#include "core/model/Codes.h"

#include "core/law/Provision.h"
#include "core/model/Channel.h"
#include "core/model/ClockChange.h"
#include "core/model/CommissionerMatter.h"
#include "core/model/CostActivity.h"
#include "core/model/Determination.h"
#include "core/model/LifecycleEvent.h"
#include "core/model/Outcome.h"
#include "core/model/PersonalData.h"
#include "core/model/PrejudiceTest.h"
#include "core/model/PublicInterestTest.h"
#include "core/model/QuestionCondition.h"
#include "core/model/ReviewDecision.h"

#include <span>
#include <utility>

namespace foi::core {

namespace {

template<typename E> using Table = std::span<const std::pair<E, const char *>>;

template<typename E> Table<E> table();

template<> Table<Channel> table()
{
    static const std::pair<Channel, const char *> entries[] = {
        {Channel::Email, "email"},        {Channel::Post, "post"},
        {Channel::WebForm, "web-form"},   {Channel::Telephone, "telephone"},
        {Channel::InPerson, "in-person"}, {Channel::Other, "other"}};
    return entries;
}

template<> Table<ClockChangeKind> table()
{
    static const std::pair<ClockChangeKind, const char *> entries[] = {
        {ClockChangeKind::ClarificationSought, "clarification-sought"},
        {ClockChangeKind::ClarificationReceived, "clarification-received"},
        {ClockChangeKind::FeesNoticeGiven, "fees-notice-given"},
        {ClockChangeKind::FeePaid, "fee-paid"},
        {ClockChangeKind::PublicInterestExtension, "public-interest-extension"},
        {ClockChangeKind::ComplexityExtension, "complexity-extension"}};
    return entries;
}

template<> Table<LifecycleKind> table()
{
    static const std::pair<LifecycleKind, const char *> entries[] = {
        {LifecycleKind::Withdrawn, "withdrawn"},
        {LifecycleKind::Lapsed, "lapsed"},
        {LifecycleKind::Reopened, "reopened"}};
    return entries;
}

template<> Table<ClosedAnswer> table()
{
    static const std::pair<ClosedAnswer, const char *> entries[] = {
        {ClosedAnswer::Unanswered, "unanswered"},
        {ClosedAnswer::Yes, "yes"},
        {ClosedAnswer::No, "no"}};
    return entries;
}

template<> Table<Holding> table()
{
    static const std::pair<Holding, const char *> entries[] = {
        {Holding::Undecided, "undecided"},
        {Holding::Held, "held"},
        {Holding::NotHeld, "not-held"},
        {Holding::NeitherConfirmNorDeny, "neither-confirm-nor-deny"},
        {Holding::NotRequired, "not-required"}};
    return entries;
}

template<> Table<Communication> table()
{
    static const std::pair<Communication, const char *> entries[] = {
        {Communication::NotApplicable, "not-applicable"},
        {Communication::InFull, "in-full"},
        {Communication::InPart, "in-part"},
        {Communication::Withheld, "withheld"},
        {Communication::RefusedCost, "refused-cost"},
        {Communication::RefusedVexatious, "refused-vexatious"},
        {Communication::RefusedRepeated, "refused-repeated"}};
    return entries;
}

template<> Table<Likelihood> table()
{
    static const std::pair<Likelihood, const char *> entries[] = {
        {Likelihood::Unstated, "unstated"},
        {Likelihood::Would, "would"},
        {Likelihood::WouldBeLikelyTo, "would-be-likely-to"}};
    return entries;
}

template<> Table<DataSubject> table()
{
    static const std::pair<DataSubject, const char *> entries[] = {
        {DataSubject::Unstated, "unstated"},
        {DataSubject::Requester, "requester"},
        {DataSubject::ThirdParties, "third-parties"},
        {DataSubject::Both, "both"}};
    return entries;
}

template<> Table<PublicInterestConclusion> table()
{
    static const std::pair<PublicInterestConclusion, const char *> entries[] = {
        {PublicInterestConclusion::Undecided, "undecided"},
        {PublicInterestConclusion::MaintainExemption, "maintain-exemption"},
        {PublicInterestConclusion::Disclose, "disclose"}};
    return entries;
}

template<> Table<CostActivityKind> table()
{
    static const std::pair<CostActivityKind, const char *> entries[] = {
        {CostActivityKind::DeterminingWhetherHeld, "determining-whether-held"},
        {CostActivityKind::Locating, "locating"},
        {CostActivityKind::Retrieving, "retrieving"},
        {CostActivityKind::Extracting, "extracting"}};
    return entries;
}

template<> Table<Outcome> table()
{
    static const std::pair<Outcome, const char *> entries[] = {
        {Outcome::InProgress, "in-progress"},
        {Outcome::GrantedInFull, "granted-in-full"},
        {Outcome::PartiallyWithheld, "partially-withheld"},
        {Outcome::FullyWithheld, "fully-withheld"},
        {Outcome::AvailableElsewhere, "available-elsewhere"},
        {Outcome::NotHeld, "not-held"},
        {Outcome::NeitherConfirmNorDeny, "neither-confirm-nor-deny"},
        {Outcome::RefusedCost, "refused-cost"},
        {Outcome::RefusedVexatiousOrRepeated, "refused-vexatious-or-repeated"},
        {Outcome::Lapsed, "lapsed"},
        {Outcome::Withdrawn, "withdrawn"},
        {Outcome::NotRequired, "not-required"}};
    return entries;
}

template<> Table<ReviewDecision> table()
{
    static const std::pair<ReviewDecision, const char *> entries[] = {
        {ReviewDecision::Undecided, "undecided"},
        {ReviewDecision::OriginalMaintained, "original-maintained"},
        {ReviewDecision::OriginalPartlyMaintained, "original-partly-maintained"},
        {ReviewDecision::OriginalOverturned, "original-overturned"},
        {ReviewDecision::Withdrawn, "withdrawn"},
        {ReviewDecision::ClosedOtherwise, "closed-otherwise"}};
    return entries;
}

template<> Table<DecisionNoticeStepKind> table()
{
    static const std::pair<DecisionNoticeStepKind, const char *> entries[] = {
        {DecisionNoticeStepKind::DiscloseListedItems, "disclose-listed-items"},
        {DecisionNoticeStepKind::IssueFreshResponse, "issue-fresh-response"},
        {DecisionNoticeStepKind::ConfirmOrDeny, "confirm-or-deny"},
        {DecisionNoticeStepKind::CarryOutInternalReview, "carry-out-internal-review"},
        {DecisionNoticeStepKind::AdviseAndAssist, "advise-and-assist"}};
    return entries;
}

template<> Table<Appellant> table()
{
    static const std::pair<Appellant, const char *> entries[] = {
        {Appellant::Requester, "requester"}, {Appellant::Authority, "authority"}};
    return entries;
}

template<> Table<AppealDetermination> table()
{
    static const std::pair<AppealDetermination, const char *> entries[] = {
        {AppealDetermination::Pending, "pending"},
        {AppealDetermination::Dismissed, "dismissed"},
        {AppealDetermination::Allowed, "allowed"},
        {AppealDetermination::PartlyAllowed, "partly-allowed"},
        {AppealDetermination::Withdrawn, "withdrawn"}};
    return entries;
}

template<> Table<Duty> table()
{
    static const std::pair<Duty, const char *> entries[] = {
        {Duty::ConfirmOrDeny, "confirm-or-deny"}, {Duty::Communicate, "communicate"}};
    return entries;
}

template<> Table<AuthorityKind> table()
{
    static const std::pair<AuthorityKind, const char *> entries[] = {
        {AuthorityKind::GovernmentDepartment, "government-department"},
        {AuthorityKind::WelshGovernment, "welsh-government"},
        {AuthorityKind::Parliament, "parliament"},
        {AuthorityKind::Police, "police"},
        {AuthorityKind::LocalAuthority, "local-authority"},
        {AuthorityKind::AuditBody, "audit-body"},
        {AuthorityKind::Other, "other"}};
    return entries;
}

} // namespace

template<typename E> QString toCode(E value)
{
    for (const auto &[entry, code] : table<E>()) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto &[entry, text] : table<E>()) {
        if (code == QLatin1StringView(text))
            return entry;
    }
    return std::nullopt;
}

template<typename E> QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : table<E>())
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

#define FOI_CODES_FOR(E)                                                                           \
    template QString toCode<E>(E);                                                                 \
    template std::optional<E> fromCode<E>(QStringView);                                            \
    template QStringList allCodes<E>();

FOI_CODES_FOR(Channel)
FOI_CODES_FOR(ClockChangeKind)
FOI_CODES_FOR(LifecycleKind)
FOI_CODES_FOR(ClosedAnswer)
FOI_CODES_FOR(Holding)
FOI_CODES_FOR(Communication)
FOI_CODES_FOR(Likelihood)
FOI_CODES_FOR(DataSubject)
FOI_CODES_FOR(PublicInterestConclusion)
FOI_CODES_FOR(CostActivityKind)
FOI_CODES_FOR(Outcome)
FOI_CODES_FOR(ReviewDecision)
FOI_CODES_FOR(DecisionNoticeStepKind)
FOI_CODES_FOR(Appellant)
FOI_CODES_FOR(AppealDetermination)
FOI_CODES_FOR(Duty)
FOI_CODES_FOR(AuthorityKind)

#undef FOI_CODES_FOR

} // namespace foi::core
