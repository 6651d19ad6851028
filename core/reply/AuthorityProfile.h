#pragma once

#include "core/law/Provision.h"
#include "core/support/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace foi::core {

// How a bilingual letter sets out its two languages (Welsh Language Standards): the Welsh letter
// whole and then the English one, or the two side by side, Welsh on the left, paragraph by
// paragraph. In the profile's JSON: "welsh_first" or "side_by_side".
enum class BilingualLayout {
    WelshFirst,
    SideBySide,
};

QString bilingualLayoutCode(BilingualLayout layout);
std::optional<BilingualLayout> bilingualLayoutFromCode(const QString &code);

// Who the letters come from: the authority's name and kind, its postal address, the FOI unit
// that signs replies and the contact for internal reviews. Set once in settings (or for every
// workstation by IT, in /etc/foi-workbench/authority.json) and used by every reply.
struct AuthorityProfile
{
    QString name;
    AuthorityKind kind = AuthorityKind::Other;
    QStringList addressLines;
    QString foiUnitName;
    QString foiUnitEmail;
    QString internalReviewContact; // a postal or email address, as the letter should give it
    QString signatory;             // the name signing replies; empty: the unit signs
    QString signatoryRole;
    QString logoPath;             // optional image for the letterhead
    QString letterOverrideFolder; // optional folder of <paragraph>.mustache files
    BilingualLayout bilingualLayout = BilingualLayout::WelshFirst;

    bool operator==(const AuthorityProfile &) const = default;

    // Reads a profile from JSON. Errors name the field at fault.
    [[nodiscard]] static Result<AuthorityProfile> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // What stops the profile from signing letters, each saying what to fix: no name, a logo
    // that is not a readable image, an override folder that is missing or whose paragraphs do
    // not load, an FOI unit email that is not an address. Empty when the profile is usable.
    QList<Error> problems() const;
};

} // namespace foi::core
