#pragma once

#include "core/law/Provision.h"
#include "core/model/PublicInterestFactor.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// The paragraph library of the Public interest step: the factors shipped as data
// (resources/publicinterest/factors.json) and the officer's own, kept in a JSON file of the same
// format in the officer's data folder. A damaged own file does not stop the library: the shipped
// factors load, ownProblem() says what is wrong with the file and how to fix it, and addOwn()
// refuses to overwrite it, so nothing the officer saved is lost. Saving is atomic.
class PublicInterestLibrary
{
public:
    static constexpr const char *formatName = "foi-workbench-public-interest-factors";

    // The shipped factors and those in `ownPath` (which need not exist yet).
    [[nodiscard]] static Result<PublicInterestLibrary> load(const QString &ownPath);
    // Reads a factors file; the error names the JSON path at fault.
    [[nodiscard]] static Result<QList<PublicInterestFactor>> readFactors(const QByteArray &json,
                                                                         bool own);
    static QByteArray writeFactors(const QList<PublicInterestFactor> &factors);
    // <data folder>/public-interest-factors.json
    static QString defaultOwnPath();

    const QList<PublicInterestFactor> &factors() const { return m_factors; }
    // The factors for a claim under `provision` relieving `duty`, on `side`: the officer's own
    // first, then the shipped ones for the provision, then the general ones.
    QList<PublicInterestFactor> factorsFor(const QString &provision, Duty duty,
                                           FactorSide side) const;
    const QString &ownProblem() const { return m_ownProblem; }

    // Adds a factor of the officer's own and saves the own file. Fails (leaving the library as
    // it was) when the text is empty, the factor is already there or the file cannot be written.
    [[nodiscard]] Status addOwn(PublicInterestFactor factor);

private:
    static bool suits(const PublicInterestFactor &factor, const QString &provision);

    QString m_ownPath;
    QString m_ownProblem;
    QList<PublicInterestFactor> m_factors;
};

} // namespace foi::core
