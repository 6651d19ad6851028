#pragma once

#include "law/Provision.h"
#include "support/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// Which column of a public interest test a factor belongs in.
enum class FactorSide { Disclosure, Exemption };

// A reusable public interest factor: its words, the side it favours, the provisions it suits
// (id prefixes: "s31" suits s31(1)(a) and s31(3); none suits any qualified claim), the one duty
// it suits if not both, and the provision the point rests on, as cited.
struct PublicInterestFactor
{
    QString text;
    FactorSide favours = FactorSide::Disclosure;
    QStringList provisions;
    std::optional<Duty> duty;
    QString relatesTo;
    bool own = false; // added by the officer rather than shipped

    friend bool operator==(const PublicInterestFactor &, const PublicInterestFactor &) = default;
};

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
