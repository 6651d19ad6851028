#pragma once

#include "core/law/Regime.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// What kind of personal data a hit of the disclosure log's scan is: one of the requester's own
// details (recorded on the case), or anyone's email address, UK phone number or UK postcode.
enum class PersonalDataKind {
    RequesterName,
    RequesterEmail,
    RequesterAddress,
    RequesterPostcode,
    Email,
    Phone,
    Postcode,
};

// "requester-name", "email": the codes the store, the command line and the tests use.
QString personalDataKindCode(PersonalDataKind kind);
std::optional<PersonalDataKind> personalDataKindFromCode(const QString &code);
// True for the requester's own details, which may never be kept (FOIA s40(2), UK GDPR
// Art 5(1)(c)): a disclosure log entry is never a copy of who asked.
bool isRequesterDetail(PersonalDataKind kind);

// What the officer decided about one hit: not yet, redact it, or keep it (with a reason).
enum class HitDecision { Unresolved, Redact, Keep };
QString hitDecisionCode(HitDecision decision);
std::optional<HitDecision> hitDecisionFromCode(const QString &code);

// One piece of text the personal-data scan found in the request text ("request") or the reply
// ("reply"): where it is (offset and length in that text), what it looks like, and the officer's
// decision. `id` is stable within one version of an entry ("request-1", "reply-2").
struct PersonalDataHit
{
    QString id;
    QString field;
    qsizetype start = 0;
    qsizetype length = 0;
    PersonalDataKind kind = PersonalDataKind::Email;
    QString text;
    HitDecision decision = HitDecision::Unresolved;
    QString reason; // why it is kept; empty unless decision is Keep

    friend bool operator==(const PersonalDataHit &, const PersonalDataHit &) = default;
};

// A file released with the reply, as the log lists it: the name it is published under (the
// stored name, unless the scan found personal data in it), its size and SHA-256.
struct PublishedFile
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256;

    friend bool operator==(const PublishedFile &, const PublishedFile &) = default;
};

// Where a version of an entry stands: prepared (hits being resolved), submitted for approval,
// returned to the preparer, approved by a second officer, published.
enum class DisclosureLogStatus { Draft, Submitted, Returned, Approved, Published };
QString disclosureLogStatusCode(DisclosureLogStatus status);
std::optional<DisclosureLogStatus> disclosureLogStatusFromCode(const QString &code);

// One version of a case's disclosure log entry: a reviewed publication of a closed case, never
// a copy of it. It holds what the log publishes (reference, dates, title, regime, outcome in the
// Cabinet Office's words, exemptions at subsection level, the request and reply texts as
// scanned, the released files), the scan's hits with their decisions, and who prepared,
// approved and published it. It holds none of the requester's details: the texts are kept as
// they were scanned, and published only through DisclosureLogDraft::publishedText, which
// replaces every hit not kept.
struct DisclosureLogEntry
{
    QString reference;
    int version = 1;
    DisclosureLogStatus status = DisclosureLogStatus::Draft;
    QString title;
    Regime regime = Regime::Foia;
    QDate received;
    QDate answered;
    QString outcome; // the Cabinet Office's words: "Granted in full", "Partially withheld" ...
    QStringList exemptions;
    QString requestText;
    QString replyText;
    QList<PersonalDataHit> hits;
    QList<PublishedFile> files;
    QString preparedBy;
    QDate preparedOn;
    QString submittedBy; // who submitted it for approval: may not approve it either
    QString approvedBy;
    QDate approvedOn;
    QString returnedReason;
    QDate firstPublishedOn; // the day version 1 was published; kept by every correction
    QDate publishedOn;      // the day this version was published

    // A correction: a version after the first, published.
    bool amended() const { return version > 1; }

    friend bool operator==(const DisclosureLogEntry &, const DisclosureLogEntry &) = default;
};

} // namespace foi::core
