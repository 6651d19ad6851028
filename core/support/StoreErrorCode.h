#pragma once

#include <QLatin1String>

namespace foi::core {

// The stable codes of the store's errors (Error::code). The GUI and the CLI choose the way out
// they offer (open the latest backup, open read-only, choose another file) from these.
namespace StoreErrorCode {
inline constexpr QLatin1String Missing{"store.missing"};
inline constexpr QLatin1String NotSqlite{"store.not-sqlite"};
inline constexpr QLatin1String Corrupt{"store.corrupt"};
inline constexpr QLatin1String Locked{"store.locked"};
inline constexpr QLatin1String ReadOnly{"store.read-only"};
inline constexpr QLatin1String NewerSchema{"store.newer-schema"};
inline constexpr QLatin1String NetworkShare{"store.network-share"};
inline constexpr QLatin1String FileSystem{"store.file-system"};
inline constexpr QLatin1String Sql{"store.sql"};
inline constexpr QLatin1String NotFound{"store.not-found"};
inline constexpr QLatin1String OnHold{"store.on-hold"};
inline constexpr QLatin1String Invalid{"store.invalid"};
// A save based on an older version of a case than the one stored: another officer (or another
// window) changed it since it was read. Nothing was changed; the caller reads the newer version.
inline constexpr QLatin1String Changed{"store.changed"};
// A team store (PostgreSQL, issue 20): the server cannot be reached, refused the login, or
// refused an action the officer's role does not allow.
inline constexpr QLatin1String Unreachable{"store.unreachable"};
inline constexpr QLatin1String AccessDenied{"store.access-denied"};
inline constexpr QLatin1String Forbidden{"store.forbidden"};
// A team store's database without the store's schema (`store init` makes it), or one that
// `store init` will not touch because it holds tables of something else.
inline constexpr QLatin1String NotInitialised{"store.not-initialised"};
inline constexpr QLatin1String NotEmpty{"store.not-empty"};
// A read stopped on purpose (a newer one replaced it): not a failure to show anyone.
inline constexpr QLatin1String Interrupted{"store.interrupted"};
inline constexpr QLatin1String Cancelled{"store.cancelled"};
} // namespace StoreErrorCode

} // namespace foi::core
