#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foi::core {

// The two matters the Information Commissioner opens against the authority as a whole, about no
// one request: an enforcement notice (FOIA s52), which requires steps by dates it sets, and a
// practice recommendation (FOIA s48), which recommends steps to conform with the codes of
// practice (s45, s46) and usually asks for an action plan by a date.
enum class AuthorityMatterKind { EnforcementNotice, PracticeRecommendation };

QString authorityMatterKindCode(AuthorityMatterKind kind); // "enforcement-notice"
std::optional<AuthorityMatterKind> authorityMatterKindFromCode(const QString &code);
QString authorityMatterKindName(AuthorityMatterKind kind); // "Enforcement notice (s52)"

// One dated thing the notice or recommendation requires ("an action plan", "clear the backlog of
// requests older than 20 working days"). Its date is either typed from the notice or counted in
// working days from the notice's date, as the notice words it; `workingDays` keeps which.
struct AuthorityRequirement
{
    QString what;
    QDate due;
    int workingDays = 0; // 0: the date was typed from the notice
    std::optional<QDate> met;

    friend bool operator==(const AuthorityRequirement &, const AuthorityRequirement &) = default;
};

// An enforcement notice or practice recommendation, kept in the store beside the cases (it needs
// no request). Its requirements' dates sit on the same deadline list as the cases' clocks until
// each is met; it is closed when the ICO is satisfied.
struct AuthorityMatter
{
    QString id; // "EN1", "PR1": unique in the store
    AuthorityMatterKind kind = AuthorityMatterKind::EnforcementNotice;
    QString icoReference;
    QDate dated;     // the notice's or recommendation's date: counts start here
    QDate received;  // the day it arrived
    QString summary; // what it is about, in brief
    QString officer; // ours, who answers for it
    QList<AuthorityRequirement> requirements;
    std::optional<QDate> closed;

    friend bool operator==(const AuthorityMatter &, const AuthorityMatter &) = default;
};

// The stored form of an AuthorityMatter (a JSON object, docs/case-store.md). read() refuses a
// document that is not one, naming the field, with code "store.authority_matter_invalid".
class AuthorityMatterJson
{
public:
    static QByteArray write(const AuthorityMatter &matter);
    [[nodiscard]] static Result<AuthorityMatter> read(const QByteArray &json);
};

} // namespace foi::core
