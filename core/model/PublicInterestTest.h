#pragma once

#include <QString>
#include <QStringList>

namespace foi::core {

// Where the balance came down (FOIA s2(1)(b), s2(2)(b): the exemption applies only if the public
// interest in maintaining it outweighs the public interest in disclosure; a tie discloses).
enum class PublicInterestConclusion {
    Undecided,
    MaintainExemption,
    Disclose,
};

// The public-interest test for one claim and the duty it relieves. Factors are separate entries,
// so a reply can list them and the checker can see a side left empty. "In favour of disclosure"
// reads "in favour of confirming or denying" when the claim relieves the duty to confirm or deny.
struct PublicInterestTest
{
    QStringList favouringDisclosure;
    QStringList favouringExemption;
    QString balance;
    PublicInterestConclusion conclusion = PublicInterestConclusion::Undecided;

    friend bool operator==(const PublicInterestTest &, const PublicInterestTest &) = default;
};

} // namespace foi::core
