#pragma once

#include "core/law/Provision.h"

#include <QString>

#include <optional>

namespace foi::core {

// The stable spellings of the Provision enums, as used in resources/law/exemptions.json and in
// the CLI's JSON output ("prejudice", "confirm-or-deny", "welsh-government", ...). Parsing an
// unknown spelling gives std::nullopt; the caller names the field at fault.
QString provisionKindCode(ProvisionKind kind);
std::optional<ProvisionKind> provisionKindFromCode(const QString &code);

QString testKindCode(TestKind test);
std::optional<TestKind> testKindFromCode(const QString &code);

QString dutyCode(Duty duty);
std::optional<Duty> dutyFromCode(const QString &code);

QString authorityKindCode(AuthorityKind authority);
std::optional<AuthorityKind> authorityKindFromCode(const QString &code);

} // namespace foi::core
