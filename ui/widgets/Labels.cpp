#include "ui/widgets/Labels.h"

#include "core/model/Codes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace foi::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("foi::ui::Labels", text);
}
} // namespace

QString Labels::search(const core::SearchRecord &search)
{
    QStringList parts{search.where.isEmpty() ? tr("(place not named)") : search.where};
    if (!search.searchedBy.isEmpty())
        parts.append(tr("by %1").arg(search.searchedBy));
    if (!search.terms.isEmpty())
        parts.append(tr("for \u201c%1\u201d").arg(search.terms));
    if (search.searchedOn.isValid())
        parts.append(tr("on %1").arg(date(search.searchedOn)));
    return parts.join(QLatin1Char(' '));
}

QString Labels::date(const QDate &date)
{
    if (!date.isValid())
        return tr("not set");
    return QLocale().toString(date, dateFormat()); // the interface's language: "26 Tachwedd 2026"
}

QString Labels::dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return tr("not set");
    return QLocale().toString(moment.toLocalTime(), dateFormat() + QStringLiteral(", HH:mm"));
}

QString Labels::count(int n, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

QString Labels::regime(core::Regime regime)
{
    return regime == core::Regime::Eir ? tr("EIR 2004 (environmental)") : tr("FOIA 2000");
}

QString Labels::channel(core::Channel channel)
{
    switch (channel) {
    case core::Channel::Email:
        return tr("Email");
    case core::Channel::Post:
        return tr("Post");
    case core::Channel::WebForm:
        return tr("Web form");
    case core::Channel::Telephone:
        return tr("Telephone");
    case core::Channel::InPerson:
        return tr("In person");
    case core::Channel::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::holding(core::Holding holding)
{
    switch (holding) {
    case core::Holding::Undecided:
        return tr("Not decided yet");
    case core::Holding::Held:
        return tr("Held");
    case core::Holding::NotHeld:
        return tr("Not held");
    case core::Holding::NeitherConfirmNorDeny:
        return tr("Neither confirm nor deny (NCND)");
    case core::Holding::NotRequired:
        return tr("Not required (requester's condition)");
    }
    return {};
}

QString Labels::communication(core::Communication communication)
{
    switch (communication) {
    case core::Communication::NotApplicable:
        return tr("Nothing to communicate");
    case core::Communication::InFull:
        return tr("Disclosed in full");
    case core::Communication::InPart:
        return tr("Disclosed in part");
    case core::Communication::Withheld:
        return tr("Withheld");
    case core::Communication::RefusedCost:
        return tr("Refused: cost limit (s12)");
    case core::Communication::RefusedVexatious:
        return tr("Refused: vexatious (s14(1))");
    case core::Communication::RefusedRepeated:
        return tr("Refused: repeated (s14(2))");
    }
    return {};
}

QString Labels::closedAnswer(core::ClosedAnswer answer)
{
    switch (answer) {
    case core::ClosedAnswer::Unanswered:
        return tr("Not a yes/no answer");
    case core::ClosedAnswer::Yes:
        return tr("Yes");
    case core::ClosedAnswer::No:
        return tr("No");
    }
    return {};
}

QString Labels::duty(core::Duty duty)
{
    return duty == core::Duty::ConfirmOrDeny ? tr("To confirm or deny (s1(1)(a))")
                                             : tr("To communicate (s1(1)(b))");
}

QString Labels::likelihood(core::Likelihood likelihood)
{
    switch (likelihood) {
    case core::Likelihood::Unstated:
        return tr("Not stated");
    case core::Likelihood::Would:
        return tr("Would (more probable than not)");
    case core::Likelihood::WouldBeLikelyTo:
        return tr("Would be likely to (a real and significant risk)");
    }
    return {};
}

QString Labels::conclusion(core::PublicInterestConclusion conclusion)
{
    switch (conclusion) {
    case core::PublicInterestConclusion::Undecided:
        return tr("Not concluded yet");
    case core::PublicInterestConclusion::MaintainExemption:
        return tr("Maintain the exemption");
    case core::PublicInterestConclusion::Disclose:
        return tr("Release: the balance favours it");
    }
    return {};
}

QString Labels::conclusionFor(core::PublicInterestConclusion conclusion, core::Duty duty)
{
    if (duty != core::Duty::ConfirmOrDeny)
        return Labels::conclusion(conclusion);
    switch (conclusion) {
    case core::PublicInterestConclusion::Undecided:
        return tr("Not concluded yet");
    case core::PublicInterestConclusion::MaintainExemption:
        return tr("Maintain neither confirming nor denying: the balance favours it");
    case core::PublicInterestConclusion::Disclose:
        return tr("Confirm or deny: the balance favours saying whether it is held");
    }
    return {};
}

QString Labels::attachmentKind(core::AttachmentKind kind)
{
    switch (kind) {
    case core::AttachmentKind::RequestAsReceived:
        return tr("Request as received");
    case core::AttachmentKind::Correspondence:
        return tr("Correspondence");
    case core::AttachmentKind::SearchEvidence:
        return tr("Search evidence");
    case core::AttachmentKind::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::attachment(const core::Attachment &attachment, const QString &separator)
{
    // `separator` goes between the file and when it was added: a new line or ", ".
    return tr("%1 (%2)%3added %4 by %5")
        .arg(attachment.fileName, QLocale().formattedDataSize(attachment.size), separator,
             dateTime(QDateTime::fromString(attachment.addedAt, Qt::ISODateWithMs)),
             attachment.addedBy);
}

QString Labels::costActivity(core::CostActivityKind kind)
{
    switch (kind) {
    case core::CostActivityKind::DeterminingWhetherHeld:
        return tr("Determining whether held");
    case core::CostActivityKind::Locating:
        return tr("Locating");
    case core::CostActivityKind::Retrieving:
        return tr("Retrieving");
    case core::CostActivityKind::Extracting:
        return tr("Extracting");
    }
    return {};
}

QString Labels::clockChange(core::ClockChangeKind kind)
{
    switch (kind) {
    case core::ClockChangeKind::ClarificationSought:
        return tr("Clarification sought (s1(3))");
    case core::ClockChangeKind::ClarificationReceived:
        return tr("Clarification received");
    case core::ClockChangeKind::FeesNoticeGiven:
        return tr("Fees notice given (s9)");
    case core::ClockChangeKind::FeePaid:
        return tr("Fee paid");
    case core::ClockChangeKind::PublicInterestExtension:
        return tr("Public interest extension (s10(3))");
    case core::ClockChangeKind::ComplexityExtension:
        return tr("Extension for complexity and volume (EIR reg 7)");
    }
    return {};
}

QString Labels::testKind(core::TestKind test)
{
    switch (test) {
    case core::TestKind::Class:
        return tr("Class-based");
    case core::TestKind::Prejudice:
        return tr("Prejudice test");
    case core::TestKind::RequiredFor:
        return tr("\"Required for\" test");
    case core::TestKind::Endangerment:
        return tr("Endangerment test");
    case core::TestKind::BreachOfConfidence:
        return tr("Actionable breach of confidence");
    case core::TestKind::AdverseEffect:
        return tr("Adverse effect test");
    case core::TestKind::Procedural:
        return tr("Procedural ground");
    }
    return {};
}

QString Labels::authorityKind(core::AuthorityKind kind)
{
    switch (kind) {
    case core::AuthorityKind::GovernmentDepartment:
        return tr("Government department");
    case core::AuthorityKind::WelshGovernment:
        return tr("Welsh Government");
    case core::AuthorityKind::Parliament:
        return tr("Parliament");
    case core::AuthorityKind::Police:
        return tr("Police force");
    case core::AuthorityKind::LocalAuthority:
        return tr("Local authority");
    case core::AuthorityKind::AuditBody:
        return tr("Audit body");
    case core::AuthorityKind::Other:
        return tr("Other public authority");
    }
    return {};
}

QString Labels::outcome(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::InProgress:
        return tr("In progress");
    case core::Outcome::GrantedInFull:
        return tr("Granted in full");
    case core::Outcome::PartiallyWithheld:
        return tr("Partially withheld");
    case core::Outcome::FullyWithheld:
        return tr("Fully withheld");
    case core::Outcome::AvailableElsewhere:
        return tr("Available elsewhere (s21)");
    case core::Outcome::NotHeld:
        return tr("Not held");
    case core::Outcome::NeitherConfirmNorDeny:
        return tr("Neither confirmed nor denied");
    case core::Outcome::RefusedCost:
        return tr("Refused: cost limit");
    case core::Outcome::RefusedVexatiousOrRepeated:
        return tr("Refused: vexatious or repeated");
    case core::Outcome::Lapsed:
        return tr("Lapsed");
    case core::Outcome::Withdrawn:
        return tr("Withdrawn");
    case core::Outcome::NotRequired:
        return tr("Not required");
    }
    return {};
}

QString Labels::outcomeCode(const QString &code)
{
    // A reply that did several things is stored as their codes joined by '+' (CaseOutcome::
    // codeOf) and reads "Not held and NCND".
    const QStringList codes = code.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    QStringList parts;
    for (const QString &one : codes) {
        const auto outcome = core::fromCode<core::Outcome>(one);
        if (!outcome) {
            parts.append(one);
        } else if (codes.size() > 1 && *outcome == core::Outcome::NeitherConfirmNorDeny) {
            parts.append(tr("NCND"));
        } else {
            QString label = Labels::outcome(*outcome);
            if (!parts.isEmpty())
                label[0] = label[0].toLower();
            parts.append(label);
        }
    }
    if (parts.size() <= 1)
        return parts.isEmpty() ? code : parts.constFirst();
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString Labels::plainToolTip(const QString &text, qsizetype maxLength)
{
    if (text.isEmpty())
        return {};
    const QString shown = text.size() > maxLength ? text.left(maxLength) + QChar(0x2026) : text;
    // Escaped and wrapped as rich text, so that it is shown exactly, and wrapped at the width
    // of the screen rather than on one endless line.
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}

} // namespace foi::ui
