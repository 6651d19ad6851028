#pragma once

#include "core/law/Provision.h"
#include "core/support/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace foi::core {

// Every FOIA Part II provision, the procedural grounds (s12, s14, not held) and every EIR
// exception, with their properties. Loaded once from resources/law; lookups are hash lookups.
// Loading from a file validates it and returns an Error naming the entry and field at fault
// (code "law.catalogue.unreadable" for bad JSON, "law.catalogue.invalid" otherwise, with the
// JSON path, e.g. "provisions[12].absolute", in Error::detail). builtIn() is the shipped file,
// checked by the tests; if it ever failed to load, it would log and be empty.
class ExemptionCatalogue
{
public:
    // The catalogue compiled into the program (":/law/exemptions.json"). Loaded on first use.
    static const ExemptionCatalogue &builtIn();

    static Result<ExemptionCatalogue> fromJson(const QByteArray &json);

    const Provision *find(const QString &id) const; // nullptr when unknown
    QList<Provision> all() const;                   // in catalogue order
    QList<Provision> forRegime(Regime regime) const;

    // True when the two provisions cannot both apply to the same information
    // (s23(1)/s24(1), s30/s31, s35/s36).
    bool mutuallyExclusive(const QString &a, const QString &b) const;

private:
    [[nodiscard]] Status link();
    [[nodiscard]] Status readExclusions(const QJsonArray &groups);

    QList<Provision> m_provisions;
    QHash<QString, qsizetype> m_index;
};

} // namespace foi::core
