#pragma once

#include "core/law/Regime.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace foi::core {

// The two duties of FOIA s1(1): (a) to confirm or deny that information is held,
// (b) to communicate it. Every exemption claim relieves exactly one of them.
enum class Duty {
    ConfirmOrDeny,
    Communicate,
};

// What a catalogue entry is in law.
enum class ProvisionKind {
    Exemption,     // a Part II exemption / EIR exception from the duty to communicate
    NcndExclusion, // a provision removing the duty to confirm or deny (s24(2), s31(3), reg 12(6))
    ProceduralGround, // a ground that is not an exemption but refuses a request: s12, s14(1),
                      // s14(2)
    NotHeld, // "information not held" (s1(1)(a) answered no; EIR reg 12(4)(a) is an exception)
};

// The kind of test the provision sets (ICO classification; see resources/law/README.md).
enum class TestKind {
    Class,              // engaged by the kind of information alone
    Prejudice,          // "would, or would be likely to, prejudice"
    RequiredFor,        // "required for the purpose of" (s24, s34)
    Endangerment,       // "would, or would be likely to, endanger" (s38)
    BreachOfConfidence, // "actionable breach of confidence" (s41)
    AdverseEffect,      // EIR reg 12(5): "would adversely affect"
    Procedural,         // s12 / s14 / not held: no exemption test
};

// Kinds of public authority, as far as the law distinguishes them (s35 only for government
// departments and the Welsh Government; s33 only for audit bodies; the s12 limit by Schedule 1
// of the Fees Regulations).
enum class AuthorityKind {
    GovernmentDepartment,
    WelshGovernment,
    Parliament,
    Police,
    LocalAuthority,
    AuditBody,
    Other,
};

// One provision of the law, as the catalogue knows it. Plain data, loaded from
// resources/law/*.json; `source` names where each fact comes from.
struct Provision
{
    QString id; // canonical key: "s31(1)(a)", "s24(2)", "s40(2)-first-condition", "reg12(5)(a)"
    Regime regime = Regime::Foia;
    ProvisionKind kind = ProvisionKind::Exemption;
    QString citation;      // as written in a letter: "Section 31(1)(a)"
    QString title;         // short: "Law enforcement: prevention or detection of crime"
    QString description;   // plain English for the picker
    bool absolute = false; // FOIA s2(3); EIR reg 13 first condition
    TestKind test = TestKind::Class;
    // The words of the test where the kind alone does not say them (s24: "required for the
    // purpose of safeguarding national security"); empty otherwise.
    QString testWording;
    // On the ICO's list of prejudice-based exemptions: the claim needs a harm statement with a
    // "would" / "would be likely to" limb. s38 (endangerment) and EIR reg 12(5) (adverse effect)
    // are not on it but still need harm: see needsHarmStatement().
    bool prejudiceBased = false;
    Duty relieves = Duty::Communicate;
    QString ncndProvision; // id of the provision removing the duty to confirm or deny, or empty
    QString parent;        // for an NcndExclusion, the exemption it belongs to ("s24(1)");
                           // where it serves several (s31(3)), the first of them
    QStringList covers;    // for an NcndExclusion, every exemption naming it as its
                           // ncndProvision (filled by the catalogue, catalogue order)
    bool requiresQualifiedPerson = false; // s36
    QList<AuthorityKind> availableTo;     // empty: every kind of authority may use it
    QString certificate; // provision making a certificate conclusive, e.g. "s24(3)", or empty
    int historicalRecordYears = 0; // 0: not limited by s63; otherwise years after which it lapses
    QString historicalNote;        // how s63/s64 limit it, in words
    QStringList mutuallyExclusiveWith; // ids that cannot apply to the same information
    QString source;                    // the Act/regulation text or guidance relied on
    // The law as it stood: the first day the provision had effect and the first day it no longer
    // had effect (null: always, for the workbench's purposes), and the provision that applied
    // before it (s40(5A) replaced s40(5)(a) on 25 May 2018). `successors` is filled by the
    // catalogue from the other entries' `predecessor`.
    QDate inForceFrom;
    QDate ceasedOn;
    QString predecessor;
    QStringList successors;

    bool isQualified() const
    {
        return !absolute && kind != ProvisionKind::ProceduralGround &&
               kind != ProvisionKind::NotHeld;
    }

    // True when the refusal must show a likely harm: prejudice, endangerment or adverse effect.
    bool needsHarmStatement() const
    {
        return test == TestKind::Prejudice || test == TestKind::Endangerment ||
               test == TestKind::AdverseEffect;
    }

    // True when the provision had effect on `date` (a request is dealt with under the law as it
    // stood on the date of receipt).
    bool inForceOn(const QDate &date) const
    {
        return (!inForceFrom.isValid() || date >= inForceFrom) &&
               (!ceasedOn.isValid() || date < ceasedOn);
    }

    bool isAvailableTo(AuthorityKind authority) const
    {
        return availableTo.isEmpty() || availableTo.contains(authority);
    }
};

} // namespace foi::core
