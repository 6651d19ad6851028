#include "core/law/ProvisionTest.h"

namespace foi::core {

QString ProvisionTest::name(const Provision &provision)
{
    switch (provision.test) {
    case TestKind::Prejudice:
        return QStringLiteral("prejudice test");
    case TestKind::RequiredFor:
        return QStringLiteral("\u2018required for\u2019 test");
    case TestKind::Endangerment:
        return QStringLiteral("endangerment test");
    case TestKind::AdverseEffect:
        return QStringLiteral("adverse effect test");
    case TestKind::BreachOfConfidence:
        return QStringLiteral("actionable breach of confidence test");
    case TestKind::Class:
        return QStringLiteral("class-based test");
    case TestKind::Procedural:
        return QStringLiteral("procedural ground");
    }
    return {};
}

QString ProvisionTest::whatToShow(const Provision &provision)
{
    const QString &c = provision.citation;
    switch (provision.test) {
    case TestKind::Prejudice:
        return QStringLiteral("%1 sets a prejudice test: name the interest it protects, show how "
                              "disclosure would harm it (a causal link that is real, actual and "
                              "of substance), and say whether the harm 'would' or 'would be "
                              "likely to' happen.")
            .arg(c);
    case TestKind::Endangerment:
        return QStringLiteral("%1 asks whether disclosure would, or would be likely to, endanger "
                              "someone's physical or mental health or safety: name who, how, and "
                              "which limb.")
            .arg(c);
    case TestKind::AdverseEffect:
        return QStringLiteral("%1 asks whether disclosure would adversely affect the interest "
                              "named: show the effect and that it is more probable than not "
                              "('would'; 'would be likely to' is not enough).")
            .arg(c);
    case TestKind::RequiredFor:
        return QStringLiteral("%1 applies where exemption is %2. There is no 'would' or 'would be "
                              "likely to' limb: explain why exemption is reasonably necessary "
                              "for that purpose.")
            .arg(c, provision.testWording.isEmpty() ? QStringLiteral("required for its purpose")
                                                    : provision.testWording);
    case TestKind::BreachOfConfidence:
        return QStringLiteral("%1 applies where %2. No prejudice is shown: explain why the "
                              "information was obtained in confidence and why its disclosure "
                              "would be actionable.")
            .arg(c, provision.testWording.isEmpty()
                        ? QStringLiteral("disclosure would be an actionable breach of confidence")
                        : provision.testWording);
    case TestKind::Class:
        return QStringLiteral("%1 is class-based: it applies because of what the information "
                              "is, with no harm to show. Give the reason the information falls "
                              "within the class (the claim's reason, s17(1)(c))%2.")
            .arg(c, provision.isQualified()
                        ? QStringLiteral("; any harm belongs in the public interest test")
                        : QString());
    case TestKind::Procedural:
        return QStringLiteral("%1 is a procedural ground, not an exemption: no harm test.").arg(c);
    }
    return {};
}

bool ProvisionTest::hasLikelihood(const Provision &provision)
{
    return provision.test == TestKind::Prejudice || provision.test == TestKind::Endangerment ||
           provision.test == TestKind::AdverseEffect;
}

} // namespace foi::core
