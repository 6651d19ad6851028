#pragma once

#include <QLatin1String>

namespace foi::core {

// The stable codes of review errors (Error::code): every way a bundle, a response or a key can
// be refused has its own, so the CLI, the GUI and the tests tell them apart without parsing text.
namespace ReviewErrorCode {
inline constexpr QLatin1String Unreadable{"review.unreadable"};   // cannot read the file
inline constexpr QLatin1String NotABundle{"review.not-a-bundle"}; // wrong magic
inline constexpr QLatin1String UnsupportedVersion{"review.unsupported-version"};
inline constexpr QLatin1String Truncated{"review.truncated"}; // shorter than its lengths say
inline constexpr QLatin1String Malformed{"review.malformed"}; // a limit or a rule of the format
inline constexpr QLatin1String Unsigned{"review.unsigned"};
inline constexpr QLatin1String Tampered{"review.tampered"}; // signature or manifest mismatch
inline constexpr QLatin1String UntrustedSigner{"review.untrusted-signer"};
inline constexpr QLatin1String RevokedSigner{"review.revoked-signer"};
inline constexpr QLatin1String NotForYou{"review.not-for-you"}; // sealed for another key
inline constexpr QLatin1String InvalidContent{"review.invalid-content"};
inline constexpr QLatin1String WrongCase{"review.wrong-case"};
inline constexpr QLatin1String UnknownBundle{"review.unknown-bundle"};
inline constexpr QLatin1String Stale{"review.stale"};
inline constexpr QLatin1String AlreadyImported{"review.already-imported"};
inline constexpr QLatin1String Keys{"review.keys"};      // the key folder or a key file
inline constexpr QLatin1String Crypto{"review.crypto"};  // libsodium could not start
inline constexpr QLatin1String NoCase{"review.no-case"}; // the case is not in the store
// An approval signed with the key the bundle was exported with: a second officer must approve.
inline constexpr QLatin1String SelfApproval{"review.self-approval"};
inline constexpr QLatin1String NoSuchNote{"review.no-such-note"}; // answering a note not there
} // namespace ReviewErrorCode

} // namespace foi::core
