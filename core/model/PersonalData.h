#pragma once

#include <QString>

namespace foi::core {

// Whose personal data a question asks for, as the officer records it. It decides the limb of
// s40 that fits: the requester's own are withheld under s40(1) and neither confirmed nor denied
// under s40(5A); other people's are withheld under s40(2) and neither confirmed nor denied under
// s40(5B). Information that is both (a complaint file about the requester naming the staff who
// handled it) is the requester's personal data as a whole, so s40(1)/(5A) reach it, and the
// third parties' part may still be argued under s40(2)/(5B): either limb fits.
enum class DataSubject {
    Unstated,     // no personal data, or the officer has not said
    Requester,    // the requester's own personal data
    ThirdParties, // other people's
    Both,         // the requester's and other people's, together
};

// The first condition of s40(2) (s40(3A)(a); EIR reg 13(2A)(a)): disclosure to the world would
// contravene a data protection principle, in practice the lawfulness of UK GDPR Art 5(1)(a). For
// ordinary personal data the lawful basis for such a disclosure is Art 6(1)(f), legitimate
// interests, which the ICO decides by three questions (guidance "Section 40 and regulation 13",
// part three): is a legitimate interest pursued by disclosure, is disclosure necessary to meet
// it, and is that interest overridden by the data subject's interests or fundamental rights and
// freedoms. Each answer in the officer's words.
struct LegitimateInterestsTest
{
    QString legitimateInterest; // the interest in disclosure: the requester's or the public's
    QString necessity;          // whether disclosure is needed to meet it, or less would do
    QString balancingTest;      // that interest against the data subject's rights and freedoms

    bool isEmpty() const
    {
        return legitimateInterest.isEmpty() && necessity.isEmpty() && balancingTest.isEmpty();
    }

    friend bool operator==(const LegitimateInterestsTest &,
                           const LegitimateInterestsTest &) = default;
};

} // namespace foi::core
