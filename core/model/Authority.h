#pragma once

#include "core/law/Provision.h"

#include <QString>

namespace foi::core {

// The public authority answering the request. Its kind decides which provisions it may use
// (s35 only for government departments and the Welsh Government) and its cost limit under the
// Fees Regulations (£600 or £450).
struct Authority
{
    QString name;
    AuthorityKind kind = AuthorityKind::Other;

    friend bool operator==(const Authority &, const Authority &) = default;
};

} // namespace foi::core
